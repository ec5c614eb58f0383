func.func @f(%a: i32 loc(fused["a.py":1:1, "b.py":2:2])) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc(fused["a.py":1:1, "b.py":2:2])
  return %0 : i32 loc(fused["a.py":1:1, "b.py":2:2])
} loc(fused["a.py":1:1, "b.py":2:2])
