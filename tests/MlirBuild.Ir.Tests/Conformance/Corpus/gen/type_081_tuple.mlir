func.func private @decl(%arg0: tuple<>) -> (tuple<>)
func.func @use(%a: tuple<>) -> (tuple<>) {
  %0 = "test.make"() {ty = tuple<>} : () -> (tuple<>)
  %1:2 = "test.pair"(%a, %0) : (tuple<>, tuple<>) -> (tuple<>, tuple<>)
  return %1#1 : tuple<>
}
