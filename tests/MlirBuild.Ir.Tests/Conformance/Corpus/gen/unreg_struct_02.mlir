func.func @f(%x: i32) {
  %r:3 = "foo.op2"(%x, %x) <{p = [1, 2], q = "x"}> {a = 1 : i32} : (i32, i32) -> (!foo.t, none, index)
  return
}
