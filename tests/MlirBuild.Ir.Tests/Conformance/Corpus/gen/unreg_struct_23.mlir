func.func @f(%x: i32) {
  %r:2 = "foo.op23"(%x, %x) <{p = [1, 2], q = "x"}> ({
  ^bb0(%b0_0_0: index):
    "foo.inner0"() : () -> ()
    "foo.br"()[^bb1] : () -> ()
  ^bb1():
    "foo.inner1"() : () -> ()
    "foo.term"() : () -> ()
  }, {
    "foo.inner0"() : () -> ()
    "foo.br"()[^bb1] : () -> ()
  ^bb1():
    "foo.inner1"() : () -> ()
    "foo.term"() : () -> ()
  }) {a = 1 : i32} : (i32, i32) -> (tensor<2xi8>, f32)
  return
}
