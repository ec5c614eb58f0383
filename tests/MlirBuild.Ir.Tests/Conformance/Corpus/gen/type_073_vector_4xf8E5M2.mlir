func.func private @decl(%arg0: vector<4xf8E5M2>) -> (vector<4xf8E5M2>)
func.func @use(%a: vector<4xf8E5M2>) -> (vector<4xf8E5M2>) {
  %0 = "test.make"() {ty = vector<4xf8E5M2>} : () -> (vector<4xf8E5M2>)
  %1:2 = "test.pair"(%a, %0) : (vector<4xf8E5M2>, vector<4xf8E5M2>) -> (vector<4xf8E5M2>, vector<4xf8E5M2>)
  return %1#1 : vector<4xf8E5M2>
}
