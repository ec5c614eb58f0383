func.func @f(%a: i32 loc("esc\"q.py":3:4)) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc("esc\"q.py":3:4)
  return %0 : i32 loc("esc\"q.py":3:4)
} loc("esc\"q.py":3:4)
