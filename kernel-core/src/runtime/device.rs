//! Devices and typed buffers.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

use crate::dtype::{DType, Element};

use super::{Backend, BufferHandle, Interpreter, RuntimeError};

/// A device: a cheap, clonable handle to a [`Backend`].
///
/// Clones share the backend, so buffers made through any clone belong to the same device.
/// Two devices made separately (two `Device::interpreter()` calls) are different devices even
/// if they run on the same hardware: a launch refuses buffers of another device, as CUDA
/// contexts do.
#[derive(Clone)]
pub struct Device {
    backend: Arc<dyn Backend>,
}

impl fmt::Debug for Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Device")
            .field("backend", &self.backend)
            .finish()
    }
}

impl Device {
    /// A new device backed by the reference CPU interpreter (no GPU needed).
    pub fn interpreter() -> Device {
        Device::from_backend(Arc::new(Interpreter::new()))
    }

    /// The CPU device: the interpreter's semantics, each launch's programs spread over
    /// `OXTILE_CPU_THREADS` threads (default: one per core). What [`Device::interpreter`]
    /// computes, program by program, bit for bit; only stores racing between programs and
    /// the order of atomics can differ between runs (`OXTILE_CPU_THREADS=1` rules that out).
    ///
    /// # Errors
    /// `OXTILE_CPU_THREADS` set to something other than a number.
    pub fn cpu() -> Result<Device, super::env::EnvError> {
        let threads = super::env::number::<usize>("OXTILE_CPU_THREADS", "a thread count")?;
        Ok(Device::from_backend(Arc::new(Interpreter::cpu(
            threads.unwrap_or(0),
        ))))
    }

    /// A device over any backend (how the CUDA and wgpu crates hand theirs out).
    pub fn from_backend(backend: Arc<dyn Backend>) -> Device {
        Device { backend }
    }

    /// The backend's name.
    pub fn name(&self) -> &str {
        self.backend.name()
    }

    /// What one launch may ask of this device: the largest tile and grid, the shared memory
    /// of one program, the 64-bit dtypes (see [`super::DeviceLimits`]). A library picks its
    /// block sizes from it (`limits().block_size(n, 1)`) rather than failing at launch.
    pub fn limits(&self) -> super::DeviceLimits {
        self.backend.limits()
    }

    /// The backend, for code that needs backend-level access (tests, benchmarks).
    pub fn backend(&self) -> &Arc<dyn Backend> {
        &self.backend
    }

    /// True if `self` and `other` are clones of one device.
    pub fn same_device(&self, other: &Device) -> bool {
        // Compare data pointers only: vtable pointers of one type may differ across codegen
        // units.
        std::ptr::addr_eq(Arc::as_ptr(&self.backend), Arc::as_ptr(&other.backend))
    }

    /// Waits for all submitted work (see [`Backend::synchronize`]).
    pub fn synchronize(&self) -> Result<(), RuntimeError> {
        self.backend.synchronize()
    }

    fn byte_len<T: Element>(&self, len: usize) -> Result<usize, RuntimeError> {
        len.checked_mul(T::DTYPE.size_bytes())
            .ok_or_else(|| RuntimeError::Alloc {
                device: self.name().to_string(),
                len,
                dtype: T::DTYPE,
                message: "the size in bytes overflows usize".to_string(),
            })
    }

    fn wrap<T: Element>(&self, handle: BufferHandle, len: usize) -> Buffer<T> {
        Buffer {
            raw: RawBuffer {
                device: self.clone(),
                handle,
                dtype: T::DTYPE,
                len,
            },
            _elem: PhantomData,
        }
    }

