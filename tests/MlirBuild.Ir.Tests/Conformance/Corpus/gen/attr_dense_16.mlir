"test.dense"() {value = dense<[1, 2]> : vector<2xi32>} : () -> ()
