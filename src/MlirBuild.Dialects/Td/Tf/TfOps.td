//===- TfOps.td - the tf dialect ops ------------------------*- tablegen -*-===//
//
// TensorFlow ops that real graphs use: those of the twelve TF.js models in
// the corpus, those of a Keras Conv2D + Adam training graph, the SavedModel
// plumbing ops (variables, checkpoints, signatures), v1 control flow
// (Switch/Merge/Enter/Exit/NextIteration/LoopCond) and functional control
// flow (While/If by function, WhileRegion/IfRegion with regions). Names,
// operand names and attribute names are TensorFlow's OpDef names. TF.js
// fused kernels that are not TensorFlow OpDefs (Prelu,
// FusedDepthwiseConv2dNative) are included because TF.js graphs contain them.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_TF_OPS
#define MLIRBUILD_TF_OPS

include "Tf/TfBase.td"

//===----------------------------------------------------------------------===//
// Sources, identity
//===----------------------------------------------------------------------===//

def TF_ConstOp : TF_Op<"Const", [ConstantLike, Pure]> {
  let summary = "constant tensor";
  let arguments = (ins TF_TensorAttr:$value);
  let results = (outs TF_Tensor:$output);
  DerivedAttr dtype = TF_DerivedResultTypeAttr<0>;
}

def TF_PlaceholderOp : TF_Op<"Placeholder"> {
  let summary = "graph input";
  let arguments = (ins OptionalAttr<TF_ShapeAttr>:$shape);
  let results = (outs TF_Tensor:$output);
  DerivedAttr dtype = TF_DerivedResultTypeAttr<0>;
}

def TF_PlaceholderWithDefaultOp : TF_Op<"PlaceholderWithDefault", [Pure]> {
  let summary = "graph input with a default value";
  let arguments = (ins TF_Tensor:$input, OptionalAttr<TF_ShapeAttr>:$shape);
  let results = (outs TF_Tensor:$output);
  DerivedAttr dtype = TF_DerivedResultTypeAttr<0>;
}

