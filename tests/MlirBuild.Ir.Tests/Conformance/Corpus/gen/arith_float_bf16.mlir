func.func @f(%a: bf16, %b: bf16) -> bf16 {
  %r0 = arith.addf %a, %b : bf16
  %r1 = arith.subf %a, %b : bf16
  %r2 = arith.mulf %a, %b : bf16
  %r3 = arith.divf %a, %b : bf16
  %r4 = arith.remf %a, %b : bf16
  %r5 = arith.maximumf %a, %b : bf16
  %r6 = arith.minimumf %a, %b : bf16
  %r7 = arith.maxnumf %a, %b : bf16
  %r8 = arith.minnumf %a, %b : bf16
  %m0 = arith.addf %a, %b fastmath<fast> : bf16
  %m1 = arith.addf %a, %b fastmath<nnan> : bf16
  %m2 = arith.addf %a, %b fastmath<contract> : bf16
  %m3 = arith.addf %a, %b fastmath<nnan,ninf> : bf16
  %m4 = arith.addf %a, %b fastmath<reassoc,nsz,arcp> : bf16
  %m5 = arith.addf %a, %b fastmath<afn> : bf16
  %n = arith.negf %a : bf16
  %c0 = arith.cmpf false, %a, %b : bf16
  %c1 = arith.cmpf oeq, %a, %b : bf16
  %c2 = arith.cmpf ogt, %a, %b : bf16
  %c3 = arith.cmpf oge, %a, %b : bf16
  %c4 = arith.cmpf olt, %a, %b : bf16
  %c5 = arith.cmpf ole, %a, %b : bf16
  %c6 = arith.cmpf one, %a, %b : bf16
  %c7 = arith.cmpf ord, %a, %b : bf16
  %c8 = arith.cmpf ueq, %a, %b : bf16
  %c9 = arith.cmpf ugt, %a, %b : bf16
  %c10 = arith.cmpf uge, %a, %b : bf16
  %c11 = arith.cmpf ult, %a, %b : bf16
  %c12 = arith.cmpf ule, %a, %b : bf16
  %c13 = arith.cmpf une, %a, %b : bf16
  %c14 = arith.cmpf uno, %a, %b : bf16
  %c15 = arith.cmpf true, %a, %b : bf16
  %c16 = arith.cmpf olt, %a, %b fastmath<nnan> : bf16
  return %n : bf16
}
