func.func private @decl(%arg0: !foo.bar<1, i32>) -> (!foo.bar<1, i32>)
func.func @use(%a: !foo.bar<1, i32>) -> (!foo.bar<1, i32>) {
  %0 = "test.make"() {ty = !foo.bar<1, i32>} : () -> (!foo.bar<1, i32>)
  %1:2 = "test.pair"(%a, %0) : (!foo.bar<1, i32>, !foo.bar<1, i32>) -> (!foo.bar<1, i32>, !foo.bar<1, i32>)
  return %1#1 : !foo.bar<1, i32>
}
