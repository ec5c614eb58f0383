func.func private @decl(%arg0: vector<8xi1>) -> (vector<8xi1>)
func.func @use(%a: vector<8xi1>) -> (vector<8xi1>) {
  %0 = "test.make"() {ty = vector<8xi1>} : () -> (vector<8xi1>)
  %1:2 = "test.pair"(%a, %0) : (vector<8xi1>, vector<8xi1>) -> (vector<8xi1>, vector<8xi1>)
  return %1#1 : vector<8xi1>
}