    /// Wraps memory a backend already holds as a typed buffer of `len` elements, without
    /// copying: how a backend crate adopts buffers made outside oxtile (the CUDA backend wraps
    /// a cudarc `CudaSlice`).
    ///
    /// # Safety
    /// `handle` must be a buffer of this device's backend (one it can downcast) holding at
    /// least `len * T::DTYPE.size_bytes()` bytes that stay valid while the handle lives.
    /// Launches trust `len` as the buffer's length: a shorter allocation would let a kernel
    /// access memory outside it.
    pub unsafe fn buffer_from_handle<T: Element>(
        &self,
        handle: BufferHandle,
        len: usize,
    ) -> Buffer<T> {
        self.wrap(handle, len)
    }

    /// Copies host data into a new buffer.
    pub fn upload<T: Element>(&self, data: &[T]) -> Result<Buffer<T>, RuntimeError> {
        self.byte_len::<T>(data.len())?;
        let bytes = to_bytes(data);
        let handle = self.backend.upload(&bytes)?;
        Ok(self.wrap(handle, data.len()))
    }

    /// A new buffer of `len` zeros (all bits zero: `0`, `0.0`, `false`).
    pub fn alloc<T: Element>(&self, len: usize) -> Result<Buffer<T>, RuntimeError> {
        let bytes = self.byte_len::<T>(len)?;
        let handle = self.backend.alloc(bytes)?;
        Ok(self.wrap(handle, len))
    }

    /// A new buffer of `len` copies of `value`.
    pub fn full<T: Element>(&self, len: usize, value: T) -> Result<Buffer<T>, RuntimeError> {
        let total = self.byte_len::<T>(len)?;
        let mut one = Vec::with_capacity(T::DTYPE.size_bytes());
        value.write_le(&mut one);
        let mut bytes = Vec::new();
        bytes
            .try_reserve_exact(total)
            .map_err(|e| RuntimeError::Alloc {
                device: self.name().to_string(),
                len,
                dtype: T::DTYPE,
                message: format!("host staging buffer: {e}"),
            })?;
        for _ in 0..len {
            bytes.extend_from_slice(&one);
        }
        let handle = self.backend.upload(&bytes)?;
        Ok(self.wrap(handle, len))
    }
}

fn to_bytes<T: Element>(data: &[T]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(data.len() * T::DTYPE.size_bytes());
    for &v in data {
        v.write_le(&mut bytes);
    }
    bytes
}

/// A buffer with its dtype known only at run time: what a launch argument refers to and
/// what backends see. [`Buffer<T>`] wraps one.
#[derive(Debug)]
pub struct RawBuffer {
    device: Device,
    handle: BufferHandle,
    dtype: DType,
    len: usize,
}

impl RawBuffer {
    /// The device the buffer lives on.
    pub fn device(&self) -> &Device {
        &self.device
    }
    /// The backend's handle (downcast it to the backend's buffer type).
    pub fn handle(&self) -> &BufferHandle {
        &self.handle
    }
    /// The element dtype.
    pub fn dtype(&self) -> DType {
        self.dtype
    }
    /// Number of elements.
    pub fn len(&self) -> usize {
        self.len
    }
    /// True if the buffer has no elements.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Size in bytes.
    pub fn byte_len(&self) -> usize {
        self.len * self.dtype.size_bytes()
    }
    /// Copies the contents to the host as little-endian bytes.
    pub fn read_bytes(&self) -> Result<Vec<u8>, RuntimeError> {
        let mut out = Vec::new();
        // Fallible: a device buffer may be larger than the host can hold.
        out.try_reserve_exact(self.byte_len())
            .map_err(|e| RuntimeError::Alloc {
                device: self.device.name().to_string(),
                len: self.len,
                dtype: self.dtype,
                message: format!("host copy: {e}"),
            })?;
        out.resize(self.byte_len(), 0);
        self.device.backend.read(&self.handle, &mut out)?;
        Ok(out)
    }
    /// Overwrites the contents with little-endian bytes (exactly [`RawBuffer::byte_len`]).
    pub fn write_bytes(&self, bytes: &[u8]) -> Result<(), RuntimeError> {
        if bytes.len() != self.byte_len() {
            return Err(RuntimeError::LengthMismatch {
                expected: self.byte_len(),
                found: bytes.len(),
                unit: "bytes",
            });
        }
        self.device.backend.write(&self.handle, bytes)
    }
}

