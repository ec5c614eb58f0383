"test.maps"() {m = affine_map<(d0) -> (d0 * -1)>, n = [affine_map<(d0) -> (d0 * -1)>, affine_map<(d0) -> (d0)>]} : () -> ()
