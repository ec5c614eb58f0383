func.func @f(%x: i32) {
  %r = "foo.op11"(%x, %x) <{inner = {a = 1}}> ({
    "foo.inner0"() : () -> ()
    "foo.term"() : () -> ()
  }, {
  }) {a = 1 : i32} : (i32, i32) -> (none)
  return
}
