func.func private @decl(%arg0: vector<1xindex>) -> (vector<1xindex>)
func.func @use(%a: vector<1xindex>) -> (vector<1xindex>) {
  %0 = "test.make"() {ty = vector<1xindex>} : () -> (vector<1xindex>)
  %1:2 = "test.pair"(%a, %0) : (vector<1xindex>, vector<1xindex>) -> (vector<1xindex>, vector<1xindex>)
  return %1#1 : vector<1xindex>
}
