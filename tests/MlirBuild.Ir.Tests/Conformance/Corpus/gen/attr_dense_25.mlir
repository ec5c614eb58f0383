"test.dense"() {value = dense<"0x00003C00"> : tensor<2xf16>} : () -> ()
