"test.dense"() {value = dense<0.0> : vector<4xf32>} : () -> ()
