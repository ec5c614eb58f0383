"test.dense"() {value = dense<[1, 2, 3, 4, 5, 6, 7]> : tensor<7xi4>} : () -> ()
