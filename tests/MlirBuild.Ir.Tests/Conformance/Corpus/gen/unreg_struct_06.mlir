func.func @f(%x: i32) {
  %r = "foo.op6"(%x, %x) <{inner = {a = 1}}> ({
  }, {
  ^bb0(%b1_0_0: i32, %b1_0_1: i32):
    "foo.inner0"() : () -> ()
    "foo.br"()[^bb1] : () -> ()
  ^bb1():
    "foo.inner1"() : () -> ()
    "foo.term"() : () -> ()
  }) {unit_attr} : (i32, i32) -> (f32)
  return
}
