func.func private @decl(%arg0: f6E3M2FN) -> (f6E3M2FN)
func.func @use(%a: f6E3M2FN) -> (f6E3M2FN) {
  %0 = "test.make"() {ty = f6E3M2FN} : () -> (f6E3M2FN)
  %1:2 = "test.pair"(%a, %0) : (f6E3M2FN, f6E3M2FN) -> (f6E3M2FN, f6E3M2FN)
  return %1#1 : f6E3M2FN
}
