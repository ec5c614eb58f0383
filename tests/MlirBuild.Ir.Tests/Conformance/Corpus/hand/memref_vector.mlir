// memref and vector ops (beyond the required dialects, to widen type coverage).
func.func @memrefs(%n: index) -> memref<?xf32> {
  %a = memref.alloc(%n) : memref<?xf32>
  %b = memref.alloca() : memref<4x4xf32, 3>
  %c = memref.alloc() {alignment = 64 : i64} : memref<8xf32, strided<[1], offset: 0>>
  %d = memref.cast %a : memref<?xf32> to memref<*xf32>
  %sv = memref.subview %b[0, 1] [2, 2] [1, 1] : memref<4x4xf32, 3> to memref<2x2xf32, strided<[4, 1], offset: 1>, 3>
  memref.dealloc %c : memref<8xf32, strided<[1], offset: 0>>
  return %a : memref<?xf32>
}

// -----

func.func @vectors(%v: vector<4xf32>, %s: vector<[4]xf32>, %m: memref<?xf32>, %i: index) -> vector<4xf32> {
  %0 = vector.broadcast %i : index to vector<4xindex>
  %1 = vector.extract %v[1] : f32 from vector<4xf32>
  %2 = vector.broadcast %1 : f32 to vector<4xf32>
  %3 = vector.reduction <add>, %v : vector<4xf32> into f32
  %4 = vector.load %m[%i] : memref<?xf32>, vector<4xf32>
  %5 = vector.fma %v, %v, %2 : vector<4xf32>
  %6 = arith.addf %s, %s : vector<[4]xf32>
  %7 = vector.shuffle %v, %v [0, 4, 1, 5] : vector<4xf32>, vector<4xf32>
  return %5 : vector<4xf32>
}

// -----

func.func @global_memref() -> memref<2xi32> {
  %0 = memref.get_global @g : memref<2xi32>
  return %0 : memref<2xi32>
}
memref.global "private" constant @g : memref<2xi32> = dense<[1, 2]>
memref.global @h : memref<4xf32> = uninitialized
