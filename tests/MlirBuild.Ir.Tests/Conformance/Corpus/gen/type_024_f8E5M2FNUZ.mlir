func.func private @decl(%arg0: f8E5M2FNUZ) -> (f8E5M2FNUZ)
func.func @use(%a: f8E5M2FNUZ) -> (f8E5M2FNUZ) {
  %0 = "test.make"() {ty = f8E5M2FNUZ} : () -> (f8E5M2FNUZ)
  %1:2 = "test.pair"(%a, %0) : (f8E5M2FNUZ, f8E5M2FNUZ) -> (f8E5M2FNUZ, f8E5M2FNUZ)
  return %1#1 : f8E5M2FNUZ
}
