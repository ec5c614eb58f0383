func.func @f(%x: i32) {
  %r:3 = "foo.op4"(%x, %x) <{}> ({
  }) : (i32, i32) -> (!foo.t, i32, tensor<2xi8>)
  return
}
