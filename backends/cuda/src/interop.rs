//! Interop with code already on cudarc: share a stream, adopt `CudaSlice`s as oxtile
//! buffers, and hand oxtile buffers to cudarc kernels.
//!
//! # Safety story
//! - **Streams.** A backend made by [`CudaBackend::from_stream`] issues every copy and
//!   launch on the caller's stream, so oxtile's work and the caller's are ordered as the
//!   stream orders them; nothing else is needed. Work on *other* streams must be ordered
//!   by the caller (events), as with any CUDA code.
//! - **Adopted slices.** [`wrap_slice`] takes the `CudaSlice` by value: the oxtile buffer
//!   owns it and frees it by the slice's own `Drop`. Its length is the slice's, so launches
//!   stay bounds-checked. When the slice belongs to another stream than the backend's, the
//!   backend's stream is synchronized before the memory is freed, so an oxtile kernel still
//!   running never sees it disappear. Pending cudarc writes to the slice are waited for (on
//!   the backend's stream) when it is adopted.
//! - **Borrowed buffers.** [`cuda_view`] lends an oxtile buffer as a cudarc `CudaView`
//!   tied to the buffer's lifetime (so it cannot outlive the memory); [`device_ptr`] gives
//!   the raw address for FFI, whose lifetime the caller must respect. Kernels launched
//!   through either on the backend's stream are ordered with oxtile's launches; on another
//!   stream, synchronize first (`device.synchronize()`).
//! - **Lent views.** [`borrow_view_mut`] (and the `unsafe` [`borrow_view`]) make an oxtile
//!   buffer over a cudarc view *without taking it*: how a framework that keeps its own
//!   `CudaSlice`s (candle's tensors) passes them to an oxtile launch with no copy. The buffer
//!   lives in a [`Borrowed`] guard that holds the view's borrow, so it cannot outlive the
//!   memory; the guard's drop records the use on the view's cudarc events, after every
//!   launch made through it, so cudarc orders later writes and the free after those
//!   launches (on the same stream that order is the stream's anyway).

use std::marker::PhantomData;
use std::ops::Deref;
use std::sync::Arc;

use cudarc::driver::{
    CudaSlice, CudaStream, CudaView, CudaViewMut, DevicePtr, DevicePtrMut, DeviceRepr, DeviceSlice,
    sys,
};
use kernel_core::Element;
use kernel_core::runtime::{Buffer, Device};

use crate::runtime::{CudaBuffer, Owner};
use crate::{CudaBackend, CudaError};

/// The CUDA backend behind `device`, if it is one (for [`CudaBackend::stream`],
/// [`CudaBackend::set_checked`]...).
pub fn backend(device: &Device) -> Option<&CudaBackend> {
    device.backend().as_any()?.downcast_ref::<CudaBackend>()
}

/// An oxtile device on the caller's stream (see [`CudaBackend::from_stream`]).
pub fn device_from_stream(stream: Arc<CudaStream>) -> Result<Device, CudaError> {
    Ok(CudaBackend::from_stream(stream)?.into_device())
}

/// Adopts a cudarc slice as an oxtile buffer of `device` without copying.
///
/// `device` must be a CUDA device whose context is the slice's (the primary context of one
/// GPU is shared by every `CudaContext::new(ordinal)` of the process, so slices of the same
/// GPU qualify).
pub fn wrap_slice<T: Element + DeviceRepr>(
    device: &Device,
    slice: CudaSlice<T>,
) -> Result<Buffer<T>, CudaError> {
    let backend = adopter("wrap_slice", device, &slice)?;
    let len = slice.len();
    let ptr = {
        // Makes the backend's stream wait for pending cudarc writes to the slice, and
        // records the (stream-ordered) use.
        let (ptr, _record) = slice.device_ptr(backend.stream());
        ptr
    };
    let other_stream = **slice.stream() != **backend.stream();
    let handle = Arc::new(CudaBuffer {
        ptr,
        bytes: len * std::mem::size_of::<T>(),
        owner: Owner::Foreign {
            slice: Box::new(slice),
            sync_before_free: other_stream.then(|| backend.stream().clone()),
        },
    });
    // SAFETY: the handle is this backend's buffer type, holding exactly `len` elements of
    // `T` (the slice's length), alive as long as the handle.
    Ok(unsafe { device.buffer_from_handle::<T>(handle, len) })
}

