func.func private @decl(%arg0: tensor<16xf4E2M1FN>) -> (tensor<16xf4E2M1FN>)
func.func @use(%a: tensor<16xf4E2M1FN>) -> (tensor<16xf4E2M1FN>) {
  %0 = "test.make"() {ty = tensor<16xf4E2M1FN>} : () -> (tensor<16xf4E2M1FN>)
  %1:2 = "test.pair"(%a, %0) : (tensor<16xf4E2M1FN>, tensor<16xf4E2M1FN>) -> (tensor<16xf4E2M1FN>, tensor<16xf4E2M1FN>)
  return %1#1 : tensor<16xf4E2M1FN>
}
