func.func @f(%a: i32 loc("name")) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc("name")
  return %0 : i32 loc("name")
} loc("name")
