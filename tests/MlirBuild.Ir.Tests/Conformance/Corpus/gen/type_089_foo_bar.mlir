func.func private @decl(%arg0: !foo.bar) -> (!foo.bar)
func.func @use(%a: !foo.bar) -> (!foo.bar) {
  %0 = "test.make"() {ty = !foo.bar} : () -> (!foo.bar)
  %1:2 = "test.pair"(%a, %0) : (!foo.bar, !foo.bar) -> (!foo.bar, !foo.bar)
  return %1#1 : !foo.bar
}
