func.func private @decl(%arg0: i7) -> (i7)
func.func @use(%a: i7) -> (i7) {
  %0 = "test.make"() {ty = i7} : () -> (i7)
  %1:2 = "test.pair"(%a, %0) : (i7, i7) -> (i7, i7)
  return %1#1 : i7
}
