func.func private @decl(%arg0: memref<4x?xf32, strided<[?, ?], offset: 5>>) -> (memref<4x?xf32, strided<[?, ?], offset: 5>>)
func.func @use(%a: memref<4x?xf32, strided<[?, ?], offset: 5>>) -> (memref<4x?xf32, strided<[?, ?], offset: 5>>) {
  %0 = "test.make"() {ty = memref<4x?xf32, strided<[?, ?], offset: 5>>} : () -> (memref<4x?xf32, strided<[?, ?], offset: 5>>)
  %1:2 = "test.pair"(%a, %0) : (memref<4x?xf32, strided<[?, ?], offset: 5>>, memref<4x?xf32, strided<[?, ?], offset: 5>>) -> (memref<4x?xf32, strided<[?, ?], offset: 5>>, memref<4x?xf32, strided<[?, ?], offset: 5>>)
  return %1#1 : memref<4x?xf32, strided<[?, ?], offset: 5>>
}
