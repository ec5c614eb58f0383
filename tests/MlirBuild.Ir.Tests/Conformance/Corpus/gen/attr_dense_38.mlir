"test.dense"() {value = dense<[10, 20, 30]> : tensor<3xi64, "enc">} : () -> ()
