"test.dense"() {value = dense<[1, 2, 3]> : tensor<3xindex>} : () -> ()
