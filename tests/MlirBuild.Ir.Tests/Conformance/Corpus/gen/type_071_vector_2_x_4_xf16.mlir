func.func private @decl(%arg0: vector<[2]x[4]xf16>) -> (vector<[2]x[4]xf16>)
func.func @use(%a: vector<[2]x[4]xf16>) -> (vector<[2]x[4]xf16>) {
  %0 = "test.make"() {ty = vector<[2]x[4]xf16>} : () -> (vector<[2]x[4]xf16>)
  %1:2 = "test.pair"(%a, %0) : (vector<[2]x[4]xf16>, vector<[2]x[4]xf16>) -> (vector<[2]x[4]xf16>, vector<[2]x[4]xf16>)
  return %1#1 : vector<[2]x[4]xf16>
}
