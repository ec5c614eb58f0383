func.func @f(%x: i32) {
  %r:3 = "foo.op0"(%x, %x) <{p = 1 : i64}> ({
  }) {a = 1 : i32} : (i32, i32) -> (f32, index, f32)
  return
}
