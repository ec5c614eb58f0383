"test.dense"() {value = dense<-1> : tensor<2x3xi8>} : () -> ()
