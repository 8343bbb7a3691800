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

use std::sync::Arc;

use cudarc::driver::{CudaSlice, CudaStream, CudaView, DevicePtr, DeviceRepr, sys};
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
    let backend = backend(device).ok_or_else(|| {
        CudaError::Interop(format!(
            "wrap_slice: device `{}` is not a CUDA device",
            device.name()
        ))
    })?;
    if std::mem::size_of::<T>() != T::DTYPE.size_bytes() {
        return Err(CudaError::Interop(format!(
            "wrap_slice: {} is {} bytes in Rust but {} in oxtile",
            T::DTYPE,
            std::mem::size_of::<T>(),
            T::DTYPE.size_bytes()
        )));
    }
    if **slice.context() != **backend.context() {
        return Err(CudaError::Interop(format!(
            "wrap_slice: the slice belongs to another CUDA context than device `{}`",
            device.name()
        )));
    }
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
    };
    view.ok_or_else(|| {
        CudaError::Interop("the buffer's memory cannot be viewed with this element type".into())
    })
}
