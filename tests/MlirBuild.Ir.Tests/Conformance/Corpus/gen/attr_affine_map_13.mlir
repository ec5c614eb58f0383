"test.maps"() {m = affine_map<(d0, d1) -> ((d0 + d1) floordiv 8)>, n = [affine_map<(d0, d1) -> ((d0 + d1) floordiv 8)>, affine_map<(d0) -> (d0)>]} : () -> ()
