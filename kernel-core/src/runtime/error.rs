//! The runtime's error types.
//!
//! Errors carry the names a user can act on — the kernel, the parameter as written in the Rust
//! source, the offending value — rather than indices, because the person reading them wrote a
//! `#[kernel]` function, not IR. They are `Clone` so that a parse error of a kernel's embedded
//! IR can be cached and returned on every launch.

use std::fmt;

use crate::dtype::DType;
use crate::ir::at_suffix;

/// An error from a device operation that is not a launch: allocation, copies, device loss.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RuntimeError {
    /// The device could not allocate the buffer (or its size overflows).
    #[error("cannot allocate {len} elements of {dtype} on device `{device}`: {message}")]
    Alloc {
        /// The device's name.
        device: String,
        /// Elements requested (for a raw byte allocation, bytes of `u8`).
        len: usize,
        /// Their dtype.
        dtype: DType,
        /// What the device said (out of memory, a size that overflows).
        message: String,
    },
    /// A host slice's length differs from the buffer's.
    #[error("length mismatch: the buffer holds {expected} {unit}, the host data has {found}")]
    LengthMismatch {
        /// The buffer's length.
        expected: usize,
        /// The host slice's length.
        found: usize,
        /// What the lengths count: `"elements"` (typed copies) or `"bytes"` (raw ones).
        unit: &'static str,
    },
    /// The device stopped working (driver reset, lost adapter...).
    #[error("device `{device}` lost: {message}")]
    DeviceLost {
        /// The device's name.
        device: String,
        /// What the driver said.
        message: String,
    },
    /// A buffer handle was given to a backend that did not create it.
    #[error("device `{device}` was given a buffer it did not allocate")]
    ForeignBuffer {
        /// The device's name.
        device: String,
    },
    /// Any other backend failure.
    #[error("device `{device}`: {message}")]
    Backend {
        /// The device's name.
        device: String,
        /// What went wrong.
        message: String,
    },
    /// A kernel launched earlier failed (a `device_assert`, a bad loop step, or an
    /// out-of-bounds access), and the failure was found at this later synchronization point.
    ///
    /// Asynchronous backends (CUDA outside checked mode) return from a launch before the
    /// kernel runs, so the kernel's report can only surface from the next call that waits
    /// for the device: `synchronize`, a read back, or the next checked launch.
    #[error("an earlier launch failed: {0}")]
    KernelFailed(Box<LaunchError>),
}

/// Which kind of memory access went out of bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Access {
    /// A `load`.
    Load,
    /// A `store`.
    Store,
    /// An atomic read-modify-write or compare-and-swap.
    Atomic,
}

impl fmt::Display for Access {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Access::Load => "load",
            Access::Store => "store",
            Access::Atomic => "atomic",
        })
    }
}

/// The coordinates of one program of a grid, for error messages: `(x, y, z)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ProgramId {
    /// Index along x.
    pub x: u32,
    /// Index along y.
    pub y: u32,
    /// Index along z.
    pub z: u32,
}

impl fmt::Display for ProgramId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}, {}, {})", self.x, self.y, self.z)
    }
}

