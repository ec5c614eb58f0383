func.func private @decl(%arg0: memref<4xcomplex<f64>>) -> (memref<4xcomplex<f64>>)
func.func @use(%a: memref<4xcomplex<f64>>) -> (memref<4xcomplex<f64>>) {
  %0 = "test.make"() {ty = memref<4xcomplex<f64>>} : () -> (memref<4xcomplex<f64>>)
  %1:2 = "test.pair"(%a, %0) : (memref<4xcomplex<f64>>, memref<4xcomplex<f64>>) -> (memref<4xcomplex<f64>>, memref<4xcomplex<f64>>)
  return %1#1 : memref<4xcomplex<f64>>
}
