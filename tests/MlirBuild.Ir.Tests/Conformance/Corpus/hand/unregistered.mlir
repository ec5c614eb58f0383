// Unregistered ops: regions, successors, block arguments, properties, result groups, graph regions.
"foo.graph"() ({
  %a = "foo.use"(%b) : (i32) -> i32
  %b = "foo.def"(%a) : (i32) -> i32
}) : () -> ()

// -----

func.func @succ(%x: i32) {
  "foo.branch"(%x, %x)[^bb1, ^bb2] {tag} : (i32, i32) -> ()
^bb1:
  "foo.switch"(%x)[^bb2, ^bb1, ^bb2] : (i32) -> ()
^bb2:
  return
}

// -----

%0:3 = "foo.multi"() <{p = 1 : i32, q = [1, 2]}> {d = "disc"} : () -> (i32, f32, index)
%1 = "foo.take"(%0#0, %0#1, %0#2) : (i32, f32, index) -> tensor<*xf32>
"foo.sink"(%1, %0#2) : (tensor<*xf32>, index) -> ()

// -----

"foo.regions"() ({
}, {
  "foo.a"() : () -> ()
}, {
^bb0(%x: i32, %y: !foo.t<1>):
  "foo.b"(%x, %y) : (i32, !foo.t<1>) -> ()
^bb1(%z: f32):
  "foo.c"(%z) : (f32) -> ()
}) : () -> ()

// -----

"foo.outer"() ({
  %v = "foo.val"() : () -> i64
  "foo.mid"() ({
    "foo.inner"() ({
      "foo.leaf"(%v) : (i64) -> ()
    }) : () -> ()
  }) : () -> ()
}) {level = 0 : i64} : () -> ()

// -----

"foo.props"() <{a = unit, b = dense<[1, 2]> : tensor<2xi32>, c = #foo.attr<"x">, d = @sym, e = array<i64: 1, 2>, f = {n = 1 : i8}, g = i32, h = affine_map<(d0) -> (d0)>}> {z = 1 : i32, a = 2 : i32} : () -> ()

// -----

"foo.op_with_symbol"() ({
  "foo.func"() <{sym_name = "inner"}> ({
  }) : () -> ()
}) {sym_name = "outer"} : () -> ()
"foo.ref"() {callee = @outer::@inner} : () -> ()

// -----

func.func @many_values(%a: i32) -> i32 {
  %0 = "foo.a"(%a) : (i32) -> i32
  %1 = "foo.a"(%0) : (i32) -> i32
  %2 = "foo.a"(%1) : (i32) -> i32
  %3:2 = "foo.b"(%2, %1) : (i32, i32) -> (i32, i32)
  %4 = "foo.a"(%3#1) : (i32) -> i32
  "foo.no_result"(%4) : (i32) -> ()
  %5 = "foo.a"(%4) : (i32) -> i32
  return %5 : i32
}

// -----

"foo.dialect_types"() {a = !foo.x, b = !foo<"raw body">, c = !foo.y<"str", 3 : i32>, d = #foo<"raw attr">, e = #foo.z<[1, [2, 3]]>, f = #foo.w<{a = "b"}>} : () -> (!foo.type<i32, tensor<4xf32>>)

// -----

"foo.no_dialect_prefix_values"() : () -> ()
"foo.empty_region"() ({
^bb0:
}) : () -> ()

// -----

func.func @value_names(%arg: i32) {
  %x_1 = "foo.a"() : () -> i32
  %123 = "foo.a"() : () -> i32
  %c.1 = "foo.a"() : () -> i32
  %very_long_name_with$sign = "foo.b"(%x_1, %123, %c.1) : (i32, i32, i32) -> i32
  return
}

// -----

"foo.op"() {attr = "first"} : () -> () loc("f.py":1:1)
"foo.op"() {attr = "second"} : () -> () loc(fused["f.py":2:2, "g.py":3:3])
