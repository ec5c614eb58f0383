func.func @f(%x: i32) {
  %r:3 = "foo.op24"(%x, %x) <{inner = {a = 1}}> ({
    "foo.inner0"() : () -> ()
    "foo.br"()[^bb1] : () -> ()
  ^bb1():
    "foo.inner1"() : () -> ()
    "foo.term"() : () -> ()
  }) : (i32, i32) -> (none, !foo.t, i32)
  return
}
