func.func private @decl(%arg0: vector<2x[4]xi32>) -> (vector<2x[4]xi32>)
func.func @use(%a: vector<2x[4]xi32>) -> (vector<2x[4]xi32>) {
  %0 = "test.make"() {ty = vector<2x[4]xi32>} : () -> (vector<2x[4]xi32>)
  %1:2 = "test.pair"(%a, %0) : (vector<2x[4]xi32>, vector<2x[4]xi32>) -> (vector<2x[4]xi32>, vector<2x[4]xi32>)
  return %1#1 : vector<2x[4]xi32>
}
