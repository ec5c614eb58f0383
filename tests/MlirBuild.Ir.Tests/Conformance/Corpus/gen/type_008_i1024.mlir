func.func private @decl(%arg0: i1024) -> (i1024)
func.func @use(%a: i1024) -> (i1024) {
  %0 = "test.make"() {ty = i1024} : () -> (i1024)
  %1:2 = "test.pair"(%a, %0) : (i1024, i1024) -> (i1024, i1024)
  return %1#1 : i1024
}
