#!/usr/bin/env bash
# Runs the main job on a sample and prints the result.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet build src/MlirBuild.Cli -c Release -nologo -v q
dotnet src/MlirBuild.Cli/bin/Release/net10.0/mlirbuild.dll --help