/// Why a launch failed. Every variant names the kernel; those about an argument name it by
/// its parameter name; those raised while running name the program.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LaunchError {
    /// The kernel's IR does not parse or does not verify (a bug in whatever produced it, or
    /// hand-written IR).
    #[error("kernel `{kernel}`: invalid IR: {message}")]
    InvalidIr {
        /// The kernel's name.
        kernel: String,
        /// What is wrong.
        message: String,
    },
    /// The number of runtime arguments differs from the kernel's parameters.
    #[error("kernel `{kernel}` takes {expected} arguments, {found} were given")]
    ArgCount {
        /// The kernel's name.
        kernel: String,
        /// Number of parameters.
        expected: usize,
        /// Number of arguments.
        found: usize,
    },
    /// An argument's kind (buffer or scalar) or dtype differs from its parameter's.
    #[error("kernel `{kernel}`: argument `{arg}` must be {expected}, found {found}")]
    ArgType {
        /// The kernel's name.
        kernel: String,
        /// The parameter's name.
        arg: String,
        /// What the parameter needs, e.g. "a buffer of f32".
        expected: String,
        /// What was given, e.g. "a scalar i32".
        found: String,
    },
    /// A buffer argument lives on another device than the launch.
    #[error(
        "kernel `{kernel}`: argument `{arg}` is a buffer of another device (`{found}`) than \
         the launch's (`{expected}`): every opened device, each `Device::interpreter()` \
         included, has buffers of its own; allocate or upload it on the launching device"
    )]
    ForeignBuffer {
        /// The kernel's name.
        kernel: String,
        /// The parameter's name.
        arg: String,
        /// The launching device's name.
        expected: String,
        /// The buffer's device's name.
        found: String,
    },
    /// A launch option is outside its range.
    #[error("kernel `{kernel}`: launch option {option} = {value} must be {expected}")]
    BadOption {
        /// The kernel's name.
        kernel: String,
        /// `num_warps` or `num_stages`.
        option: &'static str,
        /// The requested value.
        value: u32,
        /// The allowed values.
        expected: &'static str,
    },
    /// A grid dimension is 0 or above the hardware limit.
    #[error("kernel `{kernel}`: grid size {axis} = {value} is outside 1..={max}")]
    BadGrid {
        /// The kernel's name.
        kernel: String,
        /// `'x'`, `'y'` or `'z'`.
        axis: char,
        /// The requested size.
        value: u32,
        /// The largest allowed size along that axis.
        max: u32,
    },
    /// The const generic values do not fit the kernel (wrong count, out of range, a shape
    /// that becomes invalid...).
    #[error("kernel `{kernel}`: cannot specialize: {message}")]
    Specialization {
        /// The kernel's name.
        kernel: String,
        /// What the specializer said.
        message: String,
    },
    /// An active lane of a load, store or atomic addressed outside its buffer. Nothing out of
    /// bounds was read or written.
    #[error(
        "kernel `{kernel}`: out-of-bounds {access} of argument `{arg}` at element offset \
         {offset} (buffer length {len}) in program {program}{}",
        at_suffix(.at)
    )]
    OutOfBounds {
        /// The kernel's name.
        kernel: String,
        /// The name of the buffer parameter the pointer was derived from.
        arg: String,
        /// Load, store or atomic.
        access: Access,
        /// The element offset (may be negative).
        offset: i64,
        /// The buffer's length in elements.
        len: usize,
        /// The program that made the access.
        program: ProgramId,
        /// Where the access is in the kernel's source (`src/kernels.rs:42:9`), when the
        /// backend can tell (the interpreter always can; see
        /// [`crate::ir::Kernel::source_of`]).
        at: Option<String>,
    },
    /// A `device_assert` failed.
    #[error(
        "kernel `{kernel}`: assertion failed in program {program}{}: {message}",
        at_suffix(.at)
    )]
    AssertionFailed {
        /// The kernel's name.
        kernel: String,
        /// The assertion's message.
        message: String,
        /// The program whose assertion failed.
        program: ProgramId,
        /// Where the `device_assert` is in the kernel's source, when the backend can tell.
        at: Option<String>,
    },
    /// A `for` loop's step was zero or negative.
    #[error(
        "kernel `{kernel}`: `for` loop step must be positive, got {step} in program {program}{}",
        at_suffix(.at)
    )]
    BadLoopStep {
        /// The kernel's name.
        kernel: String,
        /// The step value.
        step: i128,
        /// The program that ran the loop.
        program: ProgramId,
        /// Where the loop is in the kernel's source, when the backend can tell.
        at: Option<String>,
    },
    /// The backend failed (compilation, driver error, lost device...).
    #[error("kernel `{kernel}`: backend `{backend}` failed: {message}")]
    Backend {
        /// The kernel's name.
        kernel: String,
        /// The backend's name.
        backend: String,
        /// What went wrong.
        message: String,
    },
    /// The device's driver ended a loop of the kernel before its end, so the program's
    /// results cannot be trusted. Mesa's llvmpipe (lavapipe, a Vulkan driver on the CPU)
    /// allows each program 65,535 loop iterations, all its loops together (the per-element
    /// loops the code generator writes included), and stops loops silently past that; the
    /// wgpu backend detects it and fails the launch rather than return other numbers.
    #[error(
        "kernel `{kernel}`: program {program} ran into device `{device}`'s limit of {limit} \
         loop iterations per program (all its loops together), so its results would be \
         wrong; give each program fewer iterations (smaller loops, more programs) or use \
         another device"
    )]
    LoopLimit {
        /// The kernel's name.
        kernel: String,
        /// The device's name.
        device: String,
        /// The device's budget of loop iterations per program.
        limit: u64,
        /// The program that ran into it.
        program: ProgramId,
    },
    /// An `OXTILE_*` environment knob read at launch (`OXTILE_DUMP_IR`...) is set to a value
    /// it cannot take.
    #[error("kernel `{kernel}`: {error}")]
    Env {
        /// The kernel's name.
        kernel: String,
        /// The variable, its value and what it takes.
        error: super::env::EnvError,
    },
}

impl LaunchError {
    /// The name of the kernel the error is about.
    pub fn kernel(&self) -> &str {
        match self {
            LaunchError::InvalidIr { kernel, .. }
            | LaunchError::ArgCount { kernel, .. }
            | LaunchError::ArgType { kernel, .. }
            | LaunchError::ForeignBuffer { kernel, .. }
            | LaunchError::BadOption { kernel, .. }
            | LaunchError::BadGrid { kernel, .. }
            | LaunchError::Specialization { kernel, .. }
            | LaunchError::OutOfBounds { kernel, .. }
            | LaunchError::AssertionFailed { kernel, .. }
            | LaunchError::BadLoopStep { kernel, .. }
            | LaunchError::Env { kernel, .. }
            | LaunchError::LoopLimit { kernel, .. }
            | LaunchError::Backend { kernel, .. } => kernel,
        }
    }
}
