"test.dense"() {value = dense<[1.0e10, -1.0e-10]> : tensor<2xf64>} : () -> ()
