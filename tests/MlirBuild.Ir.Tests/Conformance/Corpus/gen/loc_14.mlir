func.func @f(%a: i32 loc("a.py":1:2 to 3:4)) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc("a.py":1:2 to 3:4)
  return %0 : i32 loc("a.py":1:2 to 3:4)
} loc("a.py":1:2 to 3:4)
