func.func private @decl(%arg0: f6E2M3FN) -> (f6E2M3FN)
func.func @use(%a: f6E2M3FN) -> (f6E2M3FN) {
  %0 = "test.make"() {ty = f6E2M3FN} : () -> (f6E2M3FN)
  %1:2 = "test.pair"(%a, %0) : (f6E2M3FN, f6E2M3FN) -> (f6E2M3FN, f6E2M3FN)
  return %1#1 : f6E2M3FN
}
