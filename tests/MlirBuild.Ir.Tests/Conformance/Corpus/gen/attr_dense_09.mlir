"test.dense"() {value = dense<[0.5, 2.0]> : tensor<2xbf16>} : () -> ()
