//! Buffers held in host memory: the interpreter's, and those of any backend that computes
//! on the CPU (the CUDA emulator). One implementation of allocation and host copies.

use std::sync::{Mutex, MutexGuard, PoisonError};

use super::RuntimeError;
use crate::DType;

/// Little-endian bytes behind a mutex (launches and host copies may come from several
/// threads). A backend wraps it in its own type, so that buffers of another backend are
/// told apart when downcast.
#[derive(Debug)]
pub struct HostBytes {
    bytes: Mutex<Vec<u8>>,
}

impl HostBytes {
    /// `bytes` zeros; `device` names the backend in the error when the memory cannot be
    /// had (an absurd size is an error, not an abort).
    pub fn zeroed(device: &str, bytes: usize) -> Result<HostBytes, RuntimeError> {
        let mut v = Vec::new();
        v.try_reserve_exact(bytes)
            .map_err(|e| RuntimeError::Alloc {
                device: device.to_string(),
                len: bytes,
                dtype: DType::U8,
                message: e.to_string(),
            })?;
        v.resize(bytes, 0);
        Ok(HostBytes {
            bytes: Mutex::new(v),
        })
    }

    /// The bytes, locked.
    pub fn lock(&self) -> MutexGuard<'_, Vec<u8>> {
        // A panic while holding the lock cannot leave the bytes in a state that is unsafe to
        // read, so poisoning is ignored rather than turned into a panic.
        self.bytes.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Overwrites every byte; `bytes` must have the buffer's length.
    pub fn write(&self, bytes: &[u8]) -> Result<(), RuntimeError> {
        let mut data = self.lock();
        if data.len() != bytes.len() {
            return Err(RuntimeError::LengthMismatch {
                expected: data.len(),
                found: bytes.len(),
                unit: "bytes",
            });
        }
        data.copy_from_slice(bytes);
        Ok(())
    }

    /// Copies every byte out; `out` must have the buffer's length.
    pub fn read(&self, out: &mut [u8]) -> Result<(), RuntimeError> {
        let data = self.lock();
        if data.len() != out.len() {
            return Err(RuntimeError::LengthMismatch {
                expected: data.len(),
                found: out.len(),
                unit: "bytes",
            });
        }
        out.copy_from_slice(&data);
        Ok(())
    }
}
