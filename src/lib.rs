//! # oxtile
//!
//! A Triton-like, block-level GPU kernel language embedded in Rust. Write a kernel as a Rust
//! function under [`kernel`]; the macro checks dtypes and symbolic tile shapes at `cargo build`
//! time and replaces the function by a type with a typed `launch`:
//!
//! ```
//! use oxtile::prelude::*;
//!
//! #[kernel]
//! fn add<const BLOCK: usize>(x: Ptr<f32>, y: Ptr<f32>, out: Ptr<f32>, n: i32) {
//!     let offs = program_id(0) * BLOCK + arange(0, BLOCK);
//!     let mask = offs < n;
//!     store(out + offs, load(x + offs, mask, 0.0) + load(y + offs, mask, 0.0), mask);
//! }
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let dev = Device::default()?;
//! let x = dev.upload(&[1.0f32, 2.0, 3.0])?;
//! let y = dev.upload(&[10.0f32, 20.0, 30.0])?;
//! let out = dev.alloc::<f32>(3)?;
//! add::<4>::launch(&dev, Grid::x(1), &x, &y, &out, 3)?;
//! assert_eq!(out.to_vec()?, vec![11.0, 22.0, 33.0]);
//! # Ok(())
//! # }
//! ```
//!
//! The pieces: [`ir`] (the tile IR, with a textual form in [`text`] and a [`verify`]er),
//! [`specialize`] (const generics substituted at launch), [`interp`] (the reference CPU
//! interpreter: the semantics every backend matches) and [`runtime`] (devices, buffers,
//! launch). GPU backends plug in behind the cargo features `cuda` (`oxtile::cuda`, NVIDIA through
//! NVRTC and the driver API) and `wgpu` (any Vulkan, Metal or DX12 GPU through WGSL).

#![warn(missing_docs)]

pub mod autotune;
mod device;

pub use device::{Device, DeviceError};
pub use half;
pub use kernel_core::runtime::{
    Arg, BenchOptions, Buffer, DeviceLimits, Grid, KernelDef, LaunchError, LaunchOptions,
    RuntimeError, Timing, do_bench,
};
pub use kernel_core::{DType, Element, F8E4M3, F8E5M2, Float, Int, Num};
pub use kernel_core::{dtype, interp, ir, numeric, runtime, specialize, text, verify};
#[doc(hidden)]
pub use kernel_macros::__kernel_collect;
pub use kernel_macros::{kernel, kernel_fn};

/// The CUDA backend (cargo feature `cuda`): [`cuda::CudaBackend`], checked mode, and interop
/// with cudarc streams and slices ([`cuda::interop`]).
#[cfg(feature = "cuda")]
pub use oxtile_cuda as cuda;

/// The wgpu backend (cargo feature `wgpu`): [`wgpu::WgpuBackend`], its checked mode, what its
/// adapter offers ([`wgpu::codegen::Caps`], from [`wgpu::WgpuBackend::caps`]), and the WGSL
/// code generator.
#[cfg(feature = "wgpu")]
pub use oxtile_wgpu as wgpu;

/// Marks a pointer parameter in a `#[kernel]` signature: `x: Ptr<f32>` is a buffer of `f32`,
/// passed to the launcher as `&Buffer<f32>`. It exists so the signature reads as Rust; it
/// has no values outside kernels.
pub struct Ptr<T>(std::marker::PhantomData<T>);

/// Everything a kernel file needs: `use oxtile::prelude::*;`.
pub mod prelude {
    pub use crate::{
        Buffer, DType, Device, Float, Grid, Int, LaunchError, LaunchOptions, Num, Ptr, kernel,
        kernel_fn,
    };
    pub use half::{bf16, f16};
}

/// The README's code, compiled and run as a doctest so it cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
