"test.sets"() {s = affine_set<(d0)[s0] : (s0 - d0 - 1 >= 0)>} : () -> ()
