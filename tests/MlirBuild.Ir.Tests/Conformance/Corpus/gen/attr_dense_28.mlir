"test.dense"() {value = dense<[1, 255]> : tensor<2xui8>} : () -> ()
