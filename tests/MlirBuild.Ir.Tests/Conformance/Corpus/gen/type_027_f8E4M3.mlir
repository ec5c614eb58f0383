func.func private @decl(%arg0: f8E4M3) -> (f8E4M3)
func.func @use(%a: f8E4M3) -> (f8E4M3) {
  %0 = "test.make"() {ty = f8E4M3} : () -> (f8E4M3)
  %1:2 = "test.pair"(%a, %0) : (f8E4M3, f8E4M3) -> (f8E4M3, f8E4M3)
  return %1#1 : f8E4M3
}
