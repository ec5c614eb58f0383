func.func private @decl(%arg0: f8E4M3FN) -> (f8E4M3FN)
func.func @use(%a: f8E4M3FN) -> (f8E4M3FN) {
  %0 = "test.make"() {ty = f8E4M3FN} : () -> (f8E4M3FN)
  %1:2 = "test.pair"(%a, %0) : (f8E4M3FN, f8E4M3FN) -> (f8E4M3FN, f8E4M3FN)
  return %1#1 : f8E4M3FN
}
