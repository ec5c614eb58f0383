func.func @f(%c: i1, %x: i32) -> i32 {
  cf.br ^bb1(%x : i32)
^bb1(%v1: i32):
  %s1 = arith.addi %v1, %x : i32
  cf.cond_br %c, ^bb2(%s1 : i32), ^bb1(%v1 : i32)
^bb2(%v2: i32):
  %s2 = arith.addi %v2, %x : i32
  cf.br ^bb3(%s2 : i32)
^bb3(%v3: i32):
  %s3 = arith.addi %v3, %x : i32
  cf.cond_br %c, ^bb4(%s3 : i32), ^bb3(%v3 : i32)
^bb4(%v4: i32):
  %s4 = arith.addi %v4, %x : i32
  cf.br ^bb5(%s4 : i32)
^bb5(%v5: i32):
  %s5 = arith.addi %v5, %x : i32
  cf.cond_br %c, ^bb6(%s5 : i32), ^bb5(%v5 : i32)
^bb6(%v6: i32):
  %s6 = arith.addi %v6, %x : i32
  cf.br ^bb7(%s6 : i32)
^bb7(%v7: i32):
  %s7 = arith.addi %v7, %x : i32
  cf.cond_br %c, ^bb8(%s7 : i32), ^bb7(%v7 : i32)
^bb8(%v8: i32):
  %s8 = arith.addi %v8, %x : i32
  return %s8 : i32
}
