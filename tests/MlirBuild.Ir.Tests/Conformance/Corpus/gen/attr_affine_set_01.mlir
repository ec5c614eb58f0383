"test.sets"() {s = affine_set<(d0, d1) : (d0 - d1 == 0, d1 - 1 >= 0)>} : () -> ()
