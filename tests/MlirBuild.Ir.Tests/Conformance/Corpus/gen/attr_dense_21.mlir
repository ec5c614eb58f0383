"test.dense"() {value = dense<[(1, 2), (3, 4)]> : tensor<2xcomplex<i8>>} : () -> ()
