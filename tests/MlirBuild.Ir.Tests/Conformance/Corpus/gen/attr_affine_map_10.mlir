"test.maps"() {m = affine_map<(d0, d1, d2) -> (d2, 0, d0)>, n = [affine_map<(d0, d1, d2) -> (d2, 0, d0)>, affine_map<(d0) -> (d0)>]} : () -> ()
