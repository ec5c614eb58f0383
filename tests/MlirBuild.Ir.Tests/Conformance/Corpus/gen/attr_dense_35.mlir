"test.dense"() {value = dense<["a", "bc"]> : tensor<2x!foo.str>} : () -> ()
