"test.dense"() {value = dense<[[], [], []]> : tensor<3x0xf32>} : () -> ()
