"test.strings"() {a = "x" : i32, b = "" : tensor<2xf32>, c = "y" : !foo.t} : () -> ()
