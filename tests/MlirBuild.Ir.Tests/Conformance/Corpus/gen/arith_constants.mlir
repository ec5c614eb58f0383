func.func @f() {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant -1 : i64
  %c2 = arith.constant true
  %c3 = arith.constant false
  %c4 = arith.constant 42 : index
  %c5 = arith.constant 1.5 : f32
  %c6 = arith.constant -0.0 : f64
  %c7 = arith.constant 0x7FC00000 : f32
  %c8 = arith.constant 1.0e-3 : f16
  %c9 = arith.constant 2.5 : bf16
  %c10 = arith.constant dense<1> : tensor<4xi32>
  %c11 = arith.constant dense<[1.0, 2.0]> : vector<2xf32>
  %c12 = arith.constant dense<0.0> : tensor<2x2xf64>
  %c13 = arith.constant 255 : i8
  %c14 = arith.constant dense<true> : tensor<3xi1>
  %c15 = arith.constant 0.0 : f8E4M3FN
  return
}
