"test.maps"() {m = affine_map<() -> ()>, n = [affine_map<() -> ()>, affine_map<(d0) -> (d0)>]} : () -> ()
