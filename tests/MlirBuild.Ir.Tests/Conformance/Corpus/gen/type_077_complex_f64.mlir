func.func private @decl(%arg0: complex<f64>) -> (complex<f64>)
func.func @use(%a: complex<f64>) -> (complex<f64>) {
  %0 = "test.make"() {ty = complex<f64>} : () -> (complex<f64>)
  %1:2 = "test.pair"(%a, %0) : (complex<f64>, complex<f64>) -> (complex<f64>, complex<f64>)
  return %1#1 : complex<f64>
}
