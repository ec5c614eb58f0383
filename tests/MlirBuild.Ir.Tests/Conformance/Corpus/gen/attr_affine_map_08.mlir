"test.maps"() {m = affine_map<(d0) -> (-d0 + 5)>, n = [affine_map<(d0) -> (-d0 + 5)>, affine_map<(d0) -> (d0)>]} : () -> ()
