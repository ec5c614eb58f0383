func.func @f(%a: i32 loc(fused["a.py":1:1, fused["b":1:1]])) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc(fused["a.py":1:1, fused["b":1:1]])
  return %0 : i32 loc(fused["a.py":1:1, fused["b":1:1]])
} loc(fused["a.py":1:1, fused["b":1:1]])
