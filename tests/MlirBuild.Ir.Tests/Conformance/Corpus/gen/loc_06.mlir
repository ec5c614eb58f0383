func.func @f(%a: i32 loc("name"("f.py":1:1))) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc("name"("f.py":1:1))
  return %0 : i32 loc("name"("f.py":1:1))
} loc("name"("f.py":1:1))
