func.func @f(%a: i32 loc("a.py":1:2)) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc("a.py":1:2)
  return %0 : i32 loc("a.py":1:2)
} loc("a.py":1:2)
