"test.dense"() {value = dense<[-128, 127]> : tensor<2xsi8>} : () -> ()