/// The CUDA backend of `device`, after checking that it can use `slice`'s memory as `T`s
/// (for the error messages of `what`).
fn adopter<'d, T: Element, S: DeviceSlice<T>>(
    what: &str,
    device: &'d Device,
    slice: &S,
) -> Result<&'d CudaBackend, CudaError> {
    let backend = backend(device).ok_or_else(|| {
        CudaError::Interop(format!(
            "{what}: device `{}` is not a CUDA device",
            device.name()
        ))
    })?;
    if std::mem::size_of::<T>() != T::DTYPE.size_bytes() {
        return Err(CudaError::Interop(format!(
            "{what}: {} is {} bytes in Rust but {} in oxtile",
            T::DTYPE,
            std::mem::size_of::<T>(),
            T::DTYPE.size_bytes()
        )));
    }
    if **slice.stream().context() != **backend.context() {
        return Err(CudaError::Interop(format!(
            "{what}: the memory belongs to another CUDA context than device `{}`",
            device.name()
        )));
    }
    Ok(backend)
}

/// An oxtile buffer lent by a cudarc view ([`borrow_view_mut`], [`borrow_view`]): use it as
/// `&Buffer<T>` in launches while the guard lives. Dropping it records the launches' use of
/// the memory on the view's cudarc events (see the module docs); the memory itself stays the
/// view's owner's.
pub struct Borrowed<'a, T: Element> {
    buffer: Buffer<T>,
    /// Records the use on the view's events (`device_ptr(_mut)` on the backend's stream).
    release: Option<Box<dyn FnOnce() + 'a>>,
    _view: PhantomData<&'a mut T>,
}

impl<T: Element> Deref for Borrowed<'_, T> {
    type Target = Buffer<T>;
    fn deref(&self) -> &Buffer<T> {
        &self.buffer
    }
}

impl<T: Element> Drop for Borrowed<'_, T> {
    fn drop(&mut self) {
        if let Some(release) = self.release.take() {
            release();
        }
    }
}

impl<T: Element> std::fmt::Debug for Borrowed<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Borrowed").field(&self.buffer).finish()
    }
}

/// Makes a buffer of `device` over `len` elements at `ptr` that frees nothing.
fn lent<'a, T: Element>(
    device: &Device,
    ptr: sys::CUdeviceptr,
    len: usize,
    release: Box<dyn FnOnce() + 'a>,
) -> Borrowed<'a, T> {
    let handle = Arc::new(CudaBuffer {
        ptr,
        bytes: len * std::mem::size_of::<T>(),
        owner: Owner::Lent,
    });
    Borrowed {
        // SAFETY: the handle is this backend's buffer type over `len` elements of `T` (the
        // view's), valid while the view is borrowed, which the guard's lifetime holds; the
        // buffer cannot leave the guard (`Buffer` is not `Clone`, the guard gives out `&`).
        buffer: unsafe { device.buffer_from_handle::<T>(handle, len) },
        release: Some(release),
        _view: PhantomData,
    }
}

