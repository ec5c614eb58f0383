func.func @f(%x: i32) {
  %r:3 = "foo.op29"(%x, %x) <{p = 1 : i64}> ({
  }) {b = "s", c = [1, 2]} : (i32, i32) -> (f32, tensor<2xi8>, !foo.t)
  return
}
