"test.dense"() {value = dense<0.0> : tensor<0xf32>} : () -> ()
