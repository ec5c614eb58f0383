func.func @f(%a: f16, %b: f16) -> f16 {
  %r0 = arith.addf %a, %b : f16
  %r1 = arith.subf %a, %b : f16
  %r2 = arith.mulf %a, %b : f16
  %r3 = arith.divf %a, %b : f16
  %r4 = arith.remf %a, %b : f16
  %r5 = arith.maximumf %a, %b : f16
  %r6 = arith.minimumf %a, %b : f16
  %r7 = arith.maxnumf %a, %b : f16
  %r8 = arith.minnumf %a, %b : f16
  %m0 = arith.addf %a, %b fastmath<fast> : f16
  %m1 = arith.addf %a, %b fastmath<nnan> : f16
  %m2 = arith.addf %a, %b fastmath<contract> : f16
  %m3 = arith.addf %a, %b fastmath<nnan,ninf> : f16
  %m4 = arith.addf %a, %b fastmath<reassoc,nsz,arcp> : f16
  %m5 = arith.addf %a, %b fastmath<afn> : f16
  %n = arith.negf %a : f16
  %c0 = arith.cmpf false, %a, %b : f16
  %c1 = arith.cmpf oeq, %a, %b : f16
  %c2 = arith.cmpf ogt, %a, %b : f16
  %c3 = arith.cmpf oge, %a, %b : f16
  %c4 = arith.cmpf olt, %a, %b : f16
  %c5 = arith.cmpf ole, %a, %b : f16
  %c6 = arith.cmpf one, %a, %b : f16
  %c7 = arith.cmpf ord, %a, %b : f16
  %c8 = arith.cmpf ueq, %a, %b : f16
  %c9 = arith.cmpf ugt, %a, %b : f16
  %c10 = arith.cmpf uge, %a, %b : f16
  %c11 = arith.cmpf ult, %a, %b : f16
  %c12 = arith.cmpf ule, %a, %b : f16
  %c13 = arith.cmpf une, %a, %b : f16
  %c14 = arith.cmpf uno, %a, %b : f16
  %c15 = arith.cmpf true, %a, %b : f16
  %c16 = arith.cmpf olt, %a, %b fastmath<nnan> : f16
  return %n : f16
}
