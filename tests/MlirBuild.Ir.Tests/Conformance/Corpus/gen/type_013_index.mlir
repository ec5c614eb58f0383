func.func private @decl(%arg0: index) -> (index)
func.func @use(%a: index) -> (index) {
  %0 = "test.make"() {ty = index} : () -> (index)
  %1:2 = "test.pair"(%a, %0) : (index, index) -> (index, index)
  return %1#1 : index
}
