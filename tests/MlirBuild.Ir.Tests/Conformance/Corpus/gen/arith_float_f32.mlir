func.func @f(%a: f32, %b: f32) -> f32 {
  %r0 = arith.addf %a, %b : f32
  %r1 = arith.subf %a, %b : f32
  %r2 = arith.mulf %a, %b : f32
  %r3 = arith.divf %a, %b : f32
  %r4 = arith.remf %a, %b : f32
  %r5 = arith.maximumf %a, %b : f32
  %r6 = arith.minimumf %a, %b : f32
  %r7 = arith.maxnumf %a, %b : f32
  %r8 = arith.minnumf %a, %b : f32
  %m0 = arith.addf %a, %b fastmath<fast> : f32
  %m1 = arith.addf %a, %b fastmath<nnan> : f32
  %m2 = arith.addf %a, %b fastmath<contract> : f32
  %m3 = arith.addf %a, %b fastmath<nnan,ninf> : f32
  %m4 = arith.addf %a, %b fastmath<reassoc,nsz,arcp> : f32
  %m5 = arith.addf %a, %b fastmath<afn> : f32
  %n = arith.negf %a : f32
  %c0 = arith.cmpf false, %a, %b : f32
  %c1 = arith.cmpf oeq, %a, %b : f32
  %c2 = arith.cmpf ogt, %a, %b : f32
  %c3 = arith.cmpf oge, %a, %b : f32
  %c4 = arith.cmpf olt, %a, %b : f32
  %c5 = arith.cmpf ole, %a, %b : f32
  %c6 = arith.cmpf one, %a, %b : f32
  %c7 = arith.cmpf ord, %a, %b : f32
  %c8 = arith.cmpf ueq, %a, %b : f32
  %c9 = arith.cmpf ugt, %a, %b : f32
  %c10 = arith.cmpf uge, %a, %b : f32
  %c11 = arith.cmpf ult, %a, %b : f32
  %c12 = arith.cmpf ule, %a, %b : f32
  %c13 = arith.cmpf une, %a, %b : f32
  %c14 = arith.cmpf uno, %a, %b : f32
  %c15 = arith.cmpf true, %a, %b : f32
  %c16 = arith.cmpf olt, %a, %b fastmath<nnan> : f32
  return %n : f32
}
