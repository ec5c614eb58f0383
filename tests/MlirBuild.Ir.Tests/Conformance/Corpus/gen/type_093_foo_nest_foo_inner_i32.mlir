func.func private @decl(%arg0: !foo.nest<!foo.inner<i32>>) -> (!foo.nest<!foo.inner<i32>>)
func.func @use(%a: !foo.nest<!foo.inner<i32>>) -> (!foo.nest<!foo.inner<i32>>) {
  %0 = "test.make"() {ty = !foo.nest<!foo.inner<i32>>} : () -> (!foo.nest<!foo.inner<i32>>)
  %1:2 = "test.pair"(%a, %0) : (!foo.nest<!foo.inner<i32>>, !foo.nest<!foo.inner<i32>>) -> (!foo.nest<!foo.inner<i32>>, !foo.nest<!foo.inner<i32>>)
  return %1#1 : !foo.nest<!foo.inner<i32>>
}
