func.func @f(%a: i32 loc("outer"("inner"(unknown)))) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc("outer"("inner"(unknown)))
  return %0 : i32 loc("outer"("inner"(unknown)))
} loc("outer"("inner"(unknown)))
