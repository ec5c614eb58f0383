func.func private @decl(%arg0: i16) -> (i16)
func.func @use(%a: i16) -> (i16) {
  %0 = "test.make"() {ty = i16} : () -> (i16)
  %1:2 = "test.pair"(%a, %0) : (i16, i16) -> (i16, i16)
  return %1#1 : i16
}
