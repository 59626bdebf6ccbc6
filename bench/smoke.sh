#!/usr/bin/env bash
# Keeps the benchmark working: the smallest size, one run each (see docs/performance.md).
set -euo pipefail
exec "$(dirname "$0")/run.sh" --quick
