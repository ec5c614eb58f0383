func.func private @decl(%arg0: !foo.z<(1 + 2) * 3>) -> (!foo.z<(1 + 2) * 3>)
func.func @use(%a: !foo.z<(1 + 2) * 3>) -> (!foo.z<(1 + 2) * 3>) {
  %0 = "test.make"() {ty = !foo.z<(1 + 2) * 3>} : () -> (!foo.z<(1 + 2) * 3>)
  %1:2 = "test.pair"(%a, %0) : (!foo.z<(1 + 2) * 3>, !foo.z<(1 + 2) * 3>) -> (!foo.z<(1 + 2) * 3>, !foo.z<(1 + 2) * 3>)
  return %1#1 : !foo.z<(1 + 2) * 3>
}
