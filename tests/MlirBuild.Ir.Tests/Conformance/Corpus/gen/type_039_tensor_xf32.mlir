func.func private @decl(%arg0: tensor<*xf32>) -> (tensor<*xf32>)
func.func @use(%a: tensor<*xf32>) -> (tensor<*xf32>) {
  %0 = "test.make"() {ty = tensor<*xf32>} : () -> (tensor<*xf32>)
  %1:2 = "test.pair"(%a, %0) : (tensor<*xf32>, tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  return %1#1 : tensor<*xf32>
}
