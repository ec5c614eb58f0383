func.func private @decl(%arg0: f128) -> (f128)
func.func @use(%a: f128) -> (f128) {
  %0 = "test.make"() {ty = f128} : () -> (f128)
  %1:2 = "test.pair"(%a, %0) : (f128, f128) -> (f128, f128)
  return %1#1 : f128
}