/// Lends a cudarc view to oxtile launches on `device` as a writable buffer, without copying:
/// what a kernel writes lands in the view's memory. `device` must be a CUDA device of the
/// view's context; when its stream is not the view's, the stream waits for the view's
/// pending cudarc work first (as any cudarc use on another stream does).
///
/// ```no_run
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use oxtile_cuda::interop;
/// let stream = oxtile_cuda::cudarc::driver::CudaContext::new(0)?.default_stream();
/// let dev = interop::device_from_stream(stream.clone())?;
/// let mut out = stream.alloc_zeros::<f32>(1024)?;
/// {
///     let buf = interop::borrow_view_mut(&dev, out.as_view_mut())?;
///     // launch kernels with `&buf` as an argument...
///     # let _ = &buf;
/// }
/// let host = stream.clone_dtoh(&out)?; // ordered after the launches
/// # let _ = host; Ok(()) }
/// ```
pub fn borrow_view_mut<'a, T: Element + DeviceRepr>(
    device: &Device,
    mut view: CudaViewMut<'a, T>,
) -> Result<Borrowed<'a, T>, CudaError> {
    let stream = adopter("borrow_view_mut", device, &view)?.stream().clone();
    let len = view.len();
    // Makes the backend's stream wait for pending cudarc reads and writes of the view; the
    // record is dropped at once (nothing has been launched yet) and made again on release.
    let ptr = view.device_ptr_mut(&stream).0;
    let release = Box::new(move || {
        let _record = view.device_ptr_mut(&stream);
    });
    Ok(lent(device, ptr, len, release))
}

/// Lends a cudarc view to oxtile launches on `device` as a buffer to read, without copying
/// (see [`borrow_view_mut`]).
///
/// # Safety
/// The view is a shared borrow: other views of the memory may be read meanwhile (a
/// framework's tensor is shared by everything that holds it). No launch made with the
/// returned buffer may write to it: oxtile cannot tell a kernel's loads from its stores by
/// the argument, and a store would change memory that cudarc and its users treat as
/// immutable, racing with their reads.
pub unsafe fn borrow_view<'a, T: Element + DeviceRepr>(
    device: &Device,
    view: CudaView<'a, T>,
) -> Result<Borrowed<'a, T>, CudaError> {
    let stream = adopter("borrow_view", device, &view)?.stream().clone();
    let len = view.len();
    // Makes the backend's stream wait for pending cudarc writes of the view.
    let ptr = view.device_ptr(&stream).0;
    let release = Box::new(move || {
        let _record = view.device_ptr(&stream);
    });
    Ok(lent(device, ptr, len, release))
}

fn cuda_buffer<T: Element>(buffer: &Buffer<T>) -> Result<&CudaBuffer, CudaError> {
    buffer
        .raw()
        .handle()
        .downcast_ref::<CudaBuffer>()
        .ok_or_else(|| {
            CudaError::Interop(format!(
                "the buffer belongs to device `{}`, not a CUDA device",
                buffer.device().name()
            ))
        })
}

/// The device address of an oxtile buffer of a CUDA device, for FFI. Valid while the
/// buffer lives; see the module docs for ordering.
pub fn device_ptr<T: Element>(buffer: &Buffer<T>) -> Result<sys::CUdeviceptr, CudaError> {
    Ok(cuda_buffer(buffer)?.ptr)
}

/// Lends an oxtile buffer of a CUDA device as a cudarc view (usable as a cudarc kernel
/// argument, or to copy from), for as long as the buffer is borrowed.
pub fn cuda_view<T: Element + DeviceRepr>(
    buffer: &Buffer<T>,
) -> Result<CudaView<'_, T>, CudaError> {
    let b = cuda_buffer(buffer)?;
    let view = match &b.owner {
        // SAFETY: the allocation holds `buffer.len()` values of `T` (oxtile wrote them, or
        // zeros, which are valid for every element type).
        Owner::Own(slice) => unsafe { slice.transmute::<T>(buffer.len()) },
        Owner::Foreign { slice, .. } => slice
            .downcast_ref::<CudaSlice<T>>()
            .and_then(|s| s.try_slice(..buffer.len())),
        // The lender's view is the one to use; a lent buffer never leaves its guard.
        Owner::Lent => None,
    };
    view.ok_or_else(|| {
        CudaError::Interop("the buffer's memory cannot be viewed with this element type".into())
    })
}
