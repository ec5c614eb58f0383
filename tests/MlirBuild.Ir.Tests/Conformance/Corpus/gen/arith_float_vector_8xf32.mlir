func.func @f(%a: vector<8xf32>, %b: vector<8xf32>) -> vector<8xf32> {
  %r0 = arith.addf %a, %b : vector<8xf32>
  %r1 = arith.subf %a, %b : vector<8xf32>
  %r2 = arith.mulf %a, %b : vector<8xf32>
  %r3 = arith.divf %a, %b : vector<8xf32>
  %r4 = arith.remf %a, %b : vector<8xf32>
  %r5 = arith.maximumf %a, %b : vector<8xf32>
  %r6 = arith.minimumf %a, %b : vector<8xf32>
  %r7 = arith.maxnumf %a, %b : vector<8xf32>
  %r8 = arith.minnumf %a, %b : vector<8xf32>
  %m0 = arith.addf %a, %b fastmath<fast> : vector<8xf32>
  %m1 = arith.addf %a, %b fastmath<nnan> : vector<8xf32>
  %m2 = arith.addf %a, %b fastmath<contract> : vector<8xf32>
  %m3 = arith.addf %a, %b fastmath<nnan,ninf> : vector<8xf32>
  %m4 = arith.addf %a, %b fastmath<reassoc,nsz,arcp> : vector<8xf32>
  %m5 = arith.addf %a, %b fastmath<afn> : vector<8xf32>
  %n = arith.negf %a : vector<8xf32>
  %c0 = arith.cmpf false, %a, %b : vector<8xf32>
  %c1 = arith.cmpf oeq, %a, %b : vector<8xf32>
  %c2 = arith.cmpf ogt, %a, %b : vector<8xf32>
  %c3 = arith.cmpf oge, %a, %b : vector<8xf32>
  %c4 = arith.cmpf olt, %a, %b : vector<8xf32>
  %c5 = arith.cmpf ole, %a, %b : vector<8xf32>
  %c6 = arith.cmpf one, %a, %b : vector<8xf32>
  %c7 = arith.cmpf ord, %a, %b : vector<8xf32>
  %c8 = arith.cmpf ueq, %a, %b : vector<8xf32>
  %c9 = arith.cmpf ugt, %a, %b : vector<8xf32>
  %c10 = arith.cmpf uge, %a, %b : vector<8xf32>
  %c11 = arith.cmpf ult, %a, %b : vector<8xf32>
  %c12 = arith.cmpf ule, %a, %b : vector<8xf32>
  %c13 = arith.cmpf une, %a, %b : vector<8xf32>
  %c14 = arith.cmpf uno, %a, %b : vector<8xf32>
  %c15 = arith.cmpf true, %a, %b : vector<8xf32>
  %c16 = arith.cmpf olt, %a, %b fastmath<nnan> : vector<8xf32>
  return %n : vector<8xf32>
}
