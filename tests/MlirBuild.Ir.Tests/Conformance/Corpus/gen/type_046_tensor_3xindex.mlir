func.func private @decl(%arg0: tensor<3xindex>) -> (tensor<3xindex>)
func.func @use(%a: tensor<3xindex>) -> (tensor<3xindex>) {
  %0 = "test.make"() {ty = tensor<3xindex>} : () -> (tensor<3xindex>)
  %1:2 = "test.pair"(%a, %0) : (tensor<3xindex>, tensor<3xindex>) -> (tensor<3xindex>, tensor<3xindex>)
  return %1#1 : tensor<3xindex>
}
