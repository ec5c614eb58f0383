// quant dialect types: per-layer, per-axis, sub-channel, any, calibrated; scale spellings and storage ranges.
func.func private @per_layer(!quant.uniform<i8:f32, 0.0038905945478701124:-1>, !quant.uniform<u8:f32, 7.843137254901961E-9>, !quant.uniform<i8:f32, 2.0:10>) -> !quant.uniform<i8<-127:127>:f32, 0.5:-3>

// -----

func.func private @storage(!quant.uniform<u16<0:1023>:f32, 1.23:512>, !quant.uniform<i4:f16, 0.1:-8>, !quant.uniform<u4:bf16, 0.1:15>, !quant.uniform<si8:f32, 1.0>, !quant.uniform<ui8<0:255>:f32, 1.0>, !quant.uniform<i8<-128:127>:f32, 0.998>, !quant.uniform<i32:f64, 1.0e40>, !quant.uniform<i1:f32, 1.0>, !quant.uniform<i8:f8E4M3FN, 1.0>, !quant.uniform<i8:tf32, 3.0>)

// -----

func.func @per_axis(%arg0: tensor<2x3x!quant.uniform<i8<-127:127>:f32:1, {0.1:-30,0.5:-20, 3.0}>>) -> tensor<?x2x!quant.uniform<u16:f32:0, {2.0:10, 3.0:20}>> {
  %0 = "test.cast"(%arg0) : (tensor<2x3x!quant.uniform<i8<-127:127>:f32:1, {0.1:-30,0.5:-20, 3.0}>>) -> tensor<?x2x!quant.uniform<u16:f32:0, {2.0:10, 3.0:20}>>
  return %0 : tensor<?x2x!quant.uniform<u16:f32:0, {2.0:10, 3.0:20}>>
}

// -----

func.func private @sub_channel(tensor<3x4x!quant.uniform<i8:f32:{0:1, 1:2}, {{1.0:1, 2.0:2}, {3.0:3,4.0:4}, {5.0:5,6.0:6}}>>, tensor<6x2x!quant.uniform<u8:f16:{0:3}, {{0.1:200}, {2.0:1}}>>, tensor<6x2x!quant.uniform<i8:bf16:{0:3}, {{0.998}, {0.1:300}}>>, tensor<6x2x!quant.uniform<i8:f32:{}, {{1.0}}>>)

// -----

func.func private @any_calibrated(!quant.any<i8:f32>, !quant.any<i8<-8:7>>, !quant.any<u16<0:1023>:f16>, !quant.calibrated<f32<-0.998:1.2321>>, !quant.calibrated<f16<-1.0:1.0>>)

// -----

!q = !quant.uniform<i8:f32, 2.0:10>
module attributes {test.t = !quant.uniform<i8:f32:0, {1.0, 2.0}>, test.a = [tensor<2x!q>, !quant.calibrated<f32<0.5:1.5>>]} {
  func.func @alias(%arg0: !q) -> !q {
    %0 = "test.op"(%arg0) {k = dense<[1, 2]> : tensor<2xi8>} : (!q) -> !q loc("q.mlir":3:4)
    return %0 : !q
  }
}

// -----

func.func @casts(%arg0: tensor<2x3xf32>, %arg1: f16) -> (tensor<2x3xf32>, tensor<2x3xi8>, f16) {
  %0 = quant.qcast %arg0 : tensor<2x3xf32> to tensor<2x3x!quant.uniform<i8:f32:1, {0.1:-30, 0.5:-20, 3.0}>>
  %1 = quant.dcast %0 : tensor<2x3x!quant.uniform<i8:f32:1, {0.1:-30, 0.5:-20, 3.0}>> to tensor<2x3xf32>
  %2 = quant.scast %0 {note = "storage"} : tensor<2x3x!quant.uniform<i8:f32:1, {0.1:-30, 0.5:-20, 3.0}>> to tensor<2x3xi8>
  %3 = "quant.qcast"(%arg1) : (f16) -> !quant.uniform<u8:f16, 0.25:128>
  %4 = quant.dcast %3 : !quant.uniform<u8:f16, 0.25:128> to f16
  %5 = quant.qcast %arg0 : tensor<2x3xf32> to tensor<2x3x!quant.uniform<i8:f32:{0:1, 1:3}, {{1.0}, {2.0}}>>
  return %1, %2, %4 : tensor<2x3xf32>, tensor<2x3xi8>, f16
}
