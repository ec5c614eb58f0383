func.func @f(%x: i32) {
  %r:3 = "foo.op22"(%x, %x) <{p = 1 : i64}> ({
  ^bb0(%b0_0_0: i32):
    "foo.inner0"() : () -> ()
    "foo.term"() : () -> ()
  }, {
    "foo.inner0"() : () -> ()
    "foo.term"() : () -> ()
  }) {unit_attr} : (i32, i32) -> (none, index, index)
  return
}
