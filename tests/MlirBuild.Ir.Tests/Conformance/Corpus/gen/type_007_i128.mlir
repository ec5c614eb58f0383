func.func private @decl(%arg0: i128) -> (i128)
func.func @use(%a: i128) -> (i128) {
  %0 = "test.make"() {ty = i128} : () -> (i128)
  %1:2 = "test.pair"(%a, %0) : (i128, i128) -> (i128, i128)
  return %1#1 : i128
}
