func.func @f(%a: i32, %b: i32) -> i32 {
  %r0 = arith.addi %a, %b : i32
  %r1 = arith.subi %a, %b : i32
  %r2 = arith.muli %a, %b : i32
  %r3 = arith.divsi %a, %b : i32
  %r4 = arith.divui %a, %b : i32
  %r5 = arith.ceildivsi %a, %b : i32
  %r6 = arith.ceildivui %a, %b : i32
  %r7 = arith.floordivsi %a, %b : i32
  %r8 = arith.remsi %a, %b : i32
  %r9 = arith.remui %a, %b : i32
  %r10 = arith.andi %a, %b : i32
  %r11 = arith.ori %a, %b : i32
  %r12 = arith.xori %a, %b : i32
  %r13 = arith.shli %a, %b : i32
  %r14 = arith.shrsi %a, %b : i32
  %r15 = arith.shrui %a, %b : i32
  %r16 = arith.maxsi %a, %b : i32
  %r17 = arith.maxui %a, %b : i32
  %r18 = arith.minsi %a, %b : i32
  %r19 = arith.minui %a, %b : i32
  %o0 = arith.addi %a, %b overflow<nsw> : i32
  %o1 = arith.muli %a, %b overflow<nsw, nuw> : i32
  %o2 = arith.subi %a, %b overflow<nuw> : i32
  %c0 = arith.cmpi eq, %a, %b : i32
  %c1 = arith.cmpi ne, %a, %b : i32
  %c2 = arith.cmpi slt, %a, %b : i32
  %c3 = arith.cmpi sle, %a, %b : i32
  %c4 = arith.cmpi sgt, %a, %b : i32
  %c5 = arith.cmpi sge, %a, %b : i32
  %c6 = arith.cmpi ult, %a, %b : i32
  %c7 = arith.cmpi ule, %a, %b : i32
  %c8 = arith.cmpi ugt, %a, %b : i32
  %c9 = arith.cmpi uge, %a, %b : i32
  %s = arith.select %c0, %a, %b : i32
  return %s : i32
}
