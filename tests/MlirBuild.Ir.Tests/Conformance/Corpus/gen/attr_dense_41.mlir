"test.dense"() {value = dense<3> : tensor<1xi4>} : () -> ()
