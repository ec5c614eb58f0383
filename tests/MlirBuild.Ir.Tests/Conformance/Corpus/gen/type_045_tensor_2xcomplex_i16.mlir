func.func private @decl(%arg0: tensor<2xcomplex<i16>>) -> (tensor<2xcomplex<i16>>)
func.func @use(%a: tensor<2xcomplex<i16>>) -> (tensor<2xcomplex<i16>>) {
  %0 = "test.make"() {ty = tensor<2xcomplex<i16>>} : () -> (tensor<2xcomplex<i16>>)
  %1:2 = "test.pair"(%a, %0) : (tensor<2xcomplex<i16>>, tensor<2xcomplex<i16>>) -> (tensor<2xcomplex<i16>>, tensor<2xcomplex<i16>>)
  return %1#1 : tensor<2xcomplex<i16>>
}
