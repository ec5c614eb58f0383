func.func private @decl(%arg0: vector<[4]xf32>) -> (vector<[4]xf32>)
func.func @use(%a: vector<[4]xf32>) -> (vector<[4]xf32>) {
  %0 = "test.make"() {ty = vector<[4]xf32>} : () -> (vector<[4]xf32>)
  %1:2 = "test.pair"(%a, %0) : (vector<[4]xf32>, vector<[4]xf32>) -> (vector<[4]xf32>, vector<[4]xf32>)
  return %1#1 : vector<[4]xf32>
}
