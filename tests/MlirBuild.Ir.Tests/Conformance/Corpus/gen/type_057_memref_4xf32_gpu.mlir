func.func private @decl(%arg0: memref<4xf32, "gpu">) -> (memref<4xf32, "gpu">)
func.func @use(%a: memref<4xf32, "gpu">) -> (memref<4xf32, "gpu">) {
  %0 = "test.make"() {ty = memref<4xf32, "gpu">} : () -> (memref<4xf32, "gpu">)
  %1:2 = "test.pair"(%a, %0) : (memref<4xf32, "gpu">, memref<4xf32, "gpu">) -> (memref<4xf32, "gpu">, memref<4xf32, "gpu">)
  return %1#1 : memref<4xf32, "gpu">
}
