func.func @f(%x: i32) {
  "foo.op10"(%x, %x) <{}> ({
  ^bb0(%b0_0_0: f32, %b0_0_1: i32):
    "foo.inner0"() : () -> ()
    "foo.term"() : () -> ()
  }, {
  ^bb0(%b1_0_0: f32, %b1_0_1: i32):
    "foo.inner0"() : () -> ()
    "foo.term"() : () -> ()
  }) {a = 1 : i32} : (i32, i32) -> ()
  return
}
