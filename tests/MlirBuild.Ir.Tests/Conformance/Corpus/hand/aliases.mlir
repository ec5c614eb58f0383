// Type and attribute aliases, and alias printing of repeated attributes.
!f = f32
!t = tensor<4x!f>
!big = tensor<1x2x3x4x5x6x7x8xf32>
#m = affine_map<(d0, d1) -> (d1, d0)>
#a = [1, 2, 3]
#d = {k = "v"}
func.func @f(%a: !t, %b: !big) -> !t attributes {x = #a, y = #d, z = #m} {
  %0 = "foo.op"(%a) {m = #m, n = #m} : (!t) -> !t
  return %0 : !t
}

// -----

#map0 = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0) -> (d0 + 1)>
#set0 = affine_set<(d0) : (d0 >= 0)>
"foo.maps"() {a = #map0, b = #map1, c = #set0, d = [#map0, #map1, #map0]} : () -> ()
"foo.maps2"() {a = affine_map<(d0)[s0] -> (d0 * s0)>} : () -> ()

// -----

"foo.types"() : () -> (tensor<1x2x3x4x5x6x7x8x9x10xf32>, tensor<1x2x3x4x5x6x7x8x9x10xf32>, memref<?x?x?x?x?x?xf32, strided<[?, ?, ?, ?, ?, 1], offset: ?>>)

// -----

"foo.long_attr"() {a = "a very long string attribute value that is repeated", b = "a very long string attribute value that is repeated"} : () -> ()
"foo.strides"() {s = strided<[4, 1]>, t = strided<[?, 1], offset: 3>} : () -> ()
"foo.dense_alias"() {a = dense<[1, 2, 3]> : tensor<3xi32>, b = dense<[1, 2, 3]> : tensor<3xi32>} : () -> ()

// -----

#loc0 = loc("alias.py":10:5)
#loc1 = loc(callsite(#loc0 at "main.py":1:1))
"foo.a"() : () -> () loc(#loc1)
"foo.b"() : () -> () loc(#loc1)
"foo.c"() : () -> () loc(#loc0)
