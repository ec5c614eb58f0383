func.func private @decl(%arg0: tensor<4xcomplex<f32>>) -> (tensor<4xcomplex<f32>>)
func.func @use(%a: tensor<4xcomplex<f32>>) -> (tensor<4xcomplex<f32>>) {
  %0 = "test.make"() {ty = tensor<4xcomplex<f32>>} : () -> (tensor<4xcomplex<f32>>)
  %1:2 = "test.pair"(%a, %0) : (tensor<4xcomplex<f32>>, tensor<4xcomplex<f32>>) -> (tensor<4xcomplex<f32>>, tensor<4xcomplex<f32>>)
  return %1#1 : tensor<4xcomplex<f32>>
}
