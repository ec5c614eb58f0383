func.func @f(%x: i32) {
  %r:2 = "foo.op28"(%x, %x) <{p = 1 : i64}> ({
  }) {b = "s", c = [1, 2]} : (i32, i32) -> (index, none)
  return
}
