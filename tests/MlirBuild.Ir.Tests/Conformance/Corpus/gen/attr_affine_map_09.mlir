"test.maps"() {m = affine_map<(d0, d1) -> (d0 - d1 * 2 - 3)>, n = [affine_map<(d0, d1) -> (d0 - d1 * 2 - 3)>, affine_map<(d0) -> (d0)>]} : () -> ()
