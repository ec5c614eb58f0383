func.func private @decl(%arg0: tuple<tensor<2xf32>, memref<?xi8>>) -> (tuple<tensor<2xf32>, memref<?xi8>>)
func.func @use(%a: tuple<tensor<2xf32>, memref<?xi8>>) -> (tuple<tensor<2xf32>, memref<?xi8>>) {
  %0 = "test.make"() {ty = tuple<tensor<2xf32>, memref<?xi8>>} : () -> (tuple<tensor<2xf32>, memref<?xi8>>)
  %1:2 = "test.pair"(%a, %0) : (tuple<tensor<2xf32>, memref<?xi8>>, tuple<tensor<2xf32>, memref<?xi8>>) -> (tuple<tensor<2xf32>, memref<?xi8>>, tuple<tensor<2xf32>, memref<?xi8>>)
  return %1#1 : tuple<tensor<2xf32>, memref<?xi8>>
}
