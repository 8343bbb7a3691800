//! The CUDA backend's buffer: a device allocation and what keeps it alive.

use std::any::Any;
use std::sync::Arc;

use cudarc::driver::{CudaSlice, CudaStream, sys};

/// What owns a buffer's memory.
pub(crate) enum Owner {
    /// Allocated by the backend on its stream (freed on that stream, so after every launch
    /// that uses it).
    Own(CudaSlice<u8>),
    /// A cudarc `CudaSlice<T>` adopted through [`crate::wrap_slice`], kept as it was given so
    /// that it can be viewed again with its own type, and freed by its own `Drop`.
    Foreign {
        /// The `CudaSlice<T>`.
        slice: Box<dyn Any + Send + Sync>,
        /// The backend's stream, synchronized before the slice is dropped when the slice
        /// belongs to another stream: that stream knows nothing of oxtile's launches, and
        /// would otherwise free the memory while one still runs.
        sync_before_free: Option<Arc<CudaStream>>,
    },
    /// Lent by a cudarc view for the life of a [`crate::interop::Borrowed`] guard, which
    /// records the use on the view's events; nothing to free.
    Lent,
}

/// A device buffer of the CUDA backend (what its `BufferHandle`s hold).
pub(crate) struct CudaBuffer {
    /// The device address of the first byte.
    pub ptr: sys::CUdeviceptr,
    /// The size the user sees, in bytes (the allocation may be larger: never zero).
    pub bytes: usize,
    /// Keeps the memory alive.
    pub owner: Owner,
}

impl Drop for CudaBuffer {
    fn drop(&mut self) {
        if let Owner::Foreign {
            sync_before_free: Some(stream),
            ..
        } = &self.owner
        {
            // Errors cannot be returned from a drop; a failed sync means the context is
            // already broken, and freeing memory of a broken context is harmless.
            let _ = stream.synchronize();
        }
    }
}
