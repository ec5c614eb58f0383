#!/usr/bin/env bash
# Runs the main job on the sample model: imports samples/models/classifier.pbtxt (a TensorFlow GraphDef in text
# form) into MLIR's tf dialect, verifies it, and writes samples/out/classifier.mlir, then prints it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/MlirBuild.Cli -c Release -nologo -v q
mkdir -p samples/out
dotnet src/MlirBuild.Cli/bin/Release/net10.0/mlirbuild.dll import samples/models/classifier.pbtxt \
  --outputs probabilities -o samples/out/classifier.mlir
cat samples/out/classifier.mlir
