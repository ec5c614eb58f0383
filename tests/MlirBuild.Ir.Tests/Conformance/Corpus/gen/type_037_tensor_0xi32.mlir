func.func private @decl(%arg0: tensor<0xi32>) -> (tensor<0xi32>)
func.func @use(%a: tensor<0xi32>) -> (tensor<0xi32>) {
  %0 = "test.make"() {ty = tensor<0xi32>} : () -> (tensor<0xi32>)
  %1:2 = "test.pair"(%a, %0) : (tensor<0xi32>, tensor<0xi32>) -> (tensor<0xi32>, tensor<0xi32>)
  return %1#1 : tensor<0xi32>
}
