func.func private @decl(%arg0: tensor<2x?x3xi8>) -> (tensor<2x?x3xi8>)
func.func @use(%a: tensor<2x?x3xi8>) -> (tensor<2x?x3xi8>) {
  %0 = "test.make"() {ty = tensor<2x?x3xi8>} : () -> (tensor<2x?x3xi8>)
  %1:2 = "test.pair"(%a, %0) : (tensor<2x?x3xi8>, tensor<2x?x3xi8>) -> (tensor<2x?x3xi8>, tensor<2x?x3xi8>)
  return %1#1 : tensor<2x?x3xi8>
}
