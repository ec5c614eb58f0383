func.func private @decl(%arg0: f16) -> (f16)
func.func @use(%a: f16) -> (f16) {
  %0 = "test.make"() {ty = f16} : () -> (f16)
  %1:2 = "test.pair"(%a, %0) : (f16, f16) -> (f16, f16)
  return %1#1 : f16
}
