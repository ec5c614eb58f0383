func.func @f(%a: i64, %b: i64) -> i64 {
  %r0 = arith.addi %a, %b : i64
  %r1 = arith.subi %a, %b : i64
  %r2 = arith.muli %a, %b : i64
  %r3 = arith.divsi %a, %b : i64
  %r4 = arith.divui %a, %b : i64
  %r5 = arith.ceildivsi %a, %b : i64
  %r6 = arith.ceildivui %a, %b : i64
  %r7 = arith.floordivsi %a, %b : i64
  %r8 = arith.remsi %a, %b : i64
  %r9 = arith.remui %a, %b : i64
  %r10 = arith.andi %a, %b : i64
  %r11 = arith.ori %a, %b : i64
  %r12 = arith.xori %a, %b : i64
  %r13 = arith.shli %a, %b : i64
  %r14 = arith.shrsi %a, %b : i64
  %r15 = arith.shrui %a, %b : i64
  %r16 = arith.maxsi %a, %b : i64
  %r17 = arith.maxui %a, %b : i64
  %r18 = arith.minsi %a, %b : i64
  %r19 = arith.minui %a, %b : i64
  %o0 = arith.addi %a, %b overflow<nsw> : i64
  %o1 = arith.muli %a, %b overflow<nsw, nuw> : i64
  %o2 = arith.subi %a, %b overflow<nuw> : i64
  %c0 = arith.cmpi eq, %a, %b : i64
  %c1 = arith.cmpi ne, %a, %b : i64
  %c2 = arith.cmpi slt, %a, %b : i64
  %c3 = arith.cmpi sle, %a, %b : i64
  %c4 = arith.cmpi sgt, %a, %b : i64
  %c5 = arith.cmpi sge, %a, %b : i64
  %c6 = arith.cmpi ult, %a, %b : i64
  %c7 = arith.cmpi ule, %a, %b : i64
  %c8 = arith.cmpi ugt, %a, %b : i64
  %c9 = arith.cmpi uge, %a, %b : i64
  %s = arith.select %c0, %a, %b : i64
  return %s : i64
}
