func.func @f(%a: tensor<2x?xf64>, %b: tensor<2x?xf64>) -> tensor<2x?xf64> {
  %r0 = arith.addf %a, %b : tensor<2x?xf64>
  %r1 = arith.subf %a, %b : tensor<2x?xf64>
  %r2 = arith.mulf %a, %b : tensor<2x?xf64>
  %r3 = arith.divf %a, %b : tensor<2x?xf64>
  %r4 = arith.remf %a, %b : tensor<2x?xf64>
  %r5 = arith.maximumf %a, %b : tensor<2x?xf64>
  %r6 = arith.minimumf %a, %b : tensor<2x?xf64>
  %r7 = arith.maxnumf %a, %b : tensor<2x?xf64>
  %r8 = arith.minnumf %a, %b : tensor<2x?xf64>
  %m0 = arith.addf %a, %b fastmath<fast> : tensor<2x?xf64>
  %m1 = arith.addf %a, %b fastmath<nnan> : tensor<2x?xf64>
  %m2 = arith.addf %a, %b fastmath<contract> : tensor<2x?xf64>
  %m3 = arith.addf %a, %b fastmath<nnan,ninf> : tensor<2x?xf64>
  %m4 = arith.addf %a, %b fastmath<reassoc,nsz,arcp> : tensor<2x?xf64>
  %m5 = arith.addf %a, %b fastmath<afn> : tensor<2x?xf64>
  %n = arith.negf %a : tensor<2x?xf64>
  %c0 = arith.cmpf false, %a, %b : tensor<2x?xf64>
  %c1 = arith.cmpf oeq, %a, %b : tensor<2x?xf64>
  %c2 = arith.cmpf ogt, %a, %b : tensor<2x?xf64>
  %c3 = arith.cmpf oge, %a, %b : tensor<2x?xf64>
  %c4 = arith.cmpf olt, %a, %b : tensor<2x?xf64>
  %c5 = arith.cmpf ole, %a, %b : tensor<2x?xf64>
  %c6 = arith.cmpf one, %a, %b : tensor<2x?xf64>
  %c7 = arith.cmpf ord, %a, %b : tensor<2x?xf64>
  %c8 = arith.cmpf ueq, %a, %b : tensor<2x?xf64>
  %c9 = arith.cmpf ugt, %a, %b : tensor<2x?xf64>
  %c10 = arith.cmpf uge, %a, %b : tensor<2x?xf64>
  %c11 = arith.cmpf ult, %a, %b : tensor<2x?xf64>
  %c12 = arith.cmpf ule, %a, %b : tensor<2x?xf64>
  %c13 = arith.cmpf une, %a, %b : tensor<2x?xf64>
  %c14 = arith.cmpf uno, %a, %b : tensor<2x?xf64>
  %c15 = arith.cmpf true, %a, %b : tensor<2x?xf64>
  %c16 = arith.cmpf olt, %a, %b fastmath<nnan> : tensor<2x?xf64>
  return %n : tensor<2x?xf64>
}
