func.func @f(%lb: index, %ub: index, %st: index) -> index {
  %r0 = scf.for %i0 = %lb to %ub step %st iter_args(%acc0 = %lb) -> (index) {
    %v = arith.addi %acc0, %i0 : index
    scf.yield %v : index
  }
  return %r0 : index
}
