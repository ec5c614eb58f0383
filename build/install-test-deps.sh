#!/usr/bin/env bash
# Installs the reference tools the test suite compares against (oracles), from Debian's packages:
#   mlir-22-tools / libmlir-22-dev  -> mlir-opt, mlir-tblgen and the upstream .td files under /usr/lib/llvm-22
#   libonnx-testdata                -> ONNX backend test cases under /usr/share/libonnx-testdata/data
#   python3-onnx                    -> ONNX operator schemas (for regenerating the onnx dialect spec)
set -euo pipefail
need=()
[ -x /usr/lib/llvm-22/bin/mlir-opt ] || need+=(mlir-22-tools)
[ -d /usr/lib/llvm-22/include/mlir ] || need+=(libmlir-22-dev)
[ -d /usr/share/libonnx-testdata/data ] || need+=(libonnx-testdata)
python3 -c 'import onnx' 2>/dev/null || dpkg -s python3-onnx >/dev/null 2>&1 || need+=(python3-onnx)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
/usr/lib/llvm-22/bin/mlir-opt --version | head -3
