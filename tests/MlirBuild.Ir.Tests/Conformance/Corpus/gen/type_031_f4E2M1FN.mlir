func.func private @decl(%arg0: f4E2M1FN) -> (f4E2M1FN)
func.func @use(%a: f4E2M1FN) -> (f4E2M1FN) {
  %0 = "test.make"() {ty = f4E2M1FN} : () -> (f4E2M1FN)
  %1:2 = "test.pair"(%a, %0) : (f4E2M1FN, f4E2M1FN) -> (f4E2M1FN, f4E2M1FN)
  return %1#1 : f4E2M1FN
}
