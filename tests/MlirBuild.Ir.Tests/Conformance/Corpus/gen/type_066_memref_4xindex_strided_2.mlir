func.func private @decl(%arg0: memref<4xindex, strided<[2]>>) -> (memref<4xindex, strided<[2]>>)
func.func @use(%a: memref<4xindex, strided<[2]>>) -> (memref<4xindex, strided<[2]>>) {
  %0 = "test.make"() {ty = memref<4xindex, strided<[2]>>} : () -> (memref<4xindex, strided<[2]>>)
  %1:2 = "test.pair"(%a, %0) : (memref<4xindex, strided<[2]>>, memref<4xindex, strided<[2]>>) -> (memref<4xindex, strided<[2]>>, memref<4xindex, strided<[2]>>)
  return %1#1 : memref<4xindex, strided<[2]>>
}
