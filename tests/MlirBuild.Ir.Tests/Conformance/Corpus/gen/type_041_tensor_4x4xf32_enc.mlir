func.func private @decl(%arg0: tensor<4x4xf32, "enc">) -> (tensor<4x4xf32, "enc">)
func.func @use(%a: tensor<4x4xf32, "enc">) -> (tensor<4x4xf32, "enc">) {
  %0 = "test.make"() {ty = tensor<4x4xf32, "enc">} : () -> (tensor<4x4xf32, "enc">)
  %1:2 = "test.pair"(%a, %0) : (tensor<4x4xf32, "enc">, tensor<4x4xf32, "enc">) -> (tensor<4x4xf32, "enc">, tensor<4x4xf32, "enc">)
  return %1#1 : tensor<4x4xf32, "enc">
}
