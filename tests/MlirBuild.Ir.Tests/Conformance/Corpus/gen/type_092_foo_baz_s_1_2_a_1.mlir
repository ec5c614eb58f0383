func.func private @decl(%arg0: !foo.baz<"s", [1, 2], {a = 1}>) -> (!foo.baz<"s", [1, 2], {a = 1}>)
func.func @use(%a: !foo.baz<"s", [1, 2], {a = 1}>) -> (!foo.baz<"s", [1, 2], {a = 1}>) {
  %0 = "test.make"() {ty = !foo.baz<"s", [1, 2], {a = 1}>} : () -> (!foo.baz<"s", [1, 2], {a = 1}>)
  %1:2 = "test.pair"(%a, %0) : (!foo.baz<"s", [1, 2], {a = 1}>, !foo.baz<"s", [1, 2], {a = 1}>) -> (!foo.baz<"s", [1, 2], {a = 1}>, !foo.baz<"s", [1, 2], {a = 1}>)
  return %1#1 : !foo.baz<"s", [1, 2], {a = 1}>
}
