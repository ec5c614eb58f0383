func.func private @decl(%arg0: tensor<1x0x3xf64>) -> (tensor<1x0x3xf64>)
func.func @use(%a: tensor<1x0x3xf64>) -> (tensor<1x0x3xf64>) {
  %0 = "test.make"() {ty = tensor<1x0x3xf64>} : () -> (tensor<1x0x3xf64>)
  %1:2 = "test.pair"(%a, %0) : (tensor<1x0x3xf64>, tensor<1x0x3xf64>) -> (tensor<1x0x3xf64>, tensor<1x0x3xf64>)
  return %1#1 : tensor<1x0x3xf64>
}
