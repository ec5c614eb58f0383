"test.maps"() {m = affine_map<(d0, d1) -> (d1, d0)>, n = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0) -> (d0)>]} : () -> ()
