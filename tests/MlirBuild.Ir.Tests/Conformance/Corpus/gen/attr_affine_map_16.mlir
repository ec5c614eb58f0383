"test.maps"() {m = affine_map<(d0)[s0] -> (d0 mod s0, s0 ceildiv 4)>, n = [affine_map<(d0)[s0] -> (d0 mod s0, s0 ceildiv 4)>, affine_map<(d0) -> (d0)>]} : () -> ()
