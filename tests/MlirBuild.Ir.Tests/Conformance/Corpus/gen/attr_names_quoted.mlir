"test.names"() {"quoted name" = 1 : i32, "0starts" = unit, "with.dot" = 2 : i64, _u = 3 : i8, "a$b" = 4 : i8, "x-y" = "e"} : () -> ()
