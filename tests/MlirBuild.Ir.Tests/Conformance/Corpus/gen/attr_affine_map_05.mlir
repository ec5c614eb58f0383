"test.maps"() {m = affine_map<(d0, d1) -> (d0 * 4 + d1)>, n = [affine_map<(d0, d1) -> (d0 * 4 + d1)>, affine_map<(d0) -> (d0)>]} : () -> ()
