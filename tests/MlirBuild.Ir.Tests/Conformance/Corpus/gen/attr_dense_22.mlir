"test.dense"() {value = dense<"0x0100000002000000"> : tensor<2xi32>} : () -> ()
