//! The benchmark of the journey compiler, as a library so that the
//! `journey-bench` program and the divan benchmarks share it.
//!
//! It generates workspaces with `journey-gen`, times each phase in this
//! process, times the real `journey` binary against `cat` of the same
//! files with its peak memory, and lays out the atlas graph with Graphviz
//! and layout-rs, and measures the language server's keystroke latency
//! over stdio. A benchmark is not a test: it asserts nothing, and its
//! figures depend on the machine.

pub mod layout;
pub mod lsp;
pub mod machine;
pub mod phases;
pub mod report;
pub mod suite;
pub mod timing;
