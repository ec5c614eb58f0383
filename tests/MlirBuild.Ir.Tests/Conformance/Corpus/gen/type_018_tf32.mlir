func.func private @decl(%arg0: tf32) -> (tf32)
func.func @use(%a: tf32) -> (tf32) {
  %0 = "test.make"() {ty = tf32} : () -> (tf32)
  %1:2 = "test.pair"(%a, %0) : (tf32, tf32) -> (tf32, tf32)
  return %1#1 : tf32
}
