func.func @f(%x: i32) {
  "foo.op1"(%x, %x) <{inner = {a = 1}}> ({
  ^bb0(%b0_0_0: index, %b0_0_1: i32):
    "foo.inner0"() : () -> ()
    "foo.br"()[^bb1] : () -> ()
  ^bb1():
    "foo.inner1"() : () -> ()
    "foo.term"() : () -> ()
  }) {unit_attr} : (i32, i32) -> ()
  return
}
