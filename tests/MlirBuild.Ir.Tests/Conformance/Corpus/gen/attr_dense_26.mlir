"test.dense"() {value = dense<"0x01"> : tensor<8xi1>} : () -> ()
