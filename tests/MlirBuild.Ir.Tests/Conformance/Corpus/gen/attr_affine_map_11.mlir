"test.maps"() {m = affine_map<(d0)[s0] -> (s0 floordiv 2 + d0 mod 3)>, n = [affine_map<(d0)[s0] -> (s0 floordiv 2 + d0 mod 3)>, affine_map<(d0) -> (d0)>]} : () -> ()
