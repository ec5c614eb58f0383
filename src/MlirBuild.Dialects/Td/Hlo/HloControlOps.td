//===- HloControlOps.td - control flow, tokens and collectives of the HLO op set -*- tablegen -*-===//
//
// `defm P : HloControlOps<D>`: if/case/while/return, token ops,
// host transfers and the collectives between processes.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_HLO_CONTROL_OPS
#define MLIRBUILD_HLO_CONTROL_OPS

include "Hlo/HloOpBase.td"

multiclass HloControlOps<Dialect d> {
  defvar Token = !cast<Type>(NAME # "_Token");
  defvar Future = !cast<Type>(NAME # "_Future");
  defvar TensorOrToken = !cast<Type>(NAME # "_TensorOrToken");
  defvar TensorOrTokenOrTuple = !cast<Type>(NAME # "_TensorOrTokenOrTuple");
  defvar AnyValue = !cast<Type>(NAME # "_AnyValue");
  defvar ChannelHandle = !cast<Attr>(NAME # "_ChannelHandle");
  defvar NonNegative = ConfinedAttr<I64Attr, [IntNonNegative]>;
  defvar Positive = ConfinedAttr<I64Attr, [IntPositive]>;
  defvar Flag = DefaultValuedOptionalAttr<BoolAttr, "false">;
  // `dense<[[0, 1], [2, 3]]> : tensor<2x2xi64>`: one row per process group.
  defvar ReplicaGroups = I64ElementsAttr;

  //===--------------------------------------------------------------------===//
  // Control flow
  //===--------------------------------------------------------------------===//

  def _IfOp : HLO_Op<d, "if", [RecursiveMemoryEffects, RecursivelySpeculatable,
                               SingleBlockImplicitTerminator<"ReturnOp">,
                               InferTypeOpInterface]> {
    let summary = "conditional";
    let description = [{
      Runs `true_branch` if `pred` holds, else `false_branch`; returns what
      the branch returns. Generic form:

      ```mlir
      %r = "stablehlo.if"(%p) ({
        stablehlo.return %a : tensor<i64>
      }, {
        stablehlo.return %b : tensor<i64>
      }) : (tensor<i1>) -> tensor<i64>
      ```
    }];
    let arguments = (ins HLO_PredScalarTensor:$pred);
    let results = (outs Variadic<TensorOrTokenOrTuple>);
    let regions = (region SizedRegion<1>:$true_branch,
                          SizedRegion<1>:$false_branch);
    let hasVerifier = 1;
  }

  def _CaseOp : HLO_Op<d, "case", [RecursiveMemoryEffects, RecursivelySpeculatable,
                                   SingleBlockImplicitTerminator<"ReturnOp">,
                                   InferTypeOpInterface]> {
    let summary = "multi-way branch";
    let description = [{
      Runs branch `index` (the last branch when out of range). Generic form:
      `%r = "stablehlo.case"(%i) ({...}, {...}) : (tensor<i32>) -> tensor<2xi64>`
    }];
    let arguments = (ins HLO_I32ScalarTensor:$index);
    let results = (outs Variadic<TensorOrTokenOrTuple>);
    let regions = (region VariadicRegion<SizedRegion<1>>:$branches);
    let hasVerifier = 1;
  }

  def _WhileOp : HLO_Op<d, "while", [RecursiveMemoryEffects,
      RecursivelySpeculatable, SingleBlockImplicitTerminator<"ReturnOp">,
      OpAsmOpInterface, InferTypeOpInterface]> {
    let summary = "loop";
    let description = [{
      Runs `body` while `cond` returns true, threading the values; `cond` and
      `body` take the loop values as block arguments. Custom form:

      ```mlir
      %i, %s = stablehlo.while(%a = %i0, %b = %s0) : tensor<i64>, tensor<i64>
        cond {
          %c = stablehlo.compare LT, %a, %n : (tensor<i64>, tensor<i64>) -> tensor<i1>
          stablehlo.return %c : tensor<i1>
        } do {
          %a1 = stablehlo.add %a, %one : tensor<i64>
          stablehlo.return %a1, %b : tensor<i64>, tensor<i64>
        }
      ```
    }];
    let arguments = (ins Variadic<TensorOrTokenOrTuple>:$operand);
    let results = (outs Variadic<TensorOrTokenOrTuple>);
    let regions = (region SizedRegion<1>:$cond, SizedRegion<1>:$body);
    let hasCustomAssemblyFormat = 1;
    let hasVerifier = 1;
  }

  def _ReturnOp : HLO_Op<d, "return", [Pure, Terminator]> {
    let summary = "region terminator";
    let description = [{
      Returns values from the regions of this dialect's ops.
      `stablehlo.return %a, %b : tensor<i64>, tensor<i64>`
    }];
    let arguments = (ins Variadic<AnyValue>:$results);
    let assemblyFormat = "$results attr-dict (`:` type($results)^)?";
  }

  //===--------------------------------------------------------------------===//
  // Tokens and host transfers
  //===--------------------------------------------------------------------===//

  def _AfterAllOp : HLO_Op<d, "after_all", [Pure, InferTypeOpInterface]> {
    let summary = "join tokens";
    let description = [{
      A token that comes after all `inputs`.
      `%t = stablehlo.after_all %t0, %t1 : !stablehlo.token`
    }];
    let arguments = (ins Variadic<Token>:$inputs);
    let results = (outs Token:$result);
    let assemblyFormat = [{
      $inputs attr-dict
        `:` custom<VariadicSameOperandsAndResultType>(ref($inputs), type($inputs), type($result))
    }];
  }

  def _CreateTokenOp : HLO_Op<d, "create_token", [Pure, InferTypeOpInterface]> {
    let summary = "new token";
    let description = "Legacy spelling of `after_all` without inputs. `%t = stablehlo.create_token : !stablehlo.token`";
    let results = (outs Token:$output);
    let assemblyFormat = "attr-dict `:` type(results)";
  }

  def _InfeedOp : HLO_Op<d, "infeed"> {
    let summary = "read from the infeed";
    let description = [{
      Reads values (and a token) from the process's infeed. Generic form:
      `%x, %t1 = "stablehlo.infeed"(%t) {infeed_config = ""} : (!stablehlo.token) -> (tensor<2xi64>, !stablehlo.token)`
    }];
    let arguments = (ins Token:$token,
                         DefaultValuedOptionalAttr<StrAttr, "\"\"">:$infeed_config,
                         OptionalAttr<ArrayAttr>:$layout);
    let results = (outs Variadic<TensorOrToken>);
    let hasVerifier = 1;
  }

  def _OutfeedOp : HLO_Op<d, "outfeed", [InferTypeOpInterface]> {
    let summary = "write to the outfeed";
    let description = [{
      Generic form: `%t1 = "stablehlo.outfeed"(%x, %t) {outfeed_config = ""} : (tensor<2xi64>, !stablehlo.token) -> !stablehlo.token`
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$inputs, Token:$token,
                         DefaultValuedOptionalAttr<StrAttr, "\"\"">:$outfeed_config);
    let results = (outs Token);
  }

  def _SendOp : HLO_Op<d, "send", [InferTypeOpInterface]> {
    let summary = "send to another process or the host";
    let description = [{
      Generic form: `%t1 = "stablehlo.send"(%x, %t) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 2>, is_host_transfer = true} : (tensor<2xf32>, !stablehlo.token) -> !stablehlo.token`
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$inputs, Token:$token,
                         ChannelHandle:$channel_handle, Flag:$is_host_transfer,
                         OptionalAttr<I64ElementsAttr>:$source_target_pairs);
    let results = (outs Token);
  }

  def _RecvOp : HLO_Op<d, "recv"> {
    let summary = "receive from another process or the host";
    let description = [{
      Generic form: `%x, %t1 = "stablehlo.recv"(%t) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 3>, is_host_transfer = true} : (!stablehlo.token) -> (tensor<2xf32>, !stablehlo.token)`
    }];
    let arguments = (ins Token:$token, ChannelHandle:$channel_handle,
                         Flag:$is_host_transfer,
                         OptionalAttr<I64ElementsAttr>:$source_target_pairs);
    let results = (outs Variadic<TensorOrToken>);
    let hasVerifier = 1;
  }

  //===--------------------------------------------------------------------===//
  // Process identity and collectives (generic forms)
  //===--------------------------------------------------------------------===//

  def _ReplicaIdOp : HLO_Op<d, "replica_id", [Pure, InferTypeOpInterface]> {
    let summary = "replica index of this process";
    let description = "`%r = stablehlo.replica_id : tensor<ui32>`";
    let results = (outs TensorRankOf<[UI32], [0]>);
    let assemblyFormat = "attr-dict `:` type(results)";
  }

  def _PartitionIdOp : HLO_Op<d, "partition_id", [Pure, InferTypeOpInterface]> {
    let summary = "partition index of this process";
    let description = "`%p = stablehlo.partition_id : tensor<ui32>`";
    let results = (outs TensorRankOf<[UI32], [0]>);
    let assemblyFormat = "attr-dict `:` type(results)";
  }

  def _AllGatherOp : HLO_Op<d, "all_gather", [ConditionallySpeculatable,
      HLO_PairwiseSameOperandAndResultElementType]> {
    let summary = "concatenate across a process group";
    let description = [{
      Each process's operands are concatenated along `all_gather_dim` in
      process-group order.
      `%r = "stablehlo.all_gather"(%x) {all_gather_dim = 1 : i64, replica_groups = dense<[[0, 1]]> : tensor<1x2xi64>} : (tensor<2x2xi64>) -> tensor<2x4xi64>`
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$operands,
                         NonNegative:$all_gather_dim,
                         ReplicaGroups:$replica_groups,
                         OptionalAttr<ChannelHandle>:$channel_handle,
                         UnitAttr:$use_global_device_ids);
    let results = (outs Variadic<HLO_Tensor>);
    let hasVerifier = 1;
  }

  def _AllReduceOp : HLO_Op<d, "all_reduce", [
      HLO_PairwiseSameOperandAndResultElementType, InferTensorType]> {
    let summary = "reduce across a process group";
    let description = [{
      Every process gets the `computation`-reduction of all processes'
      operands in its group. Generic form with one region.
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$operands,
                         ReplicaGroups:$replica_groups,
                         OptionalAttr<ChannelHandle>:$channel_handle,
                         UnitAttr:$use_global_device_ids);
    let results = (outs Variadic<HLO_Tensor>);
    let regions = (region SizedRegion<1>:$computation);
    let hasVerifier = 1;
  }

  def _AllToAllOp : HLO_Op<d, "all_to_all", [ConditionallySpeculatable,
      HLO_PairwiseSameOperandAndResultElementType, InferTensorType]> {
    let summary = "exchange slices within a process group";
    let description = [{
      Splits operands along `split_dimension` into `split_count` parts, sends
      part i to process i, concatenates what arrives along
      `concat_dimension`. Generic form.
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$operands,
                         NonNegative:$split_dimension,
                         NonNegative:$concat_dimension, Positive:$split_count,
                         ReplicaGroups:$replica_groups,
                         OptionalAttr<ChannelHandle>:$channel_handle);
    let results = (outs Variadic<HLO_Tensor>);
  }

  def _ReduceScatterOp : HLO_Op<d, "reduce_scatter", [ConditionallySpeculatable]> {
    let summary = "reduce, then scatter parts";
    let description = [{
      Reduces across the group like all_reduce, splits the result along
      `scatter_dimension` and gives part i to process i. Generic form.
    }];
    let arguments = (ins HLO_Tensor:$operand, NonNegative:$scatter_dimension,
                         ReplicaGroups:$replica_groups,
                         OptionalAttr<ChannelHandle>:$channel_handle,
                         UnitAttr:$use_global_device_ids);
    let results = (outs HLO_Tensor);
    let regions = (region SizedRegion<1>:$computation);
    let hasVerifier = 1;
  }

  def _CollectiveBroadcastOp : HLO_Op<d, "collective_broadcast", [
      HLO_PairwiseSameOperandAndResultElementType]> {
    let summary = "broadcast from one process of each group";
    let description = [{
      Every process in a group gets the operands of the group's first process
      (or, with `has_dynamic_root`, of the process whose index in the group
      is the extra last operand); zeros outside any group. Generic form.
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$operands,
                         ReplicaGroups:$replica_groups,
                         OptionalAttr<ChannelHandle>:$channel_handle,
                         UnitAttr:$has_dynamic_root);
    let results = (outs Variadic<HLO_Tensor>);
    let hasVerifier = 1;
  }

  def _CollectivePermuteOp : HLO_Op<d, "collective_permute", [
      HLO_CompatibleOperandsAndResultType]> {
    let summary = "send along source-target pairs";
    let description = [{
      Process `target` gets the operand of `source` for each pair in
      `source_target_pairs` (zeros when it is nobody's target). Generic form.
    }];
    let arguments = (ins HLO_Tensor:$operand,
                         I64ElementsAttr:$source_target_pairs,
                         OptionalAttr<ChannelHandle>:$channel_handle);
    let results = (outs HLO_Tensor);
    let hasVerifier = 1;
  }

  def _CollectiveReduceOp : HLO_Op<d, "collective_reduce", [
      HLO_PairwiseSameOperandAndResultElementType, InferTensorType]> {
    let summary = "reduce within process groups";
    let description = [{
      Like all_reduce, for the groups of `replica_groups`. Generic form with
      one region.
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$operands,
                         ReplicaGroups:$replica_groups,
                         OptionalAttr<ChannelHandle>:$channel_handle,
                         UnitAttr:$use_global_device_ids,
                         UnitAttr:$has_dynamic_root);
    let results = (outs Variadic<HLO_Tensor>);
    let regions = (region SizedRegion<1>:$computation);
  }

  def _CrossReplicaSumOp : HLO_Op<d, "cross-replica-sum", [Pure,
      HLO_CompatibleOperandsAndResultType]> {
    let summary = "sum across replicas";
    let description = [{
      Legacy all_reduce with addition. Generic form:
      `%r = "stablehlo.cross-replica-sum"(%x) {replica_groups = dense<[[0, 1]]> : tensor<1x2xi64>} : (tensor<4xf32>) -> tensor<4xf32>`
    }];
    let arguments = (ins HLO_Tensor:$operand, ReplicaGroups:$replica_groups);
    let results = (outs HLO_Tensor);
  }

  //===--------------------------------------------------------------------===//
  // Asynchronous execution
  //===--------------------------------------------------------------------===//

  def _AsyncStartOp : HLO_Op<d, "async_start", [IsolatedFromAbove]> {
    let summary = "start a computation asynchronously";
    let description = [{
      Starts `body` on the operands and returns a future of its results.
      Generic form.
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$operands);
    let results = (outs Future);
    let regions = (region SizedRegion<1>:$body);
  }

  def _AsyncDoneOp : HLO_Op<d, "async_done"> {
    let summary = "wait for an asynchronous computation";
    let description = "Returns the values a future stands for. Generic form.";
    let arguments = (ins Future:$operand);
    let results = (outs Variadic<AnyValue>);
  }
}

#endif // MLIRBUILD_HLO_CONTROL_OPS
