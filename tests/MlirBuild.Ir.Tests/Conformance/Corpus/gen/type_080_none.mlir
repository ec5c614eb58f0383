func.func private @decl(%arg0: none) -> (none)
func.func @use(%a: none) -> (none) {
  %0 = "test.make"() {ty = none} : () -> (none)
  %1:2 = "test.pair"(%a, %0) : (none, none) -> (none, none)
  return %1#1 : none
}
