"test.dense"() {value = dense<true> : tensor<8xi1>} : () -> ()
