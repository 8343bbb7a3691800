//! What every code generator shares: the middle layer between the verified, specialized IR
//! and a backend's lowering, as naga's writers share its validator's module info.
//!
//! - [`facts`]: what a lowering needs to know about a kernel before it writes a line:
//!   concrete shapes, use counts, which buffer each pointer points into, how each buffer is
//!   used; and the refusals every backend makes alike (unspecialized kernels, tiles too
//!   large, pointers into two buffers). Facts that need no specialized kernel (the defining
//!   instruction of each value, use counts, pointer origins) are in [`crate::analysis`],
//!   which the specializer and the combine pass use too.
//! - [`layout`]: the blocked layout of a tile over a program's threads (the slot formula
//!   both backends use), `numel` and row-major strides.
//! - [`fold`]: a fold's combine step as named scalar statements, for the backends that emit
//!   it inline.
//! - [`CodegenError`]: the one error type a lowering returns, naming its backend.
//!
//! Backend-only facts stay in the backends (CUDA's affine facts and MMA plans, WGSL's
//! uniformity and 64-bit capabilities): they build on these.

mod error;
pub mod facts;
pub mod fold;
pub mod layout;

pub use error::CodegenError;
