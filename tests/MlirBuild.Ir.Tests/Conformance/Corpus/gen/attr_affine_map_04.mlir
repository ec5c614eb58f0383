"test.maps"() {m = affine_map<(d0)[s0] -> (d0 + s0)>, n = [affine_map<(d0)[s0] -> (d0 + s0)>, affine_map<(d0) -> (d0)>]} : () -> ()
