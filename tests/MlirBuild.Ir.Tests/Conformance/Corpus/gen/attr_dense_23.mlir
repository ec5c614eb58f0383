"test.dense"() {value = dense<"0x0000803F"> : tensor<4xf32>} : () -> ()
