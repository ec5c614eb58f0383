func.func private @decl(%arg0: !foo.x<<1>>) -> (!foo.x<<1>>)
func.func @use(%a: !foo.x<<1>>) -> (!foo.x<<1>>) {
  %0 = "test.make"() {ty = !foo.x<<1>>} : () -> (!foo.x<<1>>)
  %1:2 = "test.pair"(%a, %0) : (!foo.x<<1>>, !foo.x<<1>>) -> (!foo.x<<1>>, !foo.x<<1>>)
  return %1#1 : !foo.x<<1>>
}
