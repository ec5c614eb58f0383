func.func @f(%x: i32) {
  %r:2 = "foo.op5"(%x, %x) <{inner = {a = 1}}> ({
    "foo.inner0"() : () -> ()
    "foo.term"() : () -> ()
  }, {
    "foo.inner0"() : () -> ()
    "foo.term"() : () -> ()
  }) {a = 1 : i32} : (i32, i32) -> (i32, !foo.t)
  return
}
