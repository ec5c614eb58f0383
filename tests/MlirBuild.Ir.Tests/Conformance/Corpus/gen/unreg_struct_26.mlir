func.func @f(%x: i32) {
  %r:3 = "foo.op26"(%x, %x) <{p = 1 : i64}> ({
    "foo.inner0"() : () -> ()
    "foo.br"()[^bb1] : () -> ()
  ^bb1():
    "foo.inner1"() : () -> ()
    "foo.term"() : () -> ()
  }, {
  }) {b = "s", c = [1, 2]} : (i32, i32) -> (index, none, index)
  return
}
