#!/usr/bin/env bash
# ONNX import benchmark: import time, weight throughput and peak memory.
#  1. the largest model.onnx in libonnx-testdata (tiny: the test data has no real weights);
#  2. a generated model with 256 MiB of float32 initializers in the model file (raw_data);
#  3. the same weights as external data next to the model.
# The generated models go to a temp directory (python3-onnx writes them). Usage: bash build/bench-onnx.sh [ITERATIONS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
iterations="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/build/bench/OnnxImportBench" -c Release -v quiet -nologo >/dev/null
bench="$root/build/bench/OnnxImportBench/bin/Release/net10.0/OnnxImportBench"

largest="$(find /usr/share/libonnx-testdata/data -name model.onnx -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2)"
"$bench" "$largest" "$iterations"

/usr/bin/python3 - "$work" <<'PY'
import sys, os, numpy as np, onnx
from onnx import helper, numpy_helper, TensorProto
work = sys.argv[1]
rng = np.random.default_rng(0)
inits, nodes, prev = [], [], "x"
for i in range(64):                      # 64 x 1024 x 1024 float32 = 256 MiB
    w = rng.random((1024, 1024), dtype=np.float32)
    inits.append(numpy_helper.from_array(w, "w%d" % i))
    nodes.append(helper.make_node("MatMul", [prev, "w%d" % i], ["h%d" % i], name="matmul%d" % i))
    prev = "h%d" % i
graph = helper.make_graph(nodes, "big", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 1024])],
                          [helper.make_tensor_value_info(prev, TensorProto.FLOAT, [1, 1024])], inits)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
os.makedirs(work + "/inline"); os.makedirs(work + "/external")
onnx.save(model, work + "/inline/model.onnx")
onnx.save(model, work + "/external/model.onnx", save_as_external_data=True, all_tensors_to_one_file=True, location="weights.bin")
PY
"$bench" "$work/inline/model.onnx" "$iterations"
"$bench" "$work/external/model.onnx" "$iterations"
