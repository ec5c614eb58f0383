func.func private @decl(%arg0: memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>) -> (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>)
func.func @use(%a: memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>) -> (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>) {
  %0 = "test.make"() {ty = memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>} : () -> (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>)
  %1:2 = "test.pair"(%a, %0) : (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>) -> (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>)
  return %1#1 : memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>
}
