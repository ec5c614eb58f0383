func.func private @decl(%arg0: si32) -> (si32)
func.func @use(%a: si32) -> (si32) {
  %0 = "test.make"() {ty = si32} : () -> (si32)
  %1:2 = "test.pair"(%a, %0) : (si32, si32) -> (si32, si32)
  return %1#1 : si32
}
