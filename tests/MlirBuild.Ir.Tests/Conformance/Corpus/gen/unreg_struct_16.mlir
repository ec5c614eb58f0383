func.func @f(%x: i32) {
  %r:3 = "foo.op16"(%x, %x) <{p = [1, 2], q = "x"}> ({
    "foo.inner0"() : () -> ()
    "foo.br"()[^bb1] : () -> ()
  ^bb1():
    "foo.inner1"() : () -> ()
    "foo.term"() : () -> ()
  }) {unit_attr} : (i32, i32) -> (tensor<2xi8>, !foo.t, !foo.t)
  return
}
