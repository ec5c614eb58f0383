func.func private @decl(%arg0: tensor<*xi1>) -> (tensor<*xi1>)
func.func @use(%a: tensor<*xi1>) -> (tensor<*xi1>) {
  %0 = "test.make"() {ty = tensor<*xi1>} : () -> (tensor<*xi1>)
  %1:2 = "test.pair"(%a, %0) : (tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>, tensor<*xi1>)
  return %1#1 : tensor<*xi1>
}
