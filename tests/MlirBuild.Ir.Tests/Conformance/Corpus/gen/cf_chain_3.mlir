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
  return %s3 : i32
}
