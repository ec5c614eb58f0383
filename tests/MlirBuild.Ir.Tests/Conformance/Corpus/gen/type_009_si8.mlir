func.func private @decl(%arg0: si8) -> (si8)
func.func @use(%a: si8) -> (si8) {
  %0 = "test.make"() {ty = si8} : () -> (si8)
  %1:2 = "test.pair"(%a, %0) : (si8, si8) -> (si8, si8)
  return %1#1 : si8
}
