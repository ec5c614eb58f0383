"test.dense"() {value = dense<[[]]> : tensor<1x0xf32>} : () -> ()
