"test.dense"() {value = dense<> : tensor<0xi32>} : () -> ()
