//! oxtile-core: the tile IR, its textual form, the verifier, specialization, the reference
//! CPU interpreter and the backend-neutral runtime API.
//!
//! The pipeline (see the workspace README):
//! `#[kernel]` (oxtile-macros) builds a checked [`ir::Kernel`] at compile time and embeds its
//! text ([`text`]); at launch the [`runtime`] parses it once, checks the arguments,
//! [`specialize`]s it for the const generics, and hands it to a backend: the [`interp`]reter
//! here, CUDA or wgpu in their own crates.
#![warn(missing_docs)]

pub mod analysis;
pub mod codegen;
pub mod combine;
pub mod dtype;
#[cfg(feature = "filetests")]
pub mod filetests;
mod inline;
pub mod interp;
pub mod ir;
pub mod knobs;
pub mod numeric;
pub mod runtime;
pub mod specialize;
pub mod text;
pub mod verify;

pub use dtype::{DType, DTypeClass, Element, F8E4M3, F8E5M2, Float, Int, Num};

// `filetest_cases!`: one `#[test]` per filetest, for the backends' and the verifier's test
// harnesses (generated from the directories by `build.rs`).
include!(concat!(env!("OUT_DIR"), "/filetest_cases.rs"));
