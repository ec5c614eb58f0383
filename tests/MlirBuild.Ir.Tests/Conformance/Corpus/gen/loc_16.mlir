func.func @f(%a: i32 loc(fused[])) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc(fused[])
  return %0 : i32 loc(fused[])
} loc(fused[])
