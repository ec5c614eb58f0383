func.func private @decl(%arg0: (i32) -> i64) -> ((i32) -> i64)
func.func @use(%a: (i32) -> i64) -> ((i32) -> i64) {
  %0 = "test.make"() {ty = (i32) -> i64} : () -> ((i32) -> i64)
  %1:2 = "test.pair"(%a, %0) : ((i32) -> i64, (i32) -> i64) -> ((i32) -> i64, (i32) -> i64)
  return %1#1 : (i32) -> i64
}
