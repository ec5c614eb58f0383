"test.dense"() {value = dense<1.5> : tensor<2x2xf32>} : () -> ()
