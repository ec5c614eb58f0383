"test.maps"() {m = affine_map<() -> (0)>, n = [affine_map<() -> (0)>, affine_map<(d0) -> (d0)>]} : () -> ()
