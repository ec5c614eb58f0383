func.func private @decl(%arg0: f8E3M4) -> (f8E3M4)
func.func @use(%a: f8E3M4) -> (f8E3M4) {
  %0 = "test.make"() {ty = f8E3M4} : () -> (f8E3M4)
  %1:2 = "test.pair"(%a, %0) : (f8E3M4, f8E3M4) -> (f8E3M4, f8E3M4)
  return %1#1 : f8E3M4
}
