func.func private @decl(%arg0: i1) -> (i1)
func.func @use(%a: i1) -> (i1) {
  %0 = "test.make"() {ty = i1} : () -> (i1)
  %1:2 = "test.pair"(%a, %0) : (i1, i1) -> (i1, i1)
  return %1#1 : i1
}
