func.func @f(%a: tensor<?x4xi8>, %b: tensor<?x4xi8>) -> tensor<?x4xi8> {
  %r0 = arith.addi %a, %b : tensor<?x4xi8>
  %r1 = arith.subi %a, %b : tensor<?x4xi8>
  %r2 = arith.muli %a, %b : tensor<?x4xi8>
  %r3 = arith.divsi %a, %b : tensor<?x4xi8>
  %r4 = arith.divui %a, %b : tensor<?x4xi8>
  %r5 = arith.ceildivsi %a, %b : tensor<?x4xi8>
  %r6 = arith.ceildivui %a, %b : tensor<?x4xi8>
  %r7 = arith.floordivsi %a, %b : tensor<?x4xi8>
  %r8 = arith.remsi %a, %b : tensor<?x4xi8>
  %r9 = arith.remui %a, %b : tensor<?x4xi8>
  %r10 = arith.andi %a, %b : tensor<?x4xi8>
  %r11 = arith.ori %a, %b : tensor<?x4xi8>
  %r12 = arith.xori %a, %b : tensor<?x4xi8>
  %r13 = arith.shli %a, %b : tensor<?x4xi8>
  %r14 = arith.shrsi %a, %b : tensor<?x4xi8>
  %r15 = arith.shrui %a, %b : tensor<?x4xi8>
  %r16 = arith.maxsi %a, %b : tensor<?x4xi8>
  %r17 = arith.maxui %a, %b : tensor<?x4xi8>
  %r18 = arith.minsi %a, %b : tensor<?x4xi8>
  %r19 = arith.minui %a, %b : tensor<?x4xi8>
  %o0 = arith.addi %a, %b overflow<nsw> : tensor<?x4xi8>
  %o1 = arith.muli %a, %b overflow<nsw, nuw> : tensor<?x4xi8>
  %o2 = arith.subi %a, %b overflow<nuw> : tensor<?x4xi8>
  %c0 = arith.cmpi eq, %a, %b : tensor<?x4xi8>
  %c1 = arith.cmpi ne, %a, %b : tensor<?x4xi8>
  %c2 = arith.cmpi slt, %a, %b : tensor<?x4xi8>
  %c3 = arith.cmpi sle, %a, %b : tensor<?x4xi8>
  %c4 = arith.cmpi sgt, %a, %b : tensor<?x4xi8>
  %c5 = arith.cmpi sge, %a, %b : tensor<?x4xi8>
  %c6 = arith.cmpi ult, %a, %b : tensor<?x4xi8>
  %c7 = arith.cmpi ule, %a, %b : tensor<?x4xi8>
  %c8 = arith.cmpi ugt, %a, %b : tensor<?x4xi8>
  %c9 = arith.cmpi uge, %a, %b : tensor<?x4xi8>
  %s = arith.select %c0, %a, %b : tensor<?x4xi1>, tensor<?x4xi8>
  return %s : tensor<?x4xi8>
}
