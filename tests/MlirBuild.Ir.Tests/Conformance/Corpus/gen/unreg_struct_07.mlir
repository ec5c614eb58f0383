func.func @f(%x: i32) {
  "foo.op7"(%x, %x) <{}> {a = 1 : i32} : (i32, i32) -> ()
  return
}
