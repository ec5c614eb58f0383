func.func private @decl(%arg0: i8) -> (i8)
func.func @use(%a: i8) -> (i8) {
  %0 = "test.make"() {ty = i8} : () -> (i8)
  %1:2 = "test.pair"(%a, %0) : (i8, i8) -> (i8, i8)
  return %1#1 : i8
}
