func.func @f(%x: i32) {
  %r:2 = "foo.op14"(%x, %x) <{inner = {a = 1}}> : (i32, i32) -> (tensor<2xi8>, f32)
  return
}
