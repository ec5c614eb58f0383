func.func private @decl(%arg0: complex<f32>) -> (complex<f32>)
func.func @use(%a: complex<f32>) -> (complex<f32>) {
  %0 = "test.make"() {ty = complex<f32>} : () -> (complex<f32>)
  %1:2 = "test.pair"(%a, %0) : (complex<f32>, complex<f32>) -> (complex<f32>, complex<f32>)
  return %1#1 : complex<f32>
}
