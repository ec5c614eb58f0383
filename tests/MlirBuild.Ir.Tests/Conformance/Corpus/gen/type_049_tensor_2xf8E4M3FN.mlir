func.func private @decl(%arg0: tensor<2xf8E4M3FN>) -> (tensor<2xf8E4M3FN>)
func.func @use(%a: tensor<2xf8E4M3FN>) -> (tensor<2xf8E4M3FN>) {
  %0 = "test.make"() {ty = tensor<2xf8E4M3FN>} : () -> (tensor<2xf8E4M3FN>)
  %1:2 = "test.pair"(%a, %0) : (tensor<2xf8E4M3FN>, tensor<2xf8E4M3FN>) -> (tensor<2xf8E4M3FN>, tensor<2xf8E4M3FN>)
  return %1#1 : tensor<2xf8E4M3FN>
}
