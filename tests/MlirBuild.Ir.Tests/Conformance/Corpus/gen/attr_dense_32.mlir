"test.dense"() {value = dense<[1.0, 2.0]> : tensor<2xf4E2M1FN>} : () -> ()
