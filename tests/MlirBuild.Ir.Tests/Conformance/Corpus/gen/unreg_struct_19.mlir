func.func @f(%x: i32) {
  %r:2 = "foo.op19"(%x, %x) <{}> {a = 1 : i32} : (i32, i32) -> (none, none)
  return
}
