func.func private @decl(%arg0: memref<4xf32, 3>) -> (memref<4xf32, 3>)
func.func @use(%a: memref<4xf32, 3>) -> (memref<4xf32, 3>) {
  %0 = "test.make"() {ty = memref<4xf32, 3>} : () -> (memref<4xf32, 3>)
  %1:2 = "test.pair"(%a, %0) : (memref<4xf32, 3>, memref<4xf32, 3>) -> (memref<4xf32, 3>, memref<4xf32, 3>)
  return %1#1 : memref<4xf32, 3>
}
