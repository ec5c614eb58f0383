"test.dense"() {value = dense<"one"> : tensor<3x!foo.str>} : () -> ()
