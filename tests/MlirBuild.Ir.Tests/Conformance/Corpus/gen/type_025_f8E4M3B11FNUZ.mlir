func.func private @decl(%arg0: f8E4M3B11FNUZ) -> (f8E4M3B11FNUZ)
func.func @use(%a: f8E4M3B11FNUZ) -> (f8E4M3B11FNUZ) {
  %0 = "test.make"() {ty = f8E4M3B11FNUZ} : () -> (f8E4M3B11FNUZ)
  %1:2 = "test.pair"(%a, %0) : (f8E4M3B11FNUZ, f8E4M3B11FNUZ) -> (f8E4M3B11FNUZ, f8E4M3B11FNUZ)
  return %1#1 : f8E4M3B11FNUZ
}
