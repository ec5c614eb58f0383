func.func @f(%a: i32 loc("dir/with space/b.mlir":100:20)) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc("dir/with space/b.mlir":100:20)
  return %0 : i32 loc("dir/with space/b.mlir":100:20)
} loc("dir/with space/b.mlir":100:20)
