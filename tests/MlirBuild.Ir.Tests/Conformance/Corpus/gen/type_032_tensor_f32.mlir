func.func private @decl(%arg0: tensor<f32>) -> (tensor<f32>)
func.func @use(%a: tensor<f32>) -> (tensor<f32>) {
  %0 = "test.make"() {ty = tensor<f32>} : () -> (tensor<f32>)
  %1:2 = "test.pair"(%a, %0) : (tensor<f32>, tensor<f32>) -> (tensor<f32>, tensor<f32>)
  return %1#1 : tensor<f32>
}
