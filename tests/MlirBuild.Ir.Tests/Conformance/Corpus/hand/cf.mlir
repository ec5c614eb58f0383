// cf dialect: branches with operands, switch, assert, loops, forward references.
func.func @loop(%n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  cf.br ^header(%c0, %c0 : i32, i32)
^header(%i: i32, %acc: i32):
  %done = arith.cmpi sge, %i, %n : i32
  cf.cond_br %done, ^exit(%acc : i32), ^body
^body:
  %acc2 = arith.addi %acc, %i : i32
  %i2 = arith.addi %i, %c1 : i32
  cf.br ^header(%i2, %acc2 : i32, i32)
^exit(%r: i32):
  return %r : i32
}

// -----

func.func @switch(%flag: i32, %a: f32) -> f32 {
  cf.switch %flag : i32, [
    default: ^bb1(%a : f32),
    42: ^bb2,
    -7: ^bb3(%a, %a : f32, f32)
  ]
^bb1(%x: f32):
  return %x : f32
^bb2:
  %z = arith.constant 0.0 : f32
  return %z : f32
^bb3(%p: f32, %q: f32):
  %s = arith.addf %p, %q : f32
  return %s : f32
}

// -----

func.func @switch_i64(%flag: i64) {
  cf.switch %flag : i64, [
    default: ^bb1
  ]
^bb1:
  return
}

// -----

func.func @assert(%c: i1) {
  cf.assert %c, "must hold: \"quoted\"\n"
  return
}

// -----

func.func @forward_use() -> i32 {
  cf.br ^bb2
^bb3:
  return %v : i32
^bb2:
  %v = arith.constant 5 : i32
  cf.br ^bb3
}

// -----

func.func @cond_br_weights(%c: i1, %x: index) -> index {
  cf.cond_br %c weights([10, 90]), ^bb1(%x : index), ^bb1(%x : index)
^bb1(%y: index):
  return %y : index
}

// -----

func.func @unreachable_blocks() {
  return
^dead1:
  cf.br ^dead2
^dead2:
  cf.br ^dead1
}

// -----

func.func @generic_branches(%a: i32) {
  "cf.br"(%a)[^bb1] : (i32) -> ()
^bb1(%x: i32):
  %c = "arith.constant"() <{value = true}> : () -> i1
  "cf.cond_br"(%c, %x, %x)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
^bb2(%y: i32):
  "func.return"() : () -> ()
}
