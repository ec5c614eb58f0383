"test.maps"() {m = affine_map<(d0) -> (d0 floordiv 4, d0 mod 4, d0 ceildiv 3)>, n = [affine_map<(d0) -> (d0 floordiv 4, d0 mod 4, d0 ceildiv 3)>, affine_map<(d0) -> (d0)>]} : () -> ()
