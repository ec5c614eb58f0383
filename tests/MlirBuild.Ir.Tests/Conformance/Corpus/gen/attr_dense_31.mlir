"test.dense"() {value = dense<[0.5, 1.5]> : tensor<2xf8E5M2>} : () -> ()
