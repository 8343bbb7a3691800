//! oxtile-wgpu: the portable backend. Specialized tile IR is lowered to WGSL
//! ([`codegen`]) and run through `wgpu` ([`WgpuBackend`]) on any Vulkan, Metal or DX12 GPU,
//! and in CI on Mesa's lavapipe (a Vulkan device on the CPU).
//!
//! Use it through the facade: `oxtile` with the cargo feature `wgpu`, then
//! `Device::wgpu()` or `OXTILE_DEVICE=wgpu`.
//!
//! Launches are asynchronous outside checked mode ([`WgpuBackend::set_checked`]): see the
//! runtime's documentation on [`WgpuBackend`].
//!
//! Environment knobs: `OXTILE_DUMP_WGSL=1` prints each generated shader to stderr when it is
//! compiled; `OXTILE_WGPU_SUBGROUPS=0` keeps reductions off the adapter's subgroup operations
//! (see [`WgpuBackend::without_subgroups`]); `OXTILE_WGPU_RUNS=0|1` turns off or on the
//! layout of large tiles in runs of 4 contiguous elements per thread, accessed as 16-byte
//! vectors (see [`WgpuBackend::with_runs`]; on by default on GPUs, off on CPU adapters);
//! `OXTILE_CHECKED=1`/`0` turns checked mode on or off (default: on in debug builds).
#![warn(missing_docs)]

pub mod codegen;
mod runtime;

pub use runtime::{WgpuBackend, WgpuError};

use std::sync::Arc;

use kernel_core::runtime::Device;

/// Opens the default wgpu adapter as an oxtile device.
pub fn device() -> Result<Device, WgpuError> {
    Ok(Device::from_backend(Arc::new(WgpuBackend::new()?)))
}

/// The wgpu backend behind `device`, or `None` for a device of another backend: how to reach
/// [`WgpuBackend::set_checked`] on a device opened by `Device::wgpu()` or
/// `Device::default()`.
pub fn backend(device: &Device) -> Option<&WgpuBackend> {
    device.backend().as_any()?.downcast_ref::<WgpuBackend>()
}
