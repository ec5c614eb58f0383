func.func @f(%lb: index, %ub: index, %st: index) -> index {
  %r0 = scf.for %i0 = %lb to %ub step %st iter_args(%acc0 = %lb) -> (index) {
    %r1 = scf.for %i1 = %lb to %ub step %st iter_args(%acc1 = %acc0) -> (index) {
      %v = arith.addi %acc1, %i1 : index
      scf.yield %v : index
    }
    scf.yield %r1 : index
  }
  return %r0 : index
}
