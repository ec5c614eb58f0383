"test.maps"() {m = affine_map<(d0) -> (d0 * 3 - (d0 floordiv 2) * 4)>, n = [affine_map<(d0) -> (d0 * 3 - (d0 floordiv 2) * 4)>, affine_map<(d0) -> (d0)>]} : () -> ()
