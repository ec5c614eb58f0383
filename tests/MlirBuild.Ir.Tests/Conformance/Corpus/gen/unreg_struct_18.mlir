func.func @f(%x: i32) {
  %r = "foo.op18"(%x, %x) <{p = [1, 2], q = "x"}> ({
  }) {a = 1 : i32} : (i32, i32) -> (none)
  return
}
