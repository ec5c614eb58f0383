func.func @f(%x: i32) {
  %r:2 = "foo.op20"(%x, %x) <{p = [1, 2], q = "x"}> ({
  }) {unit_attr} : (i32, i32) -> (i32, !foo.t)
  return
}
