"test.ints"() {a = 1, b = -7, c = 0, d = true, e = false} : () -> ()
