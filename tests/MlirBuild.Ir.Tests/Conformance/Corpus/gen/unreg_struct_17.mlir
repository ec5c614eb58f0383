func.func @f(%x: i32) {
  %r = "foo.op17"(%x, %x) <{}> {unit_attr} : (i32, i32) -> (tensor<2xi8>)
  return
}
