#!/usr/bin/env bash
# Runs every test of the project: Rust formatting, lints, unit and
# end-to-end tests, the VS Code extension, the language-server client
# tests and the smallest benchmark size (to keep the benchmark working).
# Needs cargo, Node.js 20 with npm, and network access to crates.io and npm.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test"
cargo test --workspace --locked

# The fuzz targets build with nightly outside the workspace; their lock file
# must still list every crate the workspace uses.
step "fuzz/Cargo.lock is up to date"
cargo metadata --locked --format-version 1 --manifest-path fuzz/Cargo.toml >/dev/null

step "VS Code extension"
(
  cd editors/vscode
  npm ci --no-audit --no-fund
  npm run build
  npm run check
  npm test
  npm run package
)

if [ -f tests/lsp-client/package.json ]; then
  step "language server through a real LSP client"
  (cd tests/lsp-client && npm ci --no-audit --no-fund && npm test)
fi

if [ -x bench/smoke.sh ]; then
  step "benchmark, smallest size"
  bench/smoke.sh
fi

step "all tests passed"
