// ResNet-style block: y = relu(batch_norm_inference(conv3x3(x, w)) + x) over 1x224x224x64, NHWC / HWIO.
// Generic form, so it runs before the generated stablehlo dialect exists.
func.func @main(%x: tensor<1x224x224x64xf32>, %w: tensor<3x3x64x64xf32>, %scale: tensor<64xf32>, %offset: tensor<64xf32>,
                %mean: tensor<64xf32>, %variance: tensor<64xf32>) -> tensor<1x224x224x64xf32> {
  %conv = "stablehlo.convolution"(%x, %w) {batch_group_count = 1 : i64,
      dimension_numbers = #stablehlo.conv<raw input_batch_dimension = 0, input_feature_dimension = 3, input_spatial_dimensions = [1, 2], kernel_input_feature_dimension = 2, kernel_output_feature_dimension = 3, kernel_spatial_dimensions = [0, 1], output_batch_dimension = 0, output_feature_dimension = 3, output_spatial_dimensions = [1, 2]>,
      feature_group_count = 1 : i64, padding = dense<1> : tensor<2x2xi64>, window_strides = array<i64: 1, 1>}
      : (tensor<1x224x224x64xf32>, tensor<3x3x64x64xf32>) -> tensor<1x224x224x64xf32>
  %bn = "stablehlo.batch_norm_inference"(%conv, %scale, %offset, %mean, %variance) {epsilon = 1.000000e-03 : f32, feature_index = 3 : i64}
      : (tensor<1x224x224x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x224x224x64xf32>
  %sum = "stablehlo.add"(%bn, %x) : (tensor<1x224x224x64xf32>, tensor<1x224x224x64xf32>) -> tensor<1x224x224x64xf32>
  %zero = "stablehlo.constant"() {value = dense<0.000000e+00> : tensor<f32>} : () -> tensor<f32>
  %zeros = "stablehlo.broadcast_in_dim"(%zero) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x224x224x64xf32>
  %relu = "stablehlo.maximum"(%sum, %zeros) : (tensor<1x224x224x64xf32>, tensor<1x224x224x64xf32>) -> tensor<1x224x224x64xf32>
  "func.return"(%relu) : (tensor<1x224x224x64xf32>) -> ()
}
