func.func private @decl(%arg0: tuple<i32, f32, tuple<i1, index>>) -> (tuple<i32, f32, tuple<i1, index>>)
func.func @use(%a: tuple<i32, f32, tuple<i1, index>>) -> (tuple<i32, f32, tuple<i1, index>>) {
  %0 = "test.make"() {ty = tuple<i32, f32, tuple<i1, index>>} : () -> (tuple<i32, f32, tuple<i1, index>>)
  %1:2 = "test.pair"(%a, %0) : (tuple<i32, f32, tuple<i1, index>>, tuple<i32, f32, tuple<i1, index>>) -> (tuple<i32, f32, tuple<i1, index>>, tuple<i32, f32, tuple<i1, index>>)
  return %1#1 : tuple<i32, f32, tuple<i1, index>>
}
