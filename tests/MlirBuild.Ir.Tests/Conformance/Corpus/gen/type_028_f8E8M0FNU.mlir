func.func private @decl(%arg0: f8E8M0FNU) -> (f8E8M0FNU)
func.func @use(%a: f8E8M0FNU) -> (f8E8M0FNU) {
  %0 = "test.make"() {ty = f8E8M0FNU} : () -> (f8E8M0FNU)
  %1:2 = "test.pair"(%a, %0) : (f8E8M0FNU, f8E8M0FNU) -> (f8E8M0FNU, f8E8M0FNU)
  return %1#1 : f8E8M0FNU
}
