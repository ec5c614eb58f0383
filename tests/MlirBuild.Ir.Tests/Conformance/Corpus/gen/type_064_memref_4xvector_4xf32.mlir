func.func private @decl(%arg0: memref<4xvector<4xf32>>) -> (memref<4xvector<4xf32>>)
func.func @use(%a: memref<4xvector<4xf32>>) -> (memref<4xvector<4xf32>>) {
  %0 = "test.make"() {ty = memref<4xvector<4xf32>>} : () -> (memref<4xvector<4xf32>>)
  %1:2 = "test.pair"(%a, %0) : (memref<4xvector<4xf32>>, memref<4xvector<4xf32>>) -> (memref<4xvector<4xf32>>, memref<4xvector<4xf32>>)
  return %1#1 : memref<4xvector<4xf32>>
}
