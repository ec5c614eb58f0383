func.func @f(%x: i32) {
  %r = "foo.op13"(%x, %x) <{inner = {a = 1}}> ({
  ^bb0(%b0_0_0: i32):
    "foo.inner0"() : () -> ()
    "foo.term"() : () -> ()
  }) {a = 1 : i32} : (i32, i32) -> (f32)
  return
}
