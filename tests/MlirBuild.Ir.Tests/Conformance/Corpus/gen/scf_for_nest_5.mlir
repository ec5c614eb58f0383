func.func @f(%lb: index, %ub: index, %st: index) -> index {
  %r0 = scf.for %i0 = %lb to %ub step %st iter_args(%acc0 = %lb) -> (index) {
    %r1 = scf.for %i1 = %lb to %ub step %st iter_args(%acc1 = %acc0) -> (index) {
      %r2 = scf.for %i2 = %lb to %ub step %st iter_args(%acc2 = %acc1) -> (index) {
        %r3 = scf.for %i3 = %lb to %ub step %st iter_args(%acc3 = %acc2) -> (index) {
          %r4 = scf.for %i4 = %lb to %ub step %st iter_args(%acc4 = %acc3) -> (index) {
            %v = arith.addi %acc4, %i4 : index
            scf.yield %v : index
          }
          scf.yield %r4 : index
        }
        scf.yield %r3 : index
      }
      scf.yield %r2 : index
    }
    scf.yield %r1 : index
  }
  return %r0 : index
}
