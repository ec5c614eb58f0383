"test.maps"() {m = affine_map<(d0, d1)[s0, s1] -> (d0 * s0 + d1 * s1)>, n = [affine_map<(d0, d1)[s0, s1] -> (d0 * s0 + d1 * s1)>, affine_map<(d0) -> (d0)>]} : () -> ()
