"test.dense"() {value = dense<[0.0, 1.0]> : tensor<2xf8E4M3FN>} : () -> ()
