"test.dense"() {value = dense<[1, 0, 1]> : tensor<3xi1>} : () -> ()
