func.func @f(%x: i32) {
  %r:3 = "foo.op3"(%x, %x) <{inner = {a = 1}}> ({
    "foo.inner0"() : () -> ()
    "foo.term"() : () -> ()
  }, {
  ^bb0(%b1_0_0: index, %b1_0_1: i32):
    "foo.inner0"() : () -> ()
    "foo.br"()[^bb1] : () -> ()
  ^bb1():
    "foo.inner1"() : () -> ()
    "foo.term"() : () -> ()
  }) {a = 1 : i32} : (i32, i32) -> (f32, f32, !foo.t)
  return
}
