func.func private @decl(%arg0: f80) -> (f80)
func.func @use(%a: f80) -> (f80) {
  %0 = "test.make"() {ty = f80} : () -> (f80)
  %1:2 = "test.pair"(%a, %0) : (f80, f80) -> (f80, f80)
  return %1#1 : f80
}
