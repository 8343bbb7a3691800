//! The interpreter as a [`Backend`]: host memory plus [`crate::interp::run`].

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use crate::dtype::DType;
use crate::interp::{self, InterpArg};
use crate::ir::Kernel;

use super::{Arg, Backend, BufferHandle, Grid, LaunchError, LaunchOptions, RuntimeError};

/// The reference CPU interpreter as a device: buffers are host byte vectors, launches run
/// every program sequentially with full bounds checks.
///
/// Launches on one interpreter are serialized (like a single CUDA stream), which also makes
/// locking the buffers of a launch deadlock-free: only a launch ever holds more than one
/// buffer lock, and only one launch runs at a time.
#[derive(Debug, Default)]
pub struct Interpreter {
    launch_lock: Mutex<()>,
}

impl Interpreter {
    /// A new interpreter device state.
    pub fn new() -> Interpreter {
        Interpreter::default()
    }

    fn host<'a>(&self, handle: &'a BufferHandle) -> Result<&'a HostBuffer, RuntimeError> {
        handle
            .downcast_ref::<HostBuffer>()
            .ok_or_else(|| RuntimeError::ForeignBuffer {
                device: self.name().to_string(),
            })
    }
}

/// An interpreter buffer: little-endian bytes behind a mutex (launches and host copies may
/// come from several threads).
#[derive(Debug)]
struct HostBuffer {
    bytes: Mutex<Vec<u8>>,
}

impl HostBuffer {
    fn lock(&self) -> MutexGuard<'_, Vec<u8>> {
        // A panic while holding the lock cannot leave the bytes in a state that is unsafe to
        // read, so poisoning is ignored rather than turned into a panic.
        self.bytes.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Backend for Interpreter {
    fn name(&self) -> &str {
        "interpreter"
    }

    fn alloc(&self, bytes: usize) -> Result<BufferHandle, RuntimeError> {
        let mut v = Vec::new();
        // `try_reserve_exact` so that an absurd size is an error, not an abort.
        v.try_reserve_exact(bytes)
            .map_err(|e| RuntimeError::Alloc {
                device: self.name().to_string(),
                len: bytes,
                dtype: DType::U8,
                message: e.to_string(),
            })?;
        v.resize(bytes, 0);
        Ok(Arc::new(HostBuffer {
            bytes: Mutex::new(v),
        }))
    }

    fn write(&self, buffer: &BufferHandle, bytes: &[u8]) -> Result<(), RuntimeError> {
        let host = self.host(buffer)?;
        let mut data = host.lock();
        if data.len() != bytes.len() {
            return Err(RuntimeError::LengthMismatch {
                expected: data.len(),
                found: bytes.len(),
            });
        }
        data.copy_from_slice(bytes);
        Ok(())
    }

    fn read(&self, buffer: &BufferHandle, out: &mut [u8]) -> Result<(), RuntimeError> {
        let host = self.host(buffer)?;
        let data = host.lock();
        if data.len() != out.len() {
            return Err(RuntimeError::LengthMismatch {
                expected: data.len(),
                found: out.len(),
            });
        }
        out.copy_from_slice(&data);
        Ok(())
    }

    fn launch(
        &self,
        kernel: &Kernel,
        _key: u64,
        grid: Grid,
        args: &[Arg<'_>],
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
        let mut guards: Vec<MutexGuard<'_, Vec<u8>>> = distinct.iter().map(|h| h.lock()).collect();
        let mut memory: Vec<&mut [u8]> = guards.iter_mut().map(|g| g.as_mut_slice()).collect();
        interp::run(kernel, grid, &iargs, &mut memory)
    }
}
