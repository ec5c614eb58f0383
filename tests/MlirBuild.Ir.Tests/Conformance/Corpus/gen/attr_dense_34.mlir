"test.dense"() {value = dense<[[[1]], [[2]]]> : tensor<2x1x1xi16>} : () -> ()
