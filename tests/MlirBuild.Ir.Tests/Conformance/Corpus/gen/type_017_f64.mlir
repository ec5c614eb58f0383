func.func private @decl(%arg0: f64) -> (f64)
func.func @use(%a: f64) -> (f64) {
  %0 = "test.make"() {ty = f64} : () -> (f64)
  %1:2 = "test.pair"(%a, %0) : (f64, f64) -> (f64, f64)
  return %1#1 : f64
}
