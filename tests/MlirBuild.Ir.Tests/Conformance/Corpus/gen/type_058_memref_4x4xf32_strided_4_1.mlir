func.func private @decl(%arg0: memref<4x4xf32, strided<[4, 1]>>) -> (memref<4x4xf32, strided<[4, 1]>>)
func.func @use(%a: memref<4x4xf32, strided<[4, 1]>>) -> (memref<4x4xf32, strided<[4, 1]>>) {
  %0 = "test.make"() {ty = memref<4x4xf32, strided<[4, 1]>>} : () -> (memref<4x4xf32, strided<[4, 1]>>)
  %1:2 = "test.pair"(%a, %0) : (memref<4x4xf32, strided<[4, 1]>>, memref<4x4xf32, strided<[4, 1]>>) -> (memref<4x4xf32, strided<[4, 1]>>, memref<4x4xf32, strided<[4, 1]>>)
  return %1#1 : memref<4x4xf32, strided<[4, 1]>>
}
