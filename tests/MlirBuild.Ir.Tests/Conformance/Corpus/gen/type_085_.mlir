func.func private @decl(%arg0: () -> ()) -> (() -> ())
func.func @use(%a: () -> ()) -> (() -> ()) {
  %0 = "test.make"() {ty = () -> ()} : () -> (() -> ())
  %1:2 = "test.pair"(%a, %0) : (() -> (), () -> ()) -> (() -> (), () -> ())
  return %1#1 : () -> ()
}
