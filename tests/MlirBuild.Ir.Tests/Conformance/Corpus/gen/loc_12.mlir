func.func @f(%a: i32 loc(fused<{k = 1 : i32}>[unknown, "n"])) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc(fused<{k = 1 : i32}>[unknown, "n"])
  return %0 : i32 loc(fused<{k = 1 : i32}>[unknown, "n"])
} loc(fused<{k = 1 : i32}>[unknown, "n"])
