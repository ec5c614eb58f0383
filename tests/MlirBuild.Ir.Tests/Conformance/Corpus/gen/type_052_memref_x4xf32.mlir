func.func private @decl(%arg0: memref<?x4xf32>) -> (memref<?x4xf32>)
func.func @use(%a: memref<?x4xf32>) -> (memref<?x4xf32>) {
  %0 = "test.make"() {ty = memref<?x4xf32>} : () -> (memref<?x4xf32>)
  %1:2 = "test.pair"(%a, %0) : (memref<?x4xf32>, memref<?x4xf32>) -> (memref<?x4xf32>, memref<?x4xf32>)
  return %1#1 : memref<?x4xf32>
}
