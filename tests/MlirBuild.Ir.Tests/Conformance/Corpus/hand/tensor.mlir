// tensor dialect.
func.func @empty_and_dim(%d: index, %t: tensor<?x4xf32>) -> index {
  %e = tensor.empty(%d) : tensor<?x8xf32>
  %c0 = arith.constant 0 : index
  %n = tensor.dim %t, %c0 : tensor<?x4xf32>
  %r = tensor.rank %t : tensor<?x4xf32>
  return %n : index
}

// -----

func.func @extract_insert(%t: tensor<4x4xf32>, %i: index, %v: f32) -> tensor<4x4xf32> {
  %x = tensor.extract %t[%i, %i] : tensor<4x4xf32>
  %y = arith.addf %x, %v : f32
  %r = tensor.insert %y into %t[%i, %i] : tensor<4x4xf32>
  return %r : tensor<4x4xf32>
}

// -----

func.func @slices(%t: tensor<8x16xf32>, %o: index, %s: tensor<2x4xf32>) -> tensor<8x16xf32> {
  %a = tensor.extract_slice %t[0, %o] [2, 4] [1, 2] : tensor<8x16xf32> to tensor<2x4xf32>
  %b = tensor.extract_slice %t[%o, 0] [1, 16] [1, 1] : tensor<8x16xf32> to tensor<16xf32>
  %c = tensor.insert_slice %s into %t[1, 2] [2, 4] [1, 1] : tensor<2x4xf32> into tensor<8x16xf32>
  return %c : tensor<8x16xf32>
}

// -----

func.func @casts(%t: tensor<4xf32>) -> tensor<*xf32> {
  %a = tensor.cast %t : tensor<4xf32> to tensor<?xf32>
  %b = tensor.cast %a : tensor<?xf32> to tensor<*xf32>
  return %b : tensor<*xf32>
}

// -----

func.func @reshapes(%t: tensor<2x3x4xf32>) -> tensor<6x4xf32> {
  %a = tensor.collapse_shape %t [[0, 1], [2]] : tensor<2x3x4xf32> into tensor<6x4xf32>
  %b = tensor.expand_shape %a [[0, 1], [2]] output_shape [2, 3, 4] : tensor<6x4xf32> into tensor<2x3x4xf32>
  return %a : tensor<6x4xf32>
}

// -----

func.func @from_elements_generate(%a: f32, %b: f32, %n: index) -> tensor<?xf32> {
  %t = tensor.from_elements %a, %b : tensor<2xf32>
  %s = tensor.splat %a : tensor<4x4xf32>
  %g = tensor.generate %n {
  ^bb0(%i: index):
    tensor.yield %a : f32
  } : tensor<?xf32>
  return %g : tensor<?xf32>
}

// -----

func.func @pad(%t: tensor<4x4xf32>, %p: f32) -> tensor<6x8xf32> {
  %r = tensor.pad %t low[1, 2] high[1, 2] {
  ^bb0(%i: index, %j: index):
    tensor.yield %p : f32
  } : tensor<4x4xf32> to tensor<6x8xf32>
  return %r : tensor<6x8xf32>
}

// -----

func.func @concat_bitcast(%a: tensor<2xi32>, %b: tensor<3xi32>) -> tensor<5xi32> {
  %c = tensor.concat dim(0) %a, %b : (tensor<2xi32>, tensor<3xi32>) -> tensor<5xi32>
  %d = tensor.bitcast %c : tensor<5xi32> to tensor<5xf32>
  return %c : tensor<5xi32>
}

// -----

func.func @encoded(%t: tensor<4x?xf32, #foo.layout<"csr">>) -> tensor<4x?xf32, #foo.layout<"csr">> {
  return %t : tensor<4x?xf32, #foo.layout<"csr">>
}
