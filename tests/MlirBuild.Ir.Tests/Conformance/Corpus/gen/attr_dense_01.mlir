"test.dense"() {value = dense<[1, 2, 3, 4]> : tensor<4xi32>} : () -> ()
