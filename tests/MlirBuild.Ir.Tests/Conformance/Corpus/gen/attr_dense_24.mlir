"test.dense"() {value = dense<"0x0102"> : tensor<2xi8>} : () -> ()
