func.func private @decl(%arg0: ui8) -> (ui8)
func.func @use(%a: ui8) -> (ui8) {
  %0 = "test.make"() {ty = ui8} : () -> (ui8)
  %1:2 = "test.pair"(%a, %0) : (ui8, ui8) -> (ui8, ui8)
  return %1#1 : ui8
}
