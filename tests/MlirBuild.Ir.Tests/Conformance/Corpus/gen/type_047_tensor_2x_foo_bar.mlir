func.func private @decl(%arg0: tensor<2x!foo.bar>) -> (tensor<2x!foo.bar>)
func.func @use(%a: tensor<2x!foo.bar>) -> (tensor<2x!foo.bar>) {
  %0 = "test.make"() {ty = tensor<2x!foo.bar>} : () -> (tensor<2x!foo.bar>)
  %1:2 = "test.pair"(%a, %0) : (tensor<2x!foo.bar>, tensor<2x!foo.bar>) -> (tensor<2x!foo.bar>, tensor<2x!foo.bar>)
  return %1#1 : tensor<2x!foo.bar>
}
