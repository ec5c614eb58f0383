"test.sets"() {s = affine_set<() : (0 == 0)>} : () -> ()
