"test.dense"() {a = dense<7> : tensor<1000xi32>, b = dense<0.25> : tensor<64x64xf32>} : () -> ()
