func.func private @decl(%arg0: complex<i32>) -> (complex<i32>)
func.func @use(%a: complex<i32>) -> (complex<i32>) {
  %0 = "test.make"() {ty = complex<i32>} : () -> (complex<i32>)
  %1:2 = "test.pair"(%a, %0) : (complex<i32>, complex<i32>) -> (complex<i32>, complex<i32>)
  return %1#1 : complex<i32>
}
