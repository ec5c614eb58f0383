func.func private @decl(%arg0: tensor<?x8xf32, #foo.enc<1>>) -> (tensor<?x8xf32, #foo.enc<1>>)
func.func @use(%a: tensor<?x8xf32, #foo.enc<1>>) -> (tensor<?x8xf32, #foo.enc<1>>) {
  %0 = "test.make"() {ty = tensor<?x8xf32, #foo.enc<1>>} : () -> (tensor<?x8xf32, #foo.enc<1>>)
  %1:2 = "test.pair"(%a, %0) : (tensor<?x8xf32, #foo.enc<1>>, tensor<?x8xf32, #foo.enc<1>>) -> (tensor<?x8xf32, #foo.enc<1>>, tensor<?x8xf32, #foo.enc<1>>)
  return %1#1 : tensor<?x8xf32, #foo.enc<1>>
}
