func.func @f(%a: f64, %b: f64) -> f64 {
  %r0 = arith.addf %a, %b : f64
  %r1 = arith.subf %a, %b : f64
  %r2 = arith.mulf %a, %b : f64
  %r3 = arith.divf %a, %b : f64
  %r4 = arith.remf %a, %b : f64
  %r5 = arith.maximumf %a, %b : f64
  %r6 = arith.minimumf %a, %b : f64
  %r7 = arith.maxnumf %a, %b : f64
  %r8 = arith.minnumf %a, %b : f64
  %m0 = arith.addf %a, %b fastmath<fast> : f64
  %m1 = arith.addf %a, %b fastmath<nnan> : f64
  %m2 = arith.addf %a, %b fastmath<contract> : f64
  %m3 = arith.addf %a, %b fastmath<nnan,ninf> : f64
  %m4 = arith.addf %a, %b fastmath<reassoc,nsz,arcp> : f64
  %m5 = arith.addf %a, %b fastmath<afn> : f64
  %n = arith.negf %a : f64
  %c0 = arith.cmpf false, %a, %b : f64
  %c1 = arith.cmpf oeq, %a, %b : f64
  %c2 = arith.cmpf ogt, %a, %b : f64
  %c3 = arith.cmpf oge, %a, %b : f64
  %c4 = arith.cmpf olt, %a, %b : f64
  %c5 = arith.cmpf ole, %a, %b : f64
  %c6 = arith.cmpf one, %a, %b : f64
  %c7 = arith.cmpf ord, %a, %b : f64
  %c8 = arith.cmpf ueq, %a, %b : f64
  %c9 = arith.cmpf ugt, %a, %b : f64
  %c10 = arith.cmpf uge, %a, %b : f64
  %c11 = arith.cmpf ult, %a, %b : f64
  %c12 = arith.cmpf ule, %a, %b : f64
  %c13 = arith.cmpf une, %a, %b : f64
  %c14 = arith.cmpf uno, %a, %b : f64
  %c15 = arith.cmpf true, %a, %b : f64
  %c16 = arith.cmpf olt, %a, %b fastmath<nnan> : f64
  return %n : f64
}
