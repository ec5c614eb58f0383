func.func private @decl(%arg0: (i32, f32) -> (i1, index)) -> ((i32, f32) -> (i1, index))
func.func @use(%a: (i32, f32) -> (i1, index)) -> ((i32, f32) -> (i1, index)) {
  %0 = "test.make"() {ty = (i32, f32) -> (i1, index)} : () -> ((i32, f32) -> (i1, index))
  %1:2 = "test.pair"(%a, %0) : ((i32, f32) -> (i1, index), (i32, f32) -> (i1, index)) -> ((i32, f32) -> (i1, index), (i32, f32) -> (i1, index))
  return %1#1 : (i32, f32) -> (i1, index)
}
