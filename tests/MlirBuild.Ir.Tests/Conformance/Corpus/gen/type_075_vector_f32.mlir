func.func private @decl(%arg0: vector<f32>) -> (vector<f32>)
func.func @use(%a: vector<f32>) -> (vector<f32>) {
  %0 = "test.make"() {ty = vector<f32>} : () -> (vector<f32>)
  %1:2 = "test.pair"(%a, %0) : (vector<f32>, vector<f32>) -> (vector<f32>, vector<f32>)
  return %1#1 : vector<f32>
}
