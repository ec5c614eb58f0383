func.func private @decl(%arg0: tuple<i32>) -> (tuple<i32>)
func.func @use(%a: tuple<i32>) -> (tuple<i32>) {
  %0 = "test.make"() {ty = tuple<i32>} : () -> (tuple<i32>)
  %1:2 = "test.pair"(%a, %0) : (tuple<i32>, tuple<i32>) -> (tuple<i32>, tuple<i32>)
  return %1#1 : tuple<i32>
}
