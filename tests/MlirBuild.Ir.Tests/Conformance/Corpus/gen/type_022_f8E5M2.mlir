func.func private @decl(%arg0: f8E5M2) -> (f8E5M2)
func.func @use(%a: f8E5M2) -> (f8E5M2) {
  %0 = "test.make"() {ty = f8E5M2} : () -> (f8E5M2)
  %1:2 = "test.pair"(%a, %0) : (f8E5M2, f8E5M2) -> (f8E5M2, f8E5M2)
  return %1#1 : f8E5M2
}
