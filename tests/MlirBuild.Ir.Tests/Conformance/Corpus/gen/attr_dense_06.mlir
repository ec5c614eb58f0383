"test.dense"() {value = dense<[[true], [false]]> : tensor<2x1xi1>} : () -> ()
