"test.dense"() {value = dense<(1, -1)> : tensor<3xcomplex<i32>>} : () -> ()
