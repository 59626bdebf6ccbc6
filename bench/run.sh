#!/usr/bin/env bash
# Runs the benchmark and prints its figures as Markdown.
#
#   bench/run.sh            every size (1k to 1M lines), updates docs/performance.md
#   bench/run.sh --quick    the smallest size, one run each: checks that the
#                           benchmark still works, in well under a minute
#                           once built; prints only
#
# Other arguments go to journey-bench (see `journey-bench --help`).
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
for argument in "$@"; do
  [[ "$argument" == "--quick" ]] && quick=true
done

# Graphviz is the reference for the layout figures.
if ! command -v dot >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    apt-get install -y -qq graphviz >/dev/null || { apt-get update -qq && apt-get install -y -qq graphviz >/dev/null; }
  else
    echo "note: Graphviz is not installed; the layout comparison will say so" >&2
  fi
fi

if $quick; then
  # The dev profile reuses what the test build compiled.
  cargo build -q -p journey-cli -p journey-bench
  exec target/debug/journey-bench --work target/bench-quick "$@"
fi

cargo build -q --release -p journey-cli -p journey-bench
exec target/release/journey-bench --update docs/performance.md "$@"
