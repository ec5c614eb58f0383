#l0 = loc("a.py":1:1)
#l1 = loc("n"(#l0))
#l2 = loc(fused[#l0, #l1])
module {
  "test.a"() : () -> () loc(#l0)
  "test.b"() : () -> () loc(#l1)
  "test.c"() : () -> () loc(#l2)
  "test.d"() ({
  ^bb0(%x: i32 loc(#l1)):
    "test.e"(%x) : (i32) -> () loc(#l0)
  }) : () -> () loc(#l2)
} loc(#l0)
