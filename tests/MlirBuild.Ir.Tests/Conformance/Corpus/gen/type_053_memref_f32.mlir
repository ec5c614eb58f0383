func.func private @decl(%arg0: memref<f32>) -> (memref<f32>)
func.func @use(%a: memref<f32>) -> (memref<f32>) {
  %0 = "test.make"() {ty = memref<f32>} : () -> (memref<f32>)
  %1:2 = "test.pair"(%a, %0) : (memref<f32>, memref<f32>) -> (memref<f32>, memref<f32>)
  return %1#1 : memref<f32>
}
