//! The interpreter as a [`Backend`]: host memory plus [`crate::interp::run`].

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::interp::{self, InterpArg};
use crate::ir::Kernel;

use super::{
    Arg, Backend, BufferHandle, Grid, HostBytes, LaunchError, LaunchOptions, RuntimeError,
};

/// The reference CPU interpreter as a device: buffers are host byte vectors, launches run
/// every program with full bounds checks, one after the other ([`Interpreter::new`], the
/// `interpreter` device) or spread over the CPU's cores ([`Interpreter::cpu`], the `cpu`
/// device: [`crate::interp::run_parallel`]).
///
/// Launches on one interpreter are serialized (like a single CUDA stream), which also makes
/// locking the buffers of a launch deadlock-free: only a launch ever holds more than one
/// buffer lock, and only one launch runs at a time.
#[derive(Debug)]
pub struct Interpreter {
    launch_lock: Mutex<()>,
    /// Threads a launch's programs run on; 0 is the sequential `interpreter` device.
    threads: usize,
    /// Index arithmetic in closed form (always, but in [`Interpreter::element_wise`]).
    closed_forms: bool,
}

impl Default for Interpreter {
    fn default() -> Interpreter {
        Interpreter::new()
    }
}

impl Interpreter {
    /// The reference interpreter: one program after another, in the grid's order, so every
    /// run of a kernel computes the same bits (atomics and races included).
    pub fn new() -> Interpreter {
        Interpreter {
            launch_lock: Mutex::new(()),
            threads: 0,
            closed_forms: true,
        }
    }

    /// The reference interpreter with every value stored element by element, none in
    /// closed form ([`crate::interp::run_element_wise`]): slower, and computing the same bits,
    /// which is what the tests that use it check.
    #[doc(hidden)]
    pub fn element_wise() -> Interpreter {
        Interpreter {
            closed_forms: false,
            ..Interpreter::new()
        }
    }

    /// The CPU device: the interpreter's semantics with a launch's programs spread over
    /// `threads` threads (each program computes what it computes under [`Interpreter::new`];
    /// only races between programs and the order of atomics differ). `threads` 0 means one
    /// per core the OS offers. With 1 it is sequential, and deterministic, under the name
    /// `cpu`.
    pub fn cpu(threads: usize) -> Interpreter {
        let threads = if threads == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            threads
        };
        Interpreter {
            launch_lock: Mutex::new(()),
            threads,
            closed_forms: true,
        }
    }

    fn host<'a>(&self, handle: &'a BufferHandle) -> Result<&'a HostBuffer, RuntimeError> {
        handle
            .downcast_ref::<HostBuffer>()
            .ok_or_else(|| RuntimeError::ForeignBuffer {
                device: self.name().to_string(),
            })
    }
}

/// An interpreter buffer (its own type, so that other host-memory backends' buffers are
/// foreign here).
#[derive(Debug)]
struct HostBuffer(HostBytes);

impl Backend for Interpreter {
    fn name(&self) -> &str {
        if self.threads == 0 {
            "interpreter"
        } else {
            "cpu"
        }
    }

    fn alloc(&self, bytes: usize) -> Result<BufferHandle, RuntimeError> {
        Ok(Arc::new(HostBuffer(HostBytes::zeroed(self.name(), bytes)?)))
    }

    fn write(&self, buffer: &BufferHandle, bytes: &[u8]) -> Result<(), RuntimeError> {
        self.host(buffer)?.0.write(bytes)
    }

    fn read(&self, buffer: &BufferHandle, out: &mut [u8]) -> Result<(), RuntimeError> {
        self.host(buffer)?.0.read(out)
    }

    fn launch(
        &self,
        kernel: &Kernel,
        _key: u64,
        grid: Grid,
        args: &[Arg<'_>],
        // Tuning options change nothing here, `fast_math` included: the interpreter is the
        // reference semantics the other backends' fast math is measured against.
        _options: &LaunchOptions,
    ) -> Result<(), LaunchError> {
        let _serial = self
            .launch_lock
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        // The same buffer may be passed to several parameters (in-place kernels): lock each
        // distinct buffer once and map parameters to slots.
        let mut distinct: Vec<&HostBuffer> = Vec::new();
        let mut iargs = Vec::with_capacity(args.len());
        for (i, arg) in args.iter().enumerate() {
            match arg {
                Arg::Buffer(b) => {
                    let host = self.host(b.handle()).map_err(|e| LaunchError::Backend {
                        kernel: kernel.name.clone(),
                        backend: self.name().to_string(),
                        message: format!(
                            "argument `{}`: {e}",
                            kernel.params.get(i).map_or("?", |p| p.name.as_str())
                        ),
                    })?;
                    let slot = match distinct.iter().position(|d| std::ptr::eq(*d, host)) {
                        Some(s) => s,
                        None => {
                            distinct.push(host);
                            distinct.len() - 1
                        }
                    };
                    iargs.push(InterpArg::Buffer(slot));
                }
                Arg::Scalar(s) => iargs.push(InterpArg::Scalar(*s)),
            }
        }
        let mut guards: Vec<MutexGuard<'_, Vec<u8>>> =
            distinct.iter().map(|h| h.0.lock()).collect();
        let mut memory: Vec<&mut [u8]> = guards.iter_mut().map(|g| g.as_mut_slice()).collect();
        if !self.closed_forms {
            interp::run_element_wise(kernel, grid, &iargs, &mut memory)
        } else if self.threads == 0 {
            interp::run(kernel, grid, &iargs, &mut memory)
        } else {
            interp::run_parallel(kernel, grid, &iargs, &mut memory, self.threads)
        }
    }
}
