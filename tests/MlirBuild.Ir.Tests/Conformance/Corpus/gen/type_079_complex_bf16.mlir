func.func private @decl(%arg0: complex<bf16>) -> (complex<bf16>)
func.func @use(%a: complex<bf16>) -> (complex<bf16>) {
  %0 = "test.make"() {ty = complex<bf16>} : () -> (complex<bf16>)
  %1:2 = "test.pair"(%a, %0) : (complex<bf16>, complex<bf16>) -> (complex<bf16>, complex<bf16>)
  return %1#1 : complex<bf16>
}
