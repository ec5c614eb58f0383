func.func private @decl(%arg0: vector<2x3xi8>) -> (vector<2x3xi8>)
func.func @use(%a: vector<2x3xi8>) -> (vector<2x3xi8>) {
  %0 = "test.make"() {ty = vector<2x3xi8>} : () -> (vector<2x3xi8>)
  %1:2 = "test.pair"(%a, %0) : (vector<2x3xi8>, vector<2x3xi8>) -> (vector<2x3xi8>, vector<2x3xi8>)
  return %1#1 : vector<2x3xi8>
}
