func.func @f(%a: i32 loc(unknown)) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc(unknown)
  return %0 : i32 loc(unknown)
} loc(unknown)
