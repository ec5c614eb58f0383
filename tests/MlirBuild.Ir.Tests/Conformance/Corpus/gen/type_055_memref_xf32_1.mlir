func.func private @decl(%arg0: memref<*xf32, 1>) -> (memref<*xf32, 1>)
func.func @use(%a: memref<*xf32, 1>) -> (memref<*xf32, 1>) {
  %0 = "test.make"() {ty = memref<*xf32, 1>} : () -> (memref<*xf32, 1>)
  %1:2 = "test.pair"(%a, %0) : (memref<*xf32, 1>, memref<*xf32, 1>) -> (memref<*xf32, 1>, memref<*xf32, 1>)
  return %1#1 : memref<*xf32, 1>
}
