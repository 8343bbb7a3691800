//! The backend-neutral runtime API: devices, typed buffers, launch arguments, grids, kernel
//! definitions with their specialization cache, `launch`, and errors.
//!
//! ```text
//! Device ──(Arc<dyn Backend>)──▶ Interpreter | CUDA | wgpu
//!   │ upload/alloc/full           ▲
//!   ▼                             │ Backend::launch(specialized kernel, key, grid, args, options)
//! Buffer<T> ──Arg──▶ launch(device, &KernelDef, consts, grid, args)
//!                      checks grid, args (count, kind, dtype, device),
//!                      specializes once per consts (cached), verifies
//! ```
//!
//! Everything that does not depend on the device lives here, so every backend reports the
//! same errors for the same mistakes and only implements memory and execution ([`Backend`]).
//!
//! Environment knobs: `OXTILE_DUMP_IR=1` prints each new specialization's IR to stderr;
//! `OXTILE_DUMP_IR_DIR=<dir>` writes each to `<dir>/<kernel>-<key as 016x>.ir`.

mod arg;
mod backend;
pub mod cache;
mod device;
pub mod env;
mod error;
mod host;
mod interpreter;
mod launch;
mod limits;
mod options;
pub mod status;
mod timing;

pub use arg::{Arg, Grid, ScalarValue};
pub use backend::{Backend, BufferHandle, time_by_wall_clock};
pub use device::{Buffer, Device, RawBuffer};
pub use error::{Access, LaunchError, ProgramId, RuntimeError};
pub use host::HostBytes;
pub use interpreter::Interpreter;
pub use launch::{
    KernelDef, MAX_GRID_X, MAX_GRID_YZ, Specialized, check_args, check_grid, check_options, launch,
    launch_kernel, launch_with,
};
pub use limits::DeviceLimits;
pub use options::{LaunchOptions, default_checked};
pub use timing::{BenchOptions, Timing, do_bench};
