func.func private @decl(%arg0: ui64) -> (ui64)
func.func @use(%a: ui64) -> (ui64) {
  %0 = "test.make"() {ty = ui64} : () -> (ui64)
  %1:2 = "test.pair"(%a, %0) : (ui64, ui64) -> (ui64, ui64)
  return %1#1 : ui64
}
