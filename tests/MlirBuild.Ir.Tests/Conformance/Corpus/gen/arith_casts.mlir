func.func @f(%a0: i8, %a1: i16, %a2: i64, %a3: i32, %a4: i64, %a5: f32, %a6: f64, %a7: f16, %a8: f64, %a9: index, %a10: i64, %a11: f32, %a12: vector<2xi32>, %a13: vector<4xi8>, %a14: tensor<?xbf16>, %a15: f8E4M3FN, %a16: f32) {
  %r0 = arith.extsi %a0 : i8 to i32
  %r1 = arith.extui %a1 : i16 to i64
  %r2 = arith.trunci %a2 : i64 to i8
  %r3 = arith.sitofp %a3 : i32 to f32
  %r4 = arith.uitofp %a4 : i64 to f64
  %r5 = arith.fptosi %a5 : f32 to i32
  %r6 = arith.fptoui %a6 : f64 to i16
  %r7 = arith.extf %a7 : f16 to f32
  %r8 = arith.truncf %a8 : f64 to bf16
  %r9 = arith.index_cast %a9 : index to i32
  %r10 = arith.index_castui %a10 : i64 to index
  %r11 = arith.bitcast %a11 : f32 to i32
  %r12 = arith.bitcast %a12 : vector<2xi32> to vector<2xf32>
  %r13 = arith.extsi %a13 : vector<4xi8> to vector<4xi64>
  %r14 = arith.extf %a14 : tensor<?xbf16> to tensor<?xf64>
  %r15 = arith.extf %a15 : f8E4M3FN to f32
  %r16 = arith.truncf %a16 : f32 to f8E5M2
  return
}
