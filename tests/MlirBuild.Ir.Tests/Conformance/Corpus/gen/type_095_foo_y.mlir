func.func private @decl(%arg0: !foo.y<>) -> (!foo.y<>)
func.func @use(%a: !foo.y<>) -> (!foo.y<>) {
  %0 = "test.make"() {ty = !foo.y<>} : () -> (!foo.y<>)
  %1:2 = "test.pair"(%a, %0) : (!foo.y<>, !foo.y<>) -> (!foo.y<>, !foo.y<>)
  return %1#1 : !foo.y<>
}
