//! oxtile-cuda: the NVIDIA backend. Specialized tile IR is lowered to CUDA C
//! ([`codegen`]), compiled at run time by NVRTC for the GPU at hand, cached in memory and on
//! disk, and launched through the CUDA driver API ([`CudaBackend`], on cudarc).
//!
//! Building needs no CUDA toolkit: libcuda and libnvrtc are loaded when a device is opened,
//! and their absence is a [`CudaError`], not a crash. Use it through the facade: `oxtile`
//! with the cargo feature `cuda`, then `Device::cuda()`, `OXTILE_DEVICE=cuda`, or
//! `Device::default()` (which prefers CUDA when a GPU is present).
//!
//! Environment knobs:
//! - `OXTILE_CHECKED=1`/`0`: checked mode on/off (default: on in debug builds); see
//!   [`CudaBackend::set_checked`].
//! - `OXTILE_DUMP_CUDA=1`, `OXTILE_DUMP_PTX=1`: print each kernel's CUDA C / PTX to stderr
//!   when it is compiled.
//! - `OXTILE_CACHE_DIR=<dir>`: the disk cache of compiled kernels (default
//!   `$XDG_CACHE_HOME/oxtile` or `~/.cache/oxtile`); empty, or
//!   `OXTILE_DISABLE_DISK_CACHE=1`, disables it.
//! - `OXTILE_LINEINFO=1`: compile with source line information (for Nsight Compute).
//! - `OXTILE_CUDA_PIPELINE=0`: no software pipelining of tensor-core `dot` operands
//!   (`cp.async` over `num_stages`), to measure what it brings.
//!
//! Without a GPU, [`emu_device`] (`OXTILE_DEVICE=cuda-emu`) runs the same generated CUDA C
//! on a CPU emulator ([`emu`]): slow, but the whole launch path of the backend bar NVRTC and
//! the driver, for testing the code generator anywhere.
//!
//! What a launch compiled and ran with (warps, shared memory, the pipeline stages requested
//! and used): [`last_launch`]. When a launch gets fewer stages than its `num_stages` asked
//! for, the backend also logs a warning through the `log` crate.
//!
//! Interop with crates already on cudarc: [`interop`].
#![warn(missing_docs)]

pub mod codegen;
pub mod emu;
pub mod interop;
mod runtime;

pub use cudarc;
pub use interop::{
    Borrowed, borrow_view, borrow_view_mut, cuda_view, device_from_stream, device_ptr, wrap_slice,
};
pub use runtime::nvrtc;
pub use runtime::{CudaBackend, CudaError, LaunchInfo, cache_dir, default_checked, last_launch};

use kernel_core::runtime::Device;

/// Opens CUDA device 0 as an oxtile device.
pub fn device() -> Result<Device, CudaError> {
    Ok(CudaBackend::new()?.into_device())
}

/// The CUDA backend emulated on the CPU ([`emu::EmuBackend`], sm_90) as an oxtile device:
/// for testing the code generator without a GPU. Opening fails only on a misspelled
/// environment knob (`OXTILE_CHECKED`, `OXTILE_EMU_ARCH`); a missing C++ compiler is
/// reported by the first launch.
pub fn emu_device() -> Result<Device, CudaError> {
    Ok(emu::EmuBackend::new()?.into_device())
}
