func.func @f(%x: i32) {
  "foo.op25"(%x, %x) <{p = 1 : i64}> ({
  ^bb0(%b0_0_0: i32):
    "foo.inner0"() : () -> ()
    "foo.br"()[^bb1] : () -> ()
  ^bb1():
    "foo.inner1"() : () -> ()
    "foo.term"() : () -> ()
  }, {
  ^bb0(%b1_0_0: index, %b1_0_1: f32):
    "foo.inner0"() : () -> ()
    "foo.term"() : () -> ()
  }) {b = "s", c = [1, 2]} : (i32, i32) -> ()
  return
}
