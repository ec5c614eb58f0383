func.func private @decl(%arg0: bf16) -> (bf16)
func.func @use(%a: bf16) -> (bf16) {
  %0 = "test.make"() {ty = bf16} : () -> (bf16)
  %1:2 = "test.pair"(%a, %0) : (bf16, bf16) -> (bf16, bf16)
  return %1#1 : bf16
}
