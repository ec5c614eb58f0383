"test.dense"() {value = dense<0> : tensor<2x3x4x5xi32>} : () -> ()
