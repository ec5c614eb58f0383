func.func private @decl(%arg0: !foo<"opaque body">) -> (!foo<"opaque body">)
func.func @use(%a: !foo<"opaque body">) -> (!foo<"opaque body">) {
  %0 = "test.make"() {ty = !foo<"opaque body">} : () -> (!foo<"opaque body">)
  %1:2 = "test.pair"(%a, %0) : (!foo<"opaque body">, !foo<"opaque body">) -> (!foo<"opaque body">, !foo<"opaque body">)
  return %1#1 : !foo<"opaque body">
}