/// A typed buffer of `T` on a device.
///
/// Freed when dropped. Not `Clone`: two `Buffer`s never alias by accident; pass `&buffer` to
/// several arguments of one launch to alias on purpose.
pub struct Buffer<T: Element> {
    raw: RawBuffer,
    // `fn() -> T`: the buffer owns no `T` on the host, and stays `Send + Sync` for every `T`.
    _elem: PhantomData<fn() -> T>,
}

impl<T: Element> fmt::Debug for Buffer<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Buffer")
            .field("dtype", &self.raw.dtype)
            .field("len", &self.raw.len)
            .field("device", &self.raw.device.name())
            .finish()
    }
}

impl<T: Element> Buffer<T> {
    /// Number of elements.
    pub fn len(&self) -> usize {
        self.raw.len
    }
    /// True if the buffer has no elements.
    pub fn is_empty(&self) -> bool {
        self.raw.len == 0
    }
    /// The element dtype (`T::DTYPE`).
    pub fn dtype(&self) -> DType {
        T::DTYPE
    }
    /// The device the buffer lives on.
    pub fn device(&self) -> &Device {
        &self.raw.device
    }
    /// The untyped view, as launch arguments carry it.
    pub fn raw(&self) -> &RawBuffer {
        &self.raw
    }
    /// Copies the contents to the host (waiting for launches that write the buffer).
    pub fn to_vec(&self) -> Result<Vec<T>, RuntimeError> {
        let bytes = self.raw.read_bytes()?;
        Ok(bytes
            .chunks_exact(T::DTYPE.size_bytes())
            .map(T::read_le)
            .collect())
    }
    /// Overwrites the contents; `data` must have exactly [`Buffer::len`] elements.
    pub fn write(&self, data: &[T]) -> Result<(), RuntimeError> {
        if data.len() != self.len() {
            return Err(RuntimeError::LengthMismatch {
                expected: self.len(),
                found: data.len(),
                unit: "elements",
            });
        }
        self.raw.write_bytes(&to_bytes(data))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use half::f16;

    #[test]
    fn upload_alloc_full_round_trip() {
        let dev = Device::interpreter();
        assert_eq!(dev.name(), "interpreter");
        let b = dev.upload(&[1.5f32, -2.0, 3.25]).unwrap();
        assert_eq!(b.len(), 3);
        assert_eq!(b.dtype(), DType::F32);
        assert_eq!(b.to_vec().unwrap(), vec![1.5, -2.0, 3.25]);
        b.write(&[4.0, 5.0, 6.0]).unwrap();
        assert_eq!(b.to_vec().unwrap(), vec![4.0, 5.0, 6.0]);
        assert_eq!(
            b.write(&[1.0]),
            Err(RuntimeError::LengthMismatch {
                expected: 3,
                found: 1,
                unit: "elements",
            })
        );
        let z = dev.alloc::<i64>(4).unwrap();
        assert_eq!(z.to_vec().unwrap(), vec![0; 4]);
        let h = dev.full(5, f16::from_f32(0.5)).unwrap();
        assert_eq!(h.to_vec().unwrap(), vec![f16::from_f32(0.5); 5]);
        let e = dev.alloc::<u8>(0).unwrap();
        assert!(e.is_empty());
        assert!(e.to_vec().unwrap().is_empty());
        assert!(b.device().same_device(&dev));
        assert!(!Device::interpreter().same_device(&dev));
    }

    #[test]
    fn huge_alloc_is_an_error_not_an_abort() {
        let dev = Device::interpreter();
        assert!(matches!(
            dev.alloc::<f64>(usize::MAX / 2),
            Err(RuntimeError::Alloc { .. })
        ));
        assert!(matches!(
            dev.alloc::<u8>(usize::MAX / 2),
            Err(RuntimeError::Alloc { .. })
        ));
    }
}
