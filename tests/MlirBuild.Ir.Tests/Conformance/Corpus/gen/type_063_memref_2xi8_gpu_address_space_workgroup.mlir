func.func private @decl(%arg0: memref<2xi8, #gpu.address_space<workgroup>>) -> (memref<2xi8, #gpu.address_space<workgroup>>)
func.func @use(%a: memref<2xi8, #gpu.address_space<workgroup>>) -> (memref<2xi8, #gpu.address_space<workgroup>>) {
  %0 = "test.make"() {ty = memref<2xi8, #gpu.address_space<workgroup>>} : () -> (memref<2xi8, #gpu.address_space<workgroup>>)
  %1:2 = "test.pair"(%a, %0) : (memref<2xi8, #gpu.address_space<workgroup>>, memref<2xi8, #gpu.address_space<workgroup>>) -> (memref<2xi8, #gpu.address_space<workgroup>>, memref<2xi8, #gpu.address_space<workgroup>>)
  return %1#1 : memref<2xi8, #gpu.address_space<workgroup>>
}
