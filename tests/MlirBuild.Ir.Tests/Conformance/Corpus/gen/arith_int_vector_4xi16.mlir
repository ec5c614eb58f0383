func.func @f(%a: vector<4xi16>, %b: vector<4xi16>) -> vector<4xi16> {
  %r0 = arith.addi %a, %b : vector<4xi16>
  %r1 = arith.subi %a, %b : vector<4xi16>
  %r2 = arith.muli %a, %b : vector<4xi16>
  %r3 = arith.divsi %a, %b : vector<4xi16>
  %r4 = arith.divui %a, %b : vector<4xi16>
  %r5 = arith.ceildivsi %a, %b : vector<4xi16>
  %r6 = arith.ceildivui %a, %b : vector<4xi16>
  %r7 = arith.floordivsi %a, %b : vector<4xi16>
  %r8 = arith.remsi %a, %b : vector<4xi16>
  %r9 = arith.remui %a, %b : vector<4xi16>
  %r10 = arith.andi %a, %b : vector<4xi16>
  %r11 = arith.ori %a, %b : vector<4xi16>
  %r12 = arith.xori %a, %b : vector<4xi16>
  %r13 = arith.shli %a, %b : vector<4xi16>
  %r14 = arith.shrsi %a, %b : vector<4xi16>
  %r15 = arith.shrui %a, %b : vector<4xi16>
  %r16 = arith.maxsi %a, %b : vector<4xi16>
  %r17 = arith.maxui %a, %b : vector<4xi16>
  %r18 = arith.minsi %a, %b : vector<4xi16>
  %r19 = arith.minui %a, %b : vector<4xi16>
  %o0 = arith.addi %a, %b overflow<nsw> : vector<4xi16>
  %o1 = arith.muli %a, %b overflow<nsw, nuw> : vector<4xi16>
  %o2 = arith.subi %a, %b overflow<nuw> : vector<4xi16>
  %c0 = arith.cmpi eq, %a, %b : vector<4xi16>
  %c1 = arith.cmpi ne, %a, %b : vector<4xi16>
  %c2 = arith.cmpi slt, %a, %b : vector<4xi16>
  %c3 = arith.cmpi sle, %a, %b : vector<4xi16>
  %c4 = arith.cmpi sgt, %a, %b : vector<4xi16>
  %c5 = arith.cmpi sge, %a, %b : vector<4xi16>
  %c6 = arith.cmpi ult, %a, %b : vector<4xi16>
  %c7 = arith.cmpi ule, %a, %b : vector<4xi16>
  %c8 = arith.cmpi ugt, %a, %b : vector<4xi16>
  %c9 = arith.cmpi uge, %a, %b : vector<4xi16>
  %s = arith.select %c0, %a, %b : vector<4xi1>, vector<4xi16>
  return %s : vector<4xi16>
}
