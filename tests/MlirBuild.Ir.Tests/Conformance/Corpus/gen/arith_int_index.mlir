func.func @f(%a: index, %b: index) -> index {
  %r0 = arith.addi %a, %b : index
  %r1 = arith.subi %a, %b : index
  %r2 = arith.muli %a, %b : index
  %r3 = arith.divsi %a, %b : index
  %r4 = arith.divui %a, %b : index
  %r5 = arith.ceildivsi %a, %b : index
  %r6 = arith.ceildivui %a, %b : index
  %r7 = arith.floordivsi %a, %b : index
  %r8 = arith.remsi %a, %b : index
  %r9 = arith.remui %a, %b : index
  %r10 = arith.andi %a, %b : index
  %r11 = arith.ori %a, %b : index
  %r12 = arith.xori %a, %b : index
  %r13 = arith.shli %a, %b : index
  %r14 = arith.shrsi %a, %b : index
  %r15 = arith.shrui %a, %b : index
  %r16 = arith.maxsi %a, %b : index
  %r17 = arith.maxui %a, %b : index
  %r18 = arith.minsi %a, %b : index
  %r19 = arith.minui %a, %b : index
  %o0 = arith.addi %a, %b overflow<nsw> : index
  %o1 = arith.muli %a, %b overflow<nsw, nuw> : index
  %o2 = arith.subi %a, %b overflow<nuw> : index
  %c0 = arith.cmpi eq, %a, %b : index
  %c1 = arith.cmpi ne, %a, %b : index
  %c2 = arith.cmpi slt, %a, %b : index
  %c3 = arith.cmpi sle, %a, %b : index
  %c4 = arith.cmpi sgt, %a, %b : index
  %c5 = arith.cmpi sge, %a, %b : index
  %c6 = arith.cmpi ult, %a, %b : index
  %c7 = arith.cmpi ule, %a, %b : index
  %c8 = arith.cmpi ugt, %a, %b : index
  %c9 = arith.cmpi uge, %a, %b : index
  %s = arith.select %c0, %a, %b : index
  return %s : index
}
