//! Decoding the status words a kernel leaves behind into a [`LaunchError`].
//!
//! Every generated kernel takes, as its last parameter, a pointer to 16 `u32` status words
//! that are zero before the launch. A failing program writes a code and its details there;
//! the protocol, its decoder and their tests are every GPU backend's
//! ([`kernel_core::runtime::status`]); this module adds what the CUDA runtime knows of a
//! compiled kernel.

use std::sync::Arc;

use kernel_core::ir::{Elem, Kernel};
use kernel_core::runtime::LaunchError;
pub(crate) use kernel_core::runtime::status::{KernelMeta, LaunchRecord};

use crate::codegen::CudaSource;

/// What the status decoder needs to know of `kernel`, compiled to `source`, on `device`.
pub(crate) fn kernel_meta(kernel: &Kernel, source: &CudaSource, device: &str) -> Arc<KernelMeta> {
    Arc::new(KernelMeta {
        kernel: kernel.name.clone(),
        params: kernel.params.iter().map(|p| p.name.clone()).collect(),
        is_buffer: kernel
            .params
            .iter()
            .map(|p| matches!(p.ty.elem, Elem::Ptr(_)))
            .collect(),
        messages: source.messages.clone(),
        sites: source.sites.clone(),
        device: device.to_string(),
    })
}

/// Turns status words into the launch's result; `candidates` are the launches that may have
/// written them, oldest first (see [`kernel_core::runtime::status::decode`]).
pub(crate) fn decode(words: &[u32], candidates: &[LaunchRecord]) -> Result<(), LaunchError> {
    kernel_core::runtime::status::decode(words, candidates, "cuda")
}
