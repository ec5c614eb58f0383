func.func private @decl(%arg0: vector<4xf32>) -> (vector<4xf32>)
func.func @use(%a: vector<4xf32>) -> (vector<4xf32>) {
  %0 = "test.make"() {ty = vector<4xf32>} : () -> (vector<4xf32>)
  %1:2 = "test.pair"(%a, %0) : (vector<4xf32>, vector<4xf32>) -> (vector<4xf32>, vector<4xf32>)
  return %1#1 : vector<4xf32>
}
