"test.maps"() {m = affine_map<()[s0] -> (s0 * 2)>, n = [affine_map<()[s0] -> (s0 * 2)>, affine_map<(d0) -> (d0)>]} : () -> ()
