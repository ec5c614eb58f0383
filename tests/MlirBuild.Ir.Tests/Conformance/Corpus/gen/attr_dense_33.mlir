"test.dense"() {value = dense<[0x7FC00000, 0x7F800000]> : tensor<2xf32>} : () -> ()
