func.func private @decl(%arg0: i32) -> (i32)
func.func @use(%a: i32) -> (i32) {
  %0 = "test.make"() {ty = i32} : () -> (i32)
  %1:2 = "test.pair"(%a, %0) : (i32, i32) -> (i32, i32)
  return %1#1 : i32
}
