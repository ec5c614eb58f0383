// dense_resource with the dialect_resources section.
func.func @weights() -> tensor<4xf32> {
  %0 = arith.constant dense_resource<w0> : tensor<4xf32>
  return %0 : tensor<4xf32>
}
{-#
  dialect_resources: {
    builtin: {
      w0: "0x040000000000803F000000400000404000008040"
    }
  }
#-}

// -----

"foo.r"() {a = dense_resource<blob_a> : tensor<2xi64>, b = dense_resource<blob_b> : tensor<3xi8>, c = dense_resource<blob_a> : tensor<2xi64>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      blob_a: "0x0800000001000000000000000200000000000000",
      blob_b: "0x01000000010203"
    }
  }
#-}

// -----

"foo.r"() {a = dense_resource<__elided__> : tensor<4xi32>} : () -> ()

// -----

"foo.r"() {a = dense_resource<big> : tensor<64xi16>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      big: "0x020000000000010002000300040005000600070008000900100011001200130014001500160017001800190020002100220023002400250026002700280029003000310032003300340035003600370038003900400041004200430044004500460047004800490050005100520053005400550056005700580059006000610062006300"
    }
  }
#-}
