"test.dense"() {value = dense<[1.0, -2.5, 0.1]> : tensor<3xf64>} : () -> ()
