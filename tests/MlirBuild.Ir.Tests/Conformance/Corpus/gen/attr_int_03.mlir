"test.ints"() {a_i3_2 = 7 : i3} : () -> ()