def TF_IdentityOp : TF_Op<"Identity", [Pure, SameOperandsAndResultType]> {
  let summary = "returns the input";
  let arguments = (ins TF_Tensor:$input);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_StopGradientOp : TF_Op<"StopGradient", [Pure, SameOperandsAndResultType]> {
  let summary = "identity that blocks gradients";
  let arguments = (ins TF_Tensor:$input);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_PreventGradientOp : TF_Op<"PreventGradient", [Pure, SameOperandsAndResultType]> {
  let summary = "identity whose gradient is an error";
  let arguments = (ins TF_Tensor:$input, DefaultValuedOptionalAttr<StrAttr, "\"\"">:$message);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_NoOp : TF_Op<"NoOp", [Pure]> {
  let summary = "does nothing (a control dependency anchor)";
}

def TF_ZerosLikeOp : TF_UnaryOp<"ZerosLike", TF_Tensor, "zeros of the same shape">;
def TF_OnesLikeOp : TF_UnaryOp<"OnesLike", TF_Tensor, "ones of the same shape">;

//===----------------------------------------------------------------------===//
// Elementwise math
//===----------------------------------------------------------------------===//

def TF_AddOp : TF_BinaryOp<"Add", TF_Tensor, "addition (also string concatenation)">;
def TF_AddV2Op : TF_BinaryOp<"AddV2", TF_NumberTensor, "addition", [Commutative]>;
def TF_SubOp : TF_BinaryOp<"Sub", TF_NumberTensor, "subtraction">;
def TF_MulOp : TF_BinaryOp<"Mul", TF_NumberTensor, "multiplication", [Commutative]>;
def TF_RealDivOp : TF_BinaryOp<"RealDiv", TF_NumberTensor, "division">;
def TF_DivNoNanOp : TF_BinaryOp<"DivNoNan", TF_NumberTensor, "division that gives 0 for a 0 divisor">;
def TF_FloorDivOp : TF_BinaryOp<"FloorDiv", TF_NumberTensor, "flooring division">;
def TF_FloorModOp : TF_BinaryOp<"FloorMod", TF_IntOrFloatTensor, "flooring remainder">;
def TF_MaximumOp : TF_BinaryOp<"Maximum", TF_IntOrFloatTensor, "maximum">;
def TF_MinimumOp : TF_BinaryOp<"Minimum", TF_IntOrFloatTensor, "minimum">;
def TF_PowOp : TF_BinaryOp<"Pow", TF_NumberTensor, "power">;
def TF_SquaredDifferenceOp : TF_BinaryOp<"SquaredDifference", TF_NumberTensor, "(x - y)^2", [Commutative]>;
def TF_LessOp : TF_BinaryOp<"Less", TF_IntOrFloatTensor, "x < y", [], TF_BoolTensor>;
def TF_LessEqualOp : TF_BinaryOp<"LessEqual", TF_IntOrFloatTensor, "x <= y", [], TF_BoolTensor>;
def TF_GreaterOp : TF_BinaryOp<"Greater", TF_IntOrFloatTensor, "x > y", [], TF_BoolTensor>;
def TF_GreaterEqualOp : TF_BinaryOp<"GreaterEqual", TF_IntOrFloatTensor, "x >= y", [], TF_BoolTensor>;
def TF_LogicalAndOp : TF_BinaryOp<"LogicalAnd", TF_BoolTensor, "logical and", [Commutative]>;
def TF_LogicalOrOp : TF_BinaryOp<"LogicalOr", TF_BoolTensor, "logical or", [Commutative]>;

def TF_EqualOp : TF_Op<"Equal", [Pure, Commutative]> {
  let summary = "elementwise x == y";
  let arguments = (ins TF_Tensor:$x, TF_Tensor:$y,
                       DefaultValuedOptionalAttr<BoolAttr, "true">:$incompatible_shape_error);
  let results = (outs TF_BoolTensor:$z);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}
def TF_NotEqualOp : TF_Op<"NotEqual", [Pure, Commutative]> {
  let summary = "elementwise x != y";
  let arguments = (ins TF_Tensor:$x, TF_Tensor:$y,
                       DefaultValuedOptionalAttr<BoolAttr, "true">:$incompatible_shape_error);
  let results = (outs TF_BoolTensor:$z);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_AbsOp : TF_UnaryOp<"Abs", TF_NumberTensor, "absolute value">;
def TF_CeilOp : TF_UnaryOp<"Ceil", TF_FloatTensor, "ceiling">;
def TF_CosOp : TF_UnaryOp<"Cos", TF_FloatTensor, "cosine">;
def TF_ExpOp : TF_UnaryOp<"Exp", TF_FloatTensor, "e^x">;
def TF_FloorOp : TF_UnaryOp<"Floor", TF_FloatTensor, "floor">;
def TF_LogOp : TF_UnaryOp<"Log", TF_FloatTensor, "natural logarithm">;
def TF_LogicalNotOp : TF_UnaryOp<"LogicalNot", TF_BoolTensor, "logical not">;
def TF_NegOp : TF_UnaryOp<"Neg", TF_NumberTensor, "negation">;
def TF_ReciprocalOp : TF_UnaryOp<"Reciprocal", TF_NumberTensor, "1 / x">;
def TF_RoundOp : TF_UnaryOp<"Round", TF_NumberTensor, "rounding half to even">;
def TF_RsqrtOp : TF_UnaryOp<"Rsqrt", TF_FloatTensor, "1 / sqrt(x)">;
def TF_SigmoidOp : TF_UnaryOp<"Sigmoid", TF_FloatTensor, "logistic sigmoid">;
def TF_SinOp : TF_UnaryOp<"Sin", TF_FloatTensor, "sine">;
def TF_SqrtOp : TF_UnaryOp<"Sqrt", TF_FloatTensor, "square root">;
def TF_SquareOp : TF_UnaryOp<"Square", TF_NumberTensor, "x * x">;
def TF_TanhOp : TF_UnaryOp<"Tanh", TF_FloatTensor, "hyperbolic tangent">;

def TF_SigmoidGradOp : TF_Op<"SigmoidGrad", [Pure]> {
  let summary = "gradient of Sigmoid: dy * y * (1 - y)";
  let arguments = (ins TF_FloatTensor:$y, TF_FloatTensor:$dy);
  let results = (outs TF_FloatTensor:$z);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}
def TF_TanhGradOp : TF_Op<"TanhGrad", [Pure]> {
  let summary = "gradient of Tanh: dy * (1 - y^2)";
  let arguments = (ins TF_FloatTensor:$y, TF_FloatTensor:$dy);
  let results = (outs TF_FloatTensor:$z);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_CastOp : TF_Op<"Cast", [Pure, SameOperandsAndResultShape]> {
  let summary = "element type conversion";
  let arguments = (ins TF_Tensor:$x, DefaultValuedOptionalAttr<BoolAttr, "false">:$Truncate);
  let results = (outs TF_Tensor:$y);
  DerivedAttr SrcT = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr DstT = TF_DerivedResultTypeAttr<0>;
}

def TF_AddNOp : TF_Op<"AddN", [Pure, Commutative]> {
  let summary = "sum of all inputs";
  let arguments = (ins Variadic<TF_Tensor>:$inputs);
  let results = (outs TF_Tensor:$sum);
  DerivedAttr N = TF_DerivedOperandSizeAttr<0>;
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_SelectOp : TF_Op<"Select", [Pure]> {
  let summary = "elementwise choice (condition may be a vector over the first dimension)";
  let arguments = (ins TF_BoolTensor:$condition, TF_Tensor:$t, TF_Tensor:$e);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<1>;
}

def TF_SelectV2Op : TF_Op<"SelectV2", [Pure]> {
  let summary = "elementwise choice with broadcasting";
  let arguments = (ins TF_BoolTensor:$condition, TF_Tensor:$t, TF_Tensor:$e);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<1>;
}

//===----------------------------------------------------------------------===//
// Activations and their gradients
//===----------------------------------------------------------------------===//

class TF_ActivationOp<string mnemonic, string desc>
    : TF_Op<mnemonic, [Pure, SameOperandsAndResultType]> {
  let summary = desc;
  let arguments = (ins TF_IntOrFloatTensor:$features);
  let results = (outs TF_IntOrFloatTensor:$activations);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}
def TF_ReluOp : TF_ActivationOp<"Relu", "max(features, 0)">;
def TF_Relu6Op : TF_ActivationOp<"Relu6", "min(max(features, 0), 6)">;
def TF_EluOp : TF_ActivationOp<"Elu", "exponential linear unit">;
def TF_LeakyReluOp : TF_ActivationOp<"LeakyRelu", "leaky rectifier"> {
  let arguments = (ins TF_FloatTensor:$features,
                       DefaultValuedOptionalAttr<F32Attr, "0.2f">:$alpha);
}

class TF_ActivationGradOp<string mnemonic, string desc>
    : TF_Op<mnemonic, [Pure]> {
  let summary = desc;
  let arguments = (ins TF_IntOrFloatTensor:$gradients, TF_IntOrFloatTensor:$features);
  let results = (outs TF_IntOrFloatTensor:$backprops);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}
def TF_ReluGradOp : TF_ActivationGradOp<"ReluGrad", "gradients where features > 0">;
def TF_Relu6GradOp : TF_ActivationGradOp<"Relu6Grad", "gradients where 0 < features < 6">;

def TF_PreluOp : TF_Op<"Prelu", [Pure]> {
  let summary = "parametric ReLU (TF.js kernel, not a TensorFlow OpDef)";
  let description = "max(x, 0) + alpha * min(x, 0), alpha broadcast against x.";
  let arguments = (ins TF_FloatTensor:$x, TF_FloatTensor:$alpha);
  let results = (outs TF_FloatTensor:$y);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_SoftmaxOp : TF_Op<"Softmax", [Pure, SameOperandsAndResultType]> {
  let summary = "softmax over the last dimension";
  let arguments = (ins TF_FloatTensor:$logits);
  let results = (outs TF_FloatTensor:$softmax);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_LogSoftmaxOp : TF_Op<"LogSoftmax", [Pure, SameOperandsAndResultType]> {
  let summary = "log of softmax over the last dimension";
  let arguments = (ins TF_FloatTensor:$logits);
  let results = (outs TF_FloatTensor:$logsoftmax);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_SoftmaxCrossEntropyWithLogitsOp : TF_Op<"SoftmaxCrossEntropyWithLogits", [Pure]> {
  let summary = "softmax cross entropy and its gradient";
  let arguments = (ins TF_FloatTensor:$features, TF_FloatTensor:$labels);
  let results = (outs TF_FloatTensor:$loss, TF_FloatTensor:$backprop);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_SparseSoftmaxCrossEntropyWithLogitsOp
    : TF_Op<"SparseSoftmaxCrossEntropyWithLogits", [Pure]> {
  let summary = "softmax cross entropy against class indices, and its gradient";
  let arguments = (ins TF_FloatTensor:$features, TF_I32OrI64Tensor:$labels);
  let results = (outs TF_FloatTensor:$loss, TF_FloatTensor:$backprop);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tlabels = TF_DerivedOperandTypeAttr<1>;
}

//===----------------------------------------------------------------------===//
// Linear algebra, convolution, pooling
//===----------------------------------------------------------------------===//

def TF_MatMulOp : TF_Op<"MatMul", [Pure]> {
  let summary = "matrix product, optionally transposing either side";
  let arguments = (ins TF_NumberTensor:$a, TF_NumberTensor:$b,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$transpose_a,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$transpose_b);
  let results = (outs TF_NumberTensor:$product);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_BatchMatMulV2Op : TF_Op<"BatchMatMulV2", [Pure]> {
  let summary = "batched matrix product with broadcasting batch dimensions";
  let arguments = (ins TF_NumberTensor:$x, TF_NumberTensor:$y,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$adj_x,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$adj_y);
  let results = (outs TF_NumberTensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF__FusedMatMulOp : TF_Op<"_FusedMatMul", [Pure]> {
  let summary = "MatMul followed by fused ops (BiasAdd, Relu, ...)";
  let arguments = (ins TF_FloatTensor:$a, TF_FloatTensor:$b,
                       Variadic<TF_FloatTensor>:$args,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$transpose_a,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$transpose_b,
                       DefaultValuedOptionalAttr<StrArrayAttr, "{}">:$fused_ops,
                       DefaultValuedOptionalAttr<F32Attr, "0.0001f">:$epsilon,
                       DefaultValuedOptionalAttr<F32Attr, "0.2f">:$leakyrelu_alpha);
  let results = (outs TF_FloatTensor:$product);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr num_args = TF_DerivedOperandSizeAttr<2>;
}

def TF_BiasAddOp : TF_Op<"BiasAdd", [Pure]> {
  let summary = "adds a 1-D bias along the channel dimension";
  let arguments = (ins TF_NumberTensor:$value, TF_NumberTensor:$bias,
                       TF_ConvnetDataFormatAttr:$data_format);
  let results = (outs TF_NumberTensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_BiasAddGradOp : TF_Op<"BiasAddGrad", [Pure]> {
  let summary = "gradient of BiasAdd: sums out_backprop over all but the channel dimension";
  let arguments = (ins TF_NumberTensor:$out_backprop, TF_ConvnetDataFormatAttr:$data_format);
  let results = (outs TF_NumberTensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

// The attributes every 2-D convolution shares, in OpDef order.
defvar TF_ConvAttrs = (ins I64ArrayAttr:$strides,
                           TF_UseCudnnAttr:$use_cudnn_on_gpu,
                           TF_PaddingAttr:$padding,
                           TF_ExplicitPaddingsAttr:$explicit_paddings,
                           TF_ConvnetDataFormatAttr:$data_format,
                           TF_DilationsAttr:$dilations);

def TF_Conv2DOp : TF_Op<"Conv2D", [Pure]> {
  let summary = "2-D convolution of input [N,H,W,C] with filter [H,W,Cin,Cout]";
  let arguments = !con((ins TF_IntOrFloatTensor:$input, TF_IntOrFloatTensor:$filter), TF_ConvAttrs);
  let results = (outs TF_IntOrFloatTensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF__FusedConv2DOp : TF_Op<"_FusedConv2D", [Pure]> {
  let summary = "Conv2D followed by fused ops (BiasAdd, Relu, FusedBatchNorm, ...)";
  let arguments = !con((ins TF_FloatTensor:$input, TF_FloatTensor:$filter,
                            Variadic<TF_FloatTensor>:$args),
                       TF_ConvAttrs,
                       (ins DefaultValuedOptionalAttr<StrArrayAttr, "{}">:$fused_ops,
                            DefaultValuedOptionalAttr<F32Attr, "0.0001f">:$epsilon,
                            DefaultValuedOptionalAttr<F32Attr, "0.2f">:$leakyrelu_alpha));
  let results = (outs TF_FloatTensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr num_args = TF_DerivedOperandSizeAttr<2>;
}

def TF_Conv2DBackpropInputOp : TF_Op<"Conv2DBackpropInput", [Pure]> {
  let summary = "gradient of Conv2D with respect to its input (transposed convolution)";
  let arguments = !con((ins TF_Int32Tensor:$input_sizes, TF_FloatTensor:$filter,
                            TF_FloatTensor:$out_backprop), TF_ConvAttrs);
  let results = (outs TF_FloatTensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<1>;
}

def TF_Conv2DBackpropFilterOp : TF_Op<"Conv2DBackpropFilter", [Pure]> {
  let summary = "gradient of Conv2D with respect to its filter";
  let arguments = !con((ins TF_FloatTensor:$input, TF_Int32Tensor:$filter_sizes,
                            TF_FloatTensor:$out_backprop), TF_ConvAttrs);
  let results = (outs TF_FloatTensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_DepthwiseConv2dNativeOp : TF_Op<"DepthwiseConv2dNative", [Pure]> {
  let summary = "depthwise 2-D convolution, filter [H,W,Cin,multiplier]";
  let arguments = (ins TF_FloatTensor:$input, TF_FloatTensor:$filter,
                       I64ArrayAttr:$strides, TF_PaddingAttr:$padding,
                       TF_ExplicitPaddingsAttr:$explicit_paddings,
                       TF_ConvnetDataFormatAttr:$data_format,
                       TF_DilationsAttr:$dilations);
  let results = (outs TF_FloatTensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_FusedDepthwiseConv2dNativeOp : TF_Op<"FusedDepthwiseConv2dNative", [Pure]> {
  let summary = "DepthwiseConv2dNative with fused ops (TF.js kernel, not a TensorFlow OpDef)";
  let arguments = (ins TF_FloatTensor:$input, TF_FloatTensor:$filter,
                       Variadic<TF_FloatTensor>:$args,
                       I64ArrayAttr:$strides, TF_PaddingAttr:$padding,
                       TF_ExplicitPaddingsAttr:$explicit_paddings,
                       TF_ConvnetDataFormatAttr:$data_format,
                       TF_DilationsAttr:$dilations,
                       DefaultValuedOptionalAttr<StrArrayAttr, "{}">:$fused_ops);
  let results = (outs TF_FloatTensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr num_args = TF_DerivedOperandSizeAttr<2>;
}

def TF_MaxPoolOp : TF_Op<"MaxPool", [Pure]> {
  let summary = "max pooling";
  let arguments = (ins TF_IntOrFloatTensor:$input, I64ArrayAttr:$ksize,
                       I64ArrayAttr:$strides, TF_PaddingAttr:$padding,
                       TF_ExplicitPaddingsAttr:$explicit_paddings,
                       TF_ConvnetDataFormatAttr:$data_format);
  let results = (outs TF_IntOrFloatTensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_MaxPoolGradOp : TF_Op<"MaxPoolGrad", [Pure]> {
  let summary = "gradient of MaxPool";
  let arguments = (ins TF_IntOrFloatTensor:$orig_input, TF_IntOrFloatTensor:$orig_output,
                       TF_IntOrFloatTensor:$grad, I64ArrayAttr:$ksize,
                       I64ArrayAttr:$strides, TF_PaddingAttr:$padding,
                       TF_ExplicitPaddingsAttr:$explicit_paddings,
                       TF_ConvnetDataFormatAttr:$data_format);
  let results = (outs TF_IntOrFloatTensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_AvgPoolOp : TF_Op<"AvgPool", [Pure]> {
  let summary = "average pooling";
  let arguments = (ins TF_FloatTensor:$value, I64ArrayAttr:$ksize,
                       I64ArrayAttr:$strides, TF_PaddingAttr:$padding,
                       TF_ConvnetDataFormatAttr:$data_format);
  let results = (outs TF_FloatTensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_ResizeBilinearOp : TF_Op<"ResizeBilinear", [Pure]> {
  let summary = "bilinear image resize to `size` ([height, width])";
  let arguments = (ins TF_IntOrFloatTensor:$images, TF_Int32Tensor:$size,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$align_corners,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$half_pixel_centers);
  let results = (outs TF_FloatTensor:$resized_images);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_ResizeNearestNeighborOp : TF_Op<"ResizeNearestNeighbor", [Pure]> {
  let summary = "nearest-neighbor image resize to `size`";
  let arguments = (ins TF_IntOrFloatTensor:$images, TF_Int32Tensor:$size,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$align_corners,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$half_pixel_centers);
  let results = (outs TF_IntOrFloatTensor:$resized_images);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_NonMaxSuppressionV5Op : TF_Op<"NonMaxSuppressionV5", [Pure]> {
  let summary = "greedy box selection by score with IoU and soft-NMS";
  let arguments = (ins TF_FloatTensor:$boxes, TF_FloatTensor:$scores,
                       TF_Int32Tensor:$max_output_size, TF_FloatTensor:$iou_threshold,
                       TF_FloatTensor:$score_threshold, TF_FloatTensor:$soft_nms_sigma,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$pad_to_max_output_size);
  let results = (outs TF_Int32Tensor:$selected_indices, TF_FloatTensor:$selected_scores,
                      TF_Int32Tensor:$valid_outputs);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_TopKV2Op : TF_Op<"TopKV2", [Pure]> {
  let summary = "k largest entries along the last dimension, and their indices";
  let arguments = (ins TF_IntOrFloatTensor:$input, TF_I32OrI64Tensor:$k,
                       DefaultValuedOptionalAttr<BoolAttr, "true">:$sorted);
  let results = (outs TF_IntOrFloatTensor:$values, TF_I32OrI64Tensor:$indices);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tk = TF_DerivedOperandTypeAttr<1>;
  DerivedAttr index_type = TF_DerivedResultTypeAttr<1>;
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

class TF_ReductionOp<string mnemonic, string desc> : TF_Op<mnemonic, [Pure]> {
  let summary = desc # " over reduction_indices";
  let arguments = (ins TF_NumberTensor:$input, TF_I32OrI64Tensor:$reduction_indices,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$keep_dims);
  let results = (outs TF_NumberTensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tidx = TF_DerivedOperandTypeAttr<1>;
}
def TF_SumOp : TF_ReductionOp<"Sum", "sum">;
def TF_MeanOp : TF_ReductionOp<"Mean", "mean">;
def TF_ProdOp : TF_ReductionOp<"Prod", "product">;
def TF_MaxOp : TF_ReductionOp<"Max", "maximum">;
def TF_MinOp : TF_ReductionOp<"Min", "minimum">;
def TF_AllOp : TF_ReductionOp<"All", "logical and"> {
  let arguments = (ins TF_BoolTensor:$input, TF_I32OrI64Tensor:$reduction_indices,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$keep_dims);
  let results = (outs TF_BoolTensor:$output);
}
def TF_AnyOp : TF_ReductionOp<"Any", "logical or"> {
  let arguments = (ins TF_BoolTensor:$input, TF_I32OrI64Tensor:$reduction_indices,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$keep_dims);
  let results = (outs TF_BoolTensor:$output);
}

def TF_ArgMaxOp : TF_Op<"ArgMax", [Pure]> {
  let summary = "index of the largest value along `dimension`";
  let arguments = (ins TF_NumberTensor:$input, TF_I32OrI64Tensor:$dimension);
  let results = (outs TF_I32OrI64Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tidx = TF_DerivedOperandTypeAttr<1>;
  DerivedAttr output_type = TF_DerivedResultTypeAttr<0>;
}

def TF_ArgMinOp : TF_Op<"ArgMin", [Pure]> {
  let summary = "index of the smallest value along `dimension`";
  let arguments = (ins TF_NumberTensor:$input, TF_I32OrI64Tensor:$dimension);
  let results = (outs TF_I32OrI64Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tidx = TF_DerivedOperandTypeAttr<1>;
  DerivedAttr output_type = TF_DerivedResultTypeAttr<0>;
}

//===----------------------------------------------------------------------===//
// Shapes and data movement
//===----------------------------------------------------------------------===//

def TF_ReshapeOp : TF_Op<"Reshape", [Pure]> {
  let summary = "reshape to `shape` (one entry may be -1)";
  let arguments = (ins TF_Tensor:$tensor, TF_I32OrI64Tensor:$shape);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tshape = TF_DerivedOperandTypeAttr<1>;
}

def TF_ShapeOp : TF_Op<"Shape", [Pure]> {
  let summary = "the shape of the input as a 1-D tensor";
  let arguments = (ins TF_Tensor:$input);
  let results = (outs TF_I32OrI64Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr out_type = TF_DerivedResultTypeAttr<0>;
}

def TF_SizeOp : TF_Op<"Size", [Pure]> {
  let summary = "number of elements";
  let arguments = (ins TF_Tensor:$input);
  let results = (outs TF_I32OrI64Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr out_type = TF_DerivedResultTypeAttr<0>;
}

def TF_RankOp : TF_Op<"Rank", [Pure]> {
  let summary = "rank of the input";
  let arguments = (ins TF_Tensor:$input);
  let results = (outs TF_Int32Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_BroadcastGradientArgsOp : TF_Op<"BroadcastGradientArgs", [Pure]> {
  let summary = "dimensions each side of a broadcast must be reduced over in the gradient";
  let arguments = (ins TF_I32OrI64Tensor:$s0, TF_I32OrI64Tensor:$s1);
  let results = (outs TF_I32OrI64Tensor:$r0, TF_I32OrI64Tensor:$r1);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_BroadcastToOp : TF_Op<"BroadcastTo", [Pure]> {
  let summary = "broadcast to `shape`";
  let arguments = (ins TF_Tensor:$input, TF_I32OrI64Tensor:$shape);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tidx = TF_DerivedOperandTypeAttr<1>;
}

def TF_FillOp : TF_Op<"Fill", [Pure]> {
  let summary = "a tensor of shape `dims` filled with `value`";
  let arguments = (ins TF_I32OrI64Tensor:$dims, TF_Tensor:$value);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<1>;
  DerivedAttr index_type = TF_DerivedOperandTypeAttr<0>;
}

def TF_ExpandDimsOp : TF_Op<"ExpandDims", [Pure]> {
  let summary = "insert a dimension of size 1 at `dim`";
  let arguments = (ins TF_Tensor:$input, TF_I32OrI64Tensor:$dim);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tdim = TF_DerivedOperandTypeAttr<1>;
}

def TF_SqueezeOp : TF_Op<"Squeeze", [Pure]> {
  let summary = "remove dimensions of size 1 (those in squeeze_dims, or all)";
  let arguments = (ins TF_Tensor:$input,
                       DefaultValuedOptionalAttr<I64ArrayAttr, "{}">:$squeeze_dims);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_TransposeOp : TF_Op<"Transpose", [Pure]> {
  let summary = "permute dimensions by `perm`";
  let arguments = (ins TF_Tensor:$x, TF_I32OrI64Tensor:$perm);
  let results = (outs TF_Tensor:$y);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tperm = TF_DerivedOperandTypeAttr<1>;
}

def TF_TileOp : TF_Op<"Tile", [Pure]> {
  let summary = "repeat the input `multiples` times per dimension";
  let arguments = (ins TF_Tensor:$input, TF_I32OrI64Tensor:$multiples);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tmultiples = TF_DerivedOperandTypeAttr<1>;
}

def TF_PadOp : TF_Op<"Pad", [Pure]> {
  let summary = "zero padding; paddings is [rank, 2] (before, after)";
  let arguments = (ins TF_Tensor:$input, TF_I32OrI64Tensor:$paddings);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tpaddings = TF_DerivedOperandTypeAttr<1>;
}

def TF_PadV2Op : TF_Op<"PadV2", [Pure]> {
  let summary = "padding with `constant_values`";
  let arguments = (ins TF_Tensor:$input, TF_I32OrI64Tensor:$paddings, TF_Tensor:$constant_values);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tpaddings = TF_DerivedOperandTypeAttr<1>;
}

def TF_SliceOp : TF_Op<"Slice", [Pure]> {
  let summary = "slice of `size` at `begin` (size -1: to the end)";
  let arguments = (ins TF_Tensor:$input, TF_I32OrI64Tensor:$begin, TF_I32OrI64Tensor:$size);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Index = TF_DerivedOperandTypeAttr<1>;
}

def TF_StridedSliceOp : TF_Op<"StridedSlice", [Pure]> {
  let summary = "numpy-style strided slice, with the bit masks of tf.strided_slice";
  let arguments = (ins TF_Tensor:$input, TF_I32OrI64Tensor:$begin,
                       TF_I32OrI64Tensor:$end, TF_I32OrI64Tensor:$strides,
                       DefaultValuedOptionalAttr<I64Attr, "0">:$begin_mask,
                       DefaultValuedOptionalAttr<I64Attr, "0">:$end_mask,
                       DefaultValuedOptionalAttr<I64Attr, "0">:$ellipsis_mask,
                       DefaultValuedOptionalAttr<I64Attr, "0">:$new_axis_mask,
                       DefaultValuedOptionalAttr<I64Attr, "0">:$shrink_axis_mask);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Index = TF_DerivedOperandTypeAttr<1>;
}

def TF_ConcatV2Op : TF_Op<"ConcatV2", [Pure]> {
  let summary = "concatenate `values` along `axis`";
  let arguments = (ins Variadic<TF_Tensor>:$values, TF_I32OrI64Tensor:$axis);
  let results = (outs TF_Tensor:$output);
  DerivedAttr N = TF_DerivedOperandSizeAttr<0>;
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tidx = TF_DerivedOperandTypeAttr<1>;
}

def TF_PackOp : TF_Op<"Pack", [Pure]> {
  let summary = "stack `values` along a new dimension `axis`";
  let arguments = (ins Variadic<TF_Tensor>:$values, DefaultValuedOptionalAttr<I64Attr, "0">:$axis);
  let results = (outs TF_Tensor:$output);
  DerivedAttr N = TF_DerivedOperandSizeAttr<0>;
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_UnpackOp : TF_Op<"Unpack", [Pure]> {
  let summary = "split along dimension `axis` into `num` tensors";
  let arguments = (ins TF_Tensor:$value, DefaultValuedOptionalAttr<I64Attr, "0">:$axis);
  let results = (outs Variadic<TF_Tensor>:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr num = TF_DerivedResultSizeAttr<0>;
}

def TF_SplitOp : TF_Op<"Split", [Pure]> {
  let summary = "split `value` into num_split equal parts along `split_dim`";
  let arguments = (ins TF_Int32Tensor:$split_dim, TF_Tensor:$value);
  let results = (outs Variadic<TF_Tensor>:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<1>;
  DerivedAttr num_split = TF_DerivedResultSizeAttr<0>;
}

def TF_SplitVOp : TF_Op<"SplitV", [Pure]> {
  let summary = "split `value` into parts of `size_splits` along `split_dim`";
  let arguments = (ins TF_Tensor:$value, TF_I32OrI64Tensor:$size_splits, TF_Int32Tensor:$split_dim);
  let results = (outs Variadic<TF_Tensor>:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tlen = TF_DerivedOperandTypeAttr<1>;
  DerivedAttr num_split = TF_DerivedResultSizeAttr<0>;
}

def TF_GatherV2Op : TF_Op<"GatherV2", [Pure]> {
  let summary = "gather slices of `params` at `indices` along `axis`";
  let arguments = (ins TF_Tensor:$params, TF_I32OrI64Tensor:$indices,
                       TF_I32OrI64Tensor:$axis,
                       DefaultValuedOptionalAttr<I64Attr, "0">:$batch_dims);
  let results = (outs TF_Tensor:$output);
  DerivedAttr Tparams = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tindices = TF_DerivedOperandTypeAttr<1>;
  DerivedAttr Taxis = TF_DerivedOperandTypeAttr<2>;
}

def TF_GatherNdOp : TF_Op<"GatherNd", [Pure]> {
  let summary = "gather slices of `params` addressed by the last dimension of `indices`";
  let arguments = (ins TF_Tensor:$params, TF_I32OrI64Tensor:$indices);
  let results = (outs TF_Tensor:$output);
  DerivedAttr Tparams = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tindices = TF_DerivedOperandTypeAttr<1>;
}

def TF_WhereOp : TF_Op<"Where", [Pure]> {
  let summary = "coordinates of the true (non-zero) elements, [count, rank] int64";
  let arguments = (ins TF_Tensor:$input);
  let results = (outs TensorOf<[I64]>:$index);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_RangeOp : TF_Op<"Range", [Pure]> {
  let summary = "start, start + delta, ... up to (excluding) limit";
  let arguments = (ins TF_IntOrFloatTensor:$start, TF_IntOrFloatTensor:$limit,
                       TF_IntOrFloatTensor:$delta);
  let results = (outs TF_IntOrFloatTensor:$output);
  DerivedAttr Tidx = TF_DerivedOperandTypeAttr<0>;
}

//===----------------------------------------------------------------------===//
// Tensor lists
//===----------------------------------------------------------------------===//

def TF_TensorListReserveOp : TF_Op<"TensorListReserve", [Pure]> {
  let summary = "a list of `num_elements` uninitialized tensors";
  let arguments = (ins TF_I32OrI64Tensor:$element_shape, TF_Int32Tensor:$num_elements,
                       TypeAttr:$element_dtype);
  let results = (outs TF_VariantTensor:$handle);
  DerivedAttr shape_type = TF_DerivedOperandTypeAttr<0>;
}

def TF_TensorListFromTensorOp : TF_Op<"TensorListFromTensor", [Pure]> {
  let summary = "a list of the slices of `tensor` along its first dimension";
  let arguments = (ins TF_Tensor:$tensor, TF_I32OrI64Tensor:$element_shape);
  let results = (outs TF_VariantTensor:$output_handle);
  DerivedAttr element_dtype = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr shape_type = TF_DerivedOperandTypeAttr<1>;
}

def TF_TensorListGetItemOp : TF_Op<"TensorListGetItem", [Pure]> {
  let summary = "element `index` of a list";
  let arguments = (ins TF_VariantTensor:$input_handle, TF_Int32Tensor:$index,
                       TF_Int32Tensor:$element_shape);
  let results = (outs TF_Tensor:$item);
  DerivedAttr element_dtype = TF_DerivedResultTypeAttr<0>;
}

def TF_TensorListSetItemOp : TF_Op<"TensorListSetItem", [Pure]> {
  let summary = "a list with element `index` replaced by `item`";
  let arguments = (ins TF_VariantTensor:$input_handle, TF_Int32Tensor:$index,
                       TF_Tensor:$item,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$resize_if_index_out_of_bounds);
  let results = (outs TF_VariantTensor:$output_handle);
  DerivedAttr element_dtype = TF_DerivedOperandTypeAttr<2>;
}

def TF_TensorListStackOp : TF_Op<"TensorListStack", [Pure]> {
  let summary = "stack the list's elements into one tensor";
  let arguments = (ins TF_VariantTensor:$input_handle, TF_Int32Tensor:$element_shape,
                       DefaultValuedOptionalAttr<I64Attr, "-1">:$num_elements);
  let results = (outs TF_Tensor:$tensor);
  DerivedAttr element_dtype = TF_DerivedResultTypeAttr<0>;
}

//===----------------------------------------------------------------------===//
// Variables and optimizers
//===----------------------------------------------------------------------===//

def TF_VarHandleOp : TF_Op<"VarHandleOp"> {
  let summary = "handle to a resource variable";
  let arguments = (ins DefaultValuedOptionalAttr<StrAttr, "\"\"">:$container,
                       DefaultValuedOptionalAttr<StrAttr, "\"\"">:$shared_name,
                       TypeAttr:$dtype, OptionalAttr<TF_ShapeAttr>:$shape,
                       DefaultValuedOptionalAttr<StrArrayAttr, "{}">:$allowed_devices);
  let results = (outs TF_ResourceTensor:$resource);
}

def TF_ReadVariableOp : TF_Op<"ReadVariableOp"> {
  let summary = "current value of a resource variable";
  let arguments = (ins TF_ResourceTensor:$resource);
  let results = (outs TF_Tensor:$value);
  DerivedAttr dtype = TF_DerivedResultTypeAttr<0>;
}

class TF_AssignVariableBase<string mnemonic, string desc> : TF_Op<mnemonic> {
  let summary = desc;
  let arguments = (ins TF_ResourceTensor:$resource, TF_Tensor:$value);
  DerivedAttr dtype = TF_DerivedOperandTypeAttr<1>;
}
def TF_AssignVariableOp : TF_AssignVariableBase<"AssignVariableOp", "store a value in a resource variable"> {
  let arguments = (ins TF_ResourceTensor:$resource, TF_Tensor:$value,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$validate_shape);
}
def TF_AssignAddVariableOp : TF_AssignVariableBase<"AssignAddVariableOp", "add a value to a resource variable">;
def TF_AssignSubVariableOp : TF_AssignVariableBase<"AssignSubVariableOp", "subtract a value from a resource variable">;

def TF_VarIsInitializedOp : TF_Op<"VarIsInitializedOp"> {
  let summary = "whether a resource variable holds a value";
  let arguments = (ins TF_ResourceTensor:$resource);
  let results = (outs TF_BoolTensor:$is_initialized);
}

def TF_DisableCopyOnReadOp : TF_Op<"DisableCopyOnRead"> {
  let summary = "turn off copy-on-read for a resource variable";
  let arguments = (ins TF_ResourceTensor:$resource);
}

class TF_RefVariableBase<string mnemonic> : TF_Op<mnemonic> {
  let summary = "TF1 reference variable";
  let arguments = (ins TF_ShapeAttr:$shape, TypeAttr:$dtype,
                       DefaultValuedOptionalAttr<StrAttr, "\"\"">:$container,
                       DefaultValuedOptionalAttr<StrAttr, "\"\"">:$shared_name);
  let results = (outs TF_Tensor:$ref);
}
def TF_VariableV2Op : TF_RefVariableBase<"VariableV2">;
def TF_VariableOp : TF_RefVariableBase<"Variable">;

def TF_AssignOp : TF_Op<"Assign"> {
  let summary = "store a value in a TF1 reference variable";
  let arguments = (ins TF_Tensor:$ref, TF_Tensor:$value,
                       DefaultValuedOptionalAttr<BoolAttr, "true">:$validate_shape,
                       DefaultValuedOptionalAttr<BoolAttr, "true">:$use_locking);
  let results = (outs TF_Tensor:$output_ref);
  DerivedAttr T = TF_DerivedOperandTypeAttr<1>;
}

def TF_ResourceApplyAdamOp : TF_Op<"ResourceApplyAdam"> {
  let summary = "one Adam update of a variable with its m and v slots";
  let arguments = (ins TF_ResourceTensor:$var, TF_ResourceTensor:$m, TF_ResourceTensor:$v,
                       TF_NumberTensor:$beta1_power, TF_NumberTensor:$beta2_power,
                       TF_NumberTensor:$lr, TF_NumberTensor:$beta1, TF_NumberTensor:$beta2,
                       TF_NumberTensor:$epsilon, TF_NumberTensor:$grad,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$use_locking,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$use_nesterov);
  DerivedAttr T = TF_DerivedOperandTypeAttr<3>;
}

def TF_ResourceApplyGradientDescentOp : TF_Op<"ResourceApplyGradientDescent"> {
  let summary = "var -= alpha * delta";
  let arguments = (ins TF_ResourceTensor:$var, TF_NumberTensor:$alpha, TF_NumberTensor:$delta,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$use_locking);
  DerivedAttr T = TF_DerivedOperandTypeAttr<1>;
}

//===----------------------------------------------------------------------===//
// Checkpoints, strings, parsing, calls (SavedModel plumbing)
//===----------------------------------------------------------------------===//

def TF_SaveV2Op : TF_Op<"SaveV2"> {
  let summary = "write tensors to a checkpoint";
  let arguments = (ins TF_StrTensor:$prefix, TF_StrTensor:$tensor_names,
                       TF_StrTensor:$shape_and_slices, Variadic<TF_Tensor>:$tensors);
  DerivedAttr dtypes = TF_DerivedOperandTypeListAttr<3>;
}

def TF_RestoreV2Op : TF_Op<"RestoreV2"> {
  let summary = "read tensors from a checkpoint";
  let arguments = (ins TF_StrTensor:$prefix, TF_StrTensor:$tensor_names,
                       TF_StrTensor:$shape_and_slices);
  let results = (outs Variadic<TF_Tensor>:$tensors);
  DerivedAttr dtypes = TF_DerivedOperandTypeListAttr<0>;
}

def TF_MergeV2CheckpointsOp : TF_Op<"MergeV2Checkpoints"> {
  let summary = "merge checkpoint shards into one";
  let arguments = (ins TF_StrTensor:$checkpoint_prefixes, TF_StrTensor:$destination_prefix,
                       DefaultValuedOptionalAttr<BoolAttr, "true">:$delete_old_dirs,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$allow_missing_files);
}

def TF_ShardedFilenameOp : TF_Op<"ShardedFilename", [Pure]> {
  let summary = "`basename-00001-of-00004`";
  let arguments = (ins TF_StrTensor:$basename, TF_Int32Tensor:$shard, TF_Int32Tensor:$num_shards);
  let results = (outs TF_StrTensor:$filename);
}

def TF_StringJoinOp : TF_Op<"StringJoin", [Pure]> {
  let summary = "join strings with a separator";
  let arguments = (ins Variadic<TF_StrTensor>:$inputs,
                       DefaultValuedOptionalAttr<StrAttr, "\"\"">:$separator);
  let results = (outs TF_StrTensor:$output);
  DerivedAttr N = TF_DerivedOperandSizeAttr<0>;
}

def TF_StaticRegexFullMatchOp : TF_Op<"StaticRegexFullMatch", [Pure]> {
  let summary = "whether each string fully matches `pattern`";
  let arguments = (ins TF_StrTensor:$input, StrAttr:$pattern);
  let results = (outs TF_BoolTensor:$output);
}

def TF_ParseExampleOp : TF_Op<"ParseExample", [AttrSizedOperandSegments,
                                               AttrSizedResultSegments]> {
  let summary = "parse serialized tf.Example protos into sparse and dense tensors";
  let arguments = (ins TF_StrTensor:$serialized, TF_StrTensor:$names,
                       Variadic<TF_StrTensor>:$sparse_keys,
                       Variadic<TF_StrTensor>:$dense_keys,
                       Variadic<TF_Tensor>:$dense_defaults,
                       TypeArrayAttr:$sparse_types, ArrayAttr:$dense_shapes);
  let results = (outs Variadic<TensorOf<[I64]>>:$sparse_indices,
                      Variadic<TF_Tensor>:$sparse_values,
                      Variadic<TensorOf<[I64]>>:$sparse_shapes,
                      Variadic<TF_Tensor>:$dense_values);
  DerivedAttr Nsparse = TF_DerivedOperandSizeAttr<2>;
  DerivedAttr Ndense = TF_DerivedOperandSizeAttr<3>;
  DerivedAttr Tdense = TF_DerivedOperandTypeListAttr<4>;
}

def TF_ParseExampleV2Op : TF_Op<"ParseExampleV2", [AttrSizedResultSegments]> {
  let summary = "parse serialized tf.Example protos (sparse, dense and ragged features)";
  let arguments = (ins TF_StrTensor:$serialized, TF_StrTensor:$names,
                       TF_StrTensor:$sparse_keys, TF_StrTensor:$dense_keys,
                       TF_StrTensor:$ragged_keys, Variadic<TF_Tensor>:$dense_defaults,
                       ConfinedAttr<I64Attr, [IntNonNegative]>:$num_sparse,
                       TypeArrayAttr:$sparse_types, TypeArrayAttr:$ragged_value_types,
                       TypeArrayAttr:$ragged_split_types, ArrayAttr:$dense_shapes);
  let results = (outs Variadic<TensorOf<[I64]>>:$sparse_indices,
                      Variadic<TF_Tensor>:$sparse_values,
                      Variadic<TensorOf<[I64]>>:$sparse_shapes,
                      Variadic<TF_Tensor>:$dense_values,
                      Variadic<TF_Tensor>:$ragged_values,
                      Variadic<TF_I32OrI64Tensor>:$ragged_row_splits);
  DerivedAttr Tdense = TF_DerivedOperandTypeListAttr<5>;
}

class TF_CallOpBase<string mnemonic, string desc> : TF_Op<mnemonic, [CallOpInterface]> {
  let summary = desc;
  let arguments = (ins Variadic<TF_Tensor>:$args, TF_FuncAttr:$f,
                       DefaultValuedOptionalAttr<StrAttr, "\"\"">:$config,
                       DefaultValuedOptionalAttr<StrAttr, "\"\"">:$config_proto,
                       DefaultValuedOptionalAttr<StrAttr, "\"\"">:$executor_type);
  let results = (outs Variadic<TF_Tensor>:$output);
  DerivedAttr Tin = TF_DerivedOperandTypeListAttr<0>;
}
def TF_PartitionedCallOp : TF_CallOpBase<"PartitionedCall", "call a function without side effects">;
def TF_StatefulPartitionedCallOp : TF_CallOpBase<"StatefulPartitionedCall", "call a function that may have side effects">;

//===----------------------------------------------------------------------===//
// TF1 (v1) control flow: dataflow frames
//===----------------------------------------------------------------------===//

def TF_SwitchOp : TF_Op<"Switch"> {
  let summary = "forward `data` to output_true or output_false by `pred`";
  let arguments = (ins TF_Tensor:$data, TF_BoolTensor:$pred);
  let results = (outs TF_Tensor:$output_false, TF_Tensor:$output_true);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_MergeOp : TF_Op<"Merge"> {
  let summary = "forward the first available input, and its index";
  let arguments = (ins Variadic<TF_Tensor>:$inputs);
  let results = (outs TF_Tensor:$output, TF_Int32Tensor:$value_index);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr N = TF_DerivedOperandSizeAttr<0>;
}

def TF_EnterOp : TF_Op<"Enter"> {
  let summary = "make `data` available in the child frame `frame_name`";
  let arguments = (ins TF_Tensor:$data, StrAttr:$frame_name,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$is_constant,
                       DefaultValuedOptionalAttr<I64Attr, "10">:$parallel_iterations);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_ExitOp : TF_Op<"Exit"> {
  let summary = "return `data` from a child frame to its parent";
  let arguments = (ins TF_Tensor:$data);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_NextIterationOp : TF_Op<"NextIteration"> {
  let summary = "pass `data` to the next loop iteration";
  let arguments = (ins TF_Tensor:$data);
  let results = (outs TF_Tensor:$output);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

def TF_LoopCondOp : TF_Op<"LoopCond"> {
  let summary = "the loop termination condition of a frame";
  let arguments = (ins TF_BoolTensor:$input);
  let results = (outs TF_BoolTensor:$output);
}

//===----------------------------------------------------------------------===//
// Functional control flow
//===----------------------------------------------------------------------===//

def TF_WhileOp : TF_Op<"While"> {
  let summary = "loop calling functions `cond` and `body`";
  let arguments = (ins Variadic<TF_Tensor>:$input, FlatSymbolRefAttr:$cond,
                       FlatSymbolRefAttr:$body,
                       DefaultValuedOptionalAttr<I64Attr, "10">:$parallel_iterations,
                       BoolAttr:$is_stateless, UnitAttr:$shape_invariant);
  let results = (outs Variadic<TF_Tensor>:$output);
  DerivedAttr T = TF_DerivedOperandTypeListAttr<0>;
}

def TF_IfOp : TF_Op<"If"> {
  let summary = "conditional call of `then_branch` or `else_branch`";
  let arguments = (ins TF_Tensor:$cond, Variadic<TF_Tensor>:$input,
                       FlatSymbolRefAttr:$then_branch, FlatSymbolRefAttr:$else_branch,
                       BoolAttr:$is_stateless);
  let results = (outs Variadic<TF_Tensor>:$output);
  DerivedAttr Tcond = TF_DerivedOperandTypeAttr<0>;
  DerivedAttr Tin = TF_DerivedOperandTypeListAttr<1>;
}

def TF_YieldOp : TF_Op<"Yield", [Pure, Terminator, ReturnLike,
                                 ParentOneOf<["IfRegionOp", "WhileRegionOp"]>]> {
  let summary = "terminator of IfRegion and WhileRegion regions";
  let arguments = (ins Variadic<TF_Tensor>:$operands);
}

def TF_WhileRegionOp : TF_Op<"WhileRegion", [RecursiveMemoryEffects]> {
  let summary = "loop with inline `cond` and `body` regions";
  let description = [{
    `cond` takes the loop values and yields an i1 tensor; `body` takes them
    and yields the next ones. Generic form with two regions ending in
    `tf.Yield`.
  }];
  let arguments = (ins Variadic<TF_Tensor>:$input,
                       DefaultValuedOptionalAttr<I64Attr, "10">:$parallel_iterations,
                       BoolAttr:$is_stateless, UnitAttr:$shape_invariant);
  let results = (outs Variadic<TF_Tensor>:$output);
  let regions = (region SizedRegion<1>:$cond, SizedRegion<1>:$body);
}

def TF_IfRegionOp : TF_Op<"IfRegion", [RecursiveMemoryEffects, NoRegionArguments]> {
  let summary = "conditional with inline `then_branch` and `else_branch` regions";
  let arguments = (ins TF_BoolTensor:$cond, BoolAttr:$is_stateless);
  let results = (outs Variadic<TF_Tensor>:$output);
  let regions = (region SizedRegion<1>:$then_branch, SizedRegion<1>:$else_branch);
}

#endif // MLIRBUILD_TF_OPS
