func.func private @decl(%arg0: tensor<2xvector<4xf32>>) -> (tensor<2xvector<4xf32>>)
func.func @use(%a: tensor<2xvector<4xf32>>) -> (tensor<2xvector<4xf32>>) {
  %0 = "test.make"() {ty = tensor<2xvector<4xf32>>} : () -> (tensor<2xvector<4xf32>>)
  %1:2 = "test.pair"(%a, %0) : (tensor<2xvector<4xf32>>, tensor<2xvector<4xf32>>) -> (tensor<2xvector<4xf32>>, tensor<2xvector<4xf32>>)
  return %1#1 : tensor<2xvector<4xf32>>
}
