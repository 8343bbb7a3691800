//! The interface every backend (interpreter, CUDA, wgpu) implements.

use std::any::Any;
use std::fmt::Debug;
use std::sync::Arc;

use crate::ir::Kernel;

use super::{Arg, Grid, LaunchError, LaunchOptions, RuntimeError};

/// A backend's buffer, type-erased.
///
/// The runtime never looks inside: it only keeps the handle alive (dropping the last clone
/// frees the memory, through the backend type's own `Drop`) and hands it back to the backend
/// that made it, which downcasts it (`handle.downcast_ref::<MyBuffer>()`). An `Arc` so that a
/// buffer can be shared by a `Buffer<T>` and in-flight launches without copying; `Any` so that
/// each backend chooses its own representation (a `Vec<u8>` behind a mutex, a `CUdeviceptr`,
/// a `wgpu::Buffer`) without this crate depending on any of them.
pub type BufferHandle = Arc<dyn Any + Send + Sync>;

/// A device implementation.
///
/// The runtime ([`super::Device`], [`super::launch`]) does everything backend-neutral —
/// argument and grid checks, specialization and its cache, error naming — and calls a backend
/// only for what differs per device: memory and execution. Methods take `&self` because one
/// backend is shared by all clones of a [`super::Device`] and by all threads (hence
/// `Send + Sync`); backends synchronize internally. `Debug` so that a `Device` can be printed.
pub trait Backend: Send + Sync + Debug {
    /// A short human-readable name (`"interpreter"`, `"cuda:0 (NVIDIA H100)"`), used in error
    /// messages so a user knows which device failed.
    fn name(&self) -> &str;

    /// Allocates `bytes` bytes, zero-filled. Zero-filled because `Device::alloc` promises
    /// zeros (as `torch.zeros`), and an output buffer holding stale data from an earlier
    /// allocation would make kernel bugs nondeterministic.
    fn alloc(&self, bytes: usize) -> Result<BufferHandle, RuntimeError>;

    /// Allocates a buffer holding a copy of `bytes`. The default is `alloc` + `write`;
    /// backends override it when they can skip the zero fill or map memory directly.
    fn upload(&self, bytes: &[u8]) -> Result<BufferHandle, RuntimeError> {
        let handle = self.alloc(bytes.len())?;
        self.write(&handle, bytes)?;
        Ok(handle)
    }

    /// Overwrites a whole buffer of this backend with `bytes` (whose length is the buffer's
    /// size in bytes: the typed [`super::Buffer`] checks it). The copy is complete when this
    /// returns, so the host slice may be reused at once.
    fn write(&self, buffer: &BufferHandle, bytes: &[u8]) -> Result<(), RuntimeError>;

    /// Copies a whole buffer of this backend into `out` (of the buffer's size in bytes),
    /// after every launch that wrote it has finished: reading is the synchronization point
    /// users rely on (`y.to_vec()` after a launch).
    fn read(&self, buffer: &BufferHandle, out: &mut [u8]) -> Result<(), RuntimeError>;

    /// Runs a *specialized* kernel (no [`crate::ir::Dim::Sym`], no
    /// [`crate::ir::Op::ConstParam`]; it passed [`crate::verify::verify`]) over `grid`.
    ///
    /// `key` is a stable hash of the specialized kernel ([`crate::text::kernel_hash`]): the
    /// key of the backend's compiled-kernel caches, in memory and on disk, so a warm launch
    /// costs a hash lookup and no hashing of the IR. `args` have been checked against
    /// `kernel.params` (count, kind, dtype) and every buffer was made by this backend. A
    /// backend may return before the kernel finishes; errors it detects later (an
    /// out-of-bounds access in checked mode) surface from a later call. `options` were
    /// range-checked; a backend without such knobs ignores them.
    fn launch(
        &self,
        kernel: &Kernel,
        key: u64,
        grid: Grid,
        args: &[Arg<'_>],
        options: &LaunchOptions,
    ) -> Result<(), LaunchError>;

    /// The most elements one tile of a kernel may hold on this device: at most
    /// [`crate::specialize::MAX_TILE_ELEMENTS`] (every device's limit, checked at
    /// specialization), less where the device's compiler cannot build larger tiles in
    /// reasonable time. A launch with a larger tile fails with
    /// [`LaunchError::Specialization`] before the backend sees it.
    fn max_tile_elements(&self) -> u64 {
        crate::specialize::MAX_TILE_ELEMENTS
    }

    /// What one launch may ask of this device ([`super::DeviceLimits`]). The default is
    /// [`super::DeviceLimits::unbounded`] at [`Backend::max_tile_elements`], right for a
    /// backend with no shared memory, no threads and every dtype (the interpreter).
    fn limits(&self) -> super::DeviceLimits {
        super::DeviceLimits::unbounded(self.max_tile_elements())
    }

    /// Times `f`, which launches work on this device: the seconds from before its first
    /// launch to the end of its last. The default, right for synchronous backends and
    /// usable by any, is the wall clock from a synchronization to one after `f`.
    fn time(&self, f: &mut dyn FnMut() -> Result<(), LaunchError>) -> Result<f64, LaunchError> {
        time_by_wall_clock(self, f)
    }

    /// What [`Backend::time`] measures with: `"wall clock"` by default.
    fn timer(&self) -> &'static str {
        "wall clock"
    }

    /// Evicts earlier work from the device's caches before a timed run (Triton's L2 flush).
    /// Nothing by default.
    fn flush_caches(&self) -> Result<(), RuntimeError> {
        Ok(())
    }

    /// What identifies this device and its toolchain for results persisted across
    /// processes (autotuning winners): by default its name.
    fn provenance(&self) -> String {
        self.name().to_string()
    }

    /// Waits for all work submitted so far. A no-op for synchronous backends such as the
    /// interpreter; benchmarks and error checks of asynchronous backends need it.
    fn synchronize(&self) -> Result<(), RuntimeError> {
        Ok(())
    }

    /// The backend as `Any`, so that a backend crate can recover its own type from a
    /// [`super::Device`] (`device.backend().as_any()?.downcast_ref::<CudaBackend>()`) to offer
    /// backend-specific interop (raw device pointers, streams). `None` by default: a backend
    /// without such an API need not implement it.
    fn as_any(&self) -> Option<&dyn Any> {
        None
    }
}

/// [`Backend::time`]'s default, for backends that override it where they can do better
/// (wgpu without timestamp queries falls back to it): the wall clock from a synchronization
/// to one after `f`.
pub fn time_by_wall_clock<B: Backend + ?Sized>(
    backend: &B,
    f: &mut dyn FnMut() -> Result<(), LaunchError>,
) -> Result<f64, LaunchError> {
    let sync = |e: RuntimeError| LaunchError::Backend {
        kernel: "(timing)".into(),
        backend: backend.name().to_string(),
        message: e.to_string(),
    };
    backend.synchronize().map_err(sync)?;
    let t = std::time::Instant::now();
    f()?;
    backend.synchronize().map_err(sync)?;
    Ok(t.elapsed().as_secs_f64())
}
