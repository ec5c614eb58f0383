func.func private @decl(%arg0: memref<4x4xf32, strided<[?, 1], offset: ?>>) -> (memref<4x4xf32, strided<[?, 1], offset: ?>>)
func.func @use(%a: memref<4x4xf32, strided<[?, 1], offset: ?>>) -> (memref<4x4xf32, strided<[?, 1], offset: ?>>) {
  %0 = "test.make"() {ty = memref<4x4xf32, strided<[?, 1], offset: ?>>} : () -> (memref<4x4xf32, strided<[?, 1], offset: ?>>)
  %1:2 = "test.pair"(%a, %0) : (memref<4x4xf32, strided<[?, 1], offset: ?>>, memref<4x4xf32, strided<[?, 1], offset: ?>>) -> (memref<4x4xf32, strided<[?, 1], offset: ?>>, memref<4x4xf32, strided<[?, 1], offset: ?>>)
  return %1#1 : memref<4x4xf32, strided<[?, 1], offset: ?>>
}
