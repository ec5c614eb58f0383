"test.dense"() {value = dense<[true, false, true]> : tensor<3xi1>} : () -> ()
