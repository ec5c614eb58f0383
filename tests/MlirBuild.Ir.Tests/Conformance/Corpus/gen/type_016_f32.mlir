func.func private @decl(%arg0: f32) -> (f32)
func.func @use(%a: f32) -> (f32) {
  %0 = "test.make"() {ty = f32} : () -> (f32)
  %1:2 = "test.pair"(%a, %0) : (f32, f32) -> (f32, f32)
  return %1#1 : f32
}
