"test.sets"() {s = affine_set<(d0, d1)[s0, s1] : (d0 * 2 + s0 >= 0, -d1 + s1 - 1 >= 0, d0 mod 2 == 0)>} : () -> ()
