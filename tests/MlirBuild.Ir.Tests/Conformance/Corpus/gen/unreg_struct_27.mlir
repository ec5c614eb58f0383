func.func @f(%x: i32) {
  %r:2 = "foo.op27"(%x, %x) <{}> : (i32, i32) -> (index, i32)
  return
}
