"test.dense"() {value = dense<5> : tensor<i32>} : () -> ()
