func.func private @decl(%arg0: i2) -> (i2)
func.func @use(%a: i2) -> (i2) {
  %0 = "test.make"() {ty = i2} : () -> (i2)
  %1:2 = "test.pair"(%a, %0) : (i2, i2) -> (i2, i2)
  return %1#1 : i2
}
