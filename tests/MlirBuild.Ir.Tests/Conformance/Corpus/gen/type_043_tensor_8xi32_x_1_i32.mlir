func.func private @decl(%arg0: tensor<8xi32, {x = 1 : i32}>) -> (tensor<8xi32, {x = 1 : i32}>)
func.func @use(%a: tensor<8xi32, {x = 1 : i32}>) -> (tensor<8xi32, {x = 1 : i32}>) {
  %0 = "test.make"() {ty = tensor<8xi32, {x = 1 : i32}>} : () -> (tensor<8xi32, {x = 1 : i32}>)
  %1:2 = "test.pair"(%a, %0) : (tensor<8xi32, {x = 1 : i32}>, tensor<8xi32, {x = 1 : i32}>) -> (tensor<8xi32, {x = 1 : i32}>, tensor<8xi32, {x = 1 : i32}>)
  return %1#1 : tensor<8xi32, {x = 1 : i32}>
}
