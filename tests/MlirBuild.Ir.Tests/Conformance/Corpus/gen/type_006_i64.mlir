func.func private @decl(%arg0: i64) -> (i64)
func.func @use(%a: i64) -> (i64) {
  %0 = "test.make"() {ty = i64} : () -> (i64)
  %1:2 = "test.pair"(%a, %0) : (i64, i64) -> (i64, i64)
  return %1#1 : i64
}
