func.func @f(%a: i32 loc("a.py":0:0)) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc("a.py":0:0)
  return %0 : i32 loc("a.py":0:0)
} loc("a.py":0:0)
