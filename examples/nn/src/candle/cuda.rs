//! The CUDA half of the bridge: candle's CUDA tensors lent to oxtile's CUDA backend, which
//! runs on candle's own stream.

use std::sync::{Arc, Mutex};

use candle_core::backend::BackendDevice;
use candle_core::cuda_backend::CudaStorageSlice;
use candle_core::{CudaDevice, CudaStorage, DType, Layout, Shape, Storage};
use oxtile::cuda::cudarc::driver::{CudaSlice, CudaStream};
use oxtile::cuda::interop;
use oxtile::half::{bf16, f16};
use oxtile::prelude::Device;

use super::bridge::{Arg, Args, Elem, Held, Kernel, Src};

/// The oxtile device on `dev`'s stream: one per candle stream, kept for the process, so its
/// compiled kernels are reused by every later op.
fn device(dev: &CudaDevice) -> candle_core::Result<Device> {
    static DEVICES: Mutex<Vec<(Arc<CudaStream>, Device)>> = Mutex::new(Vec::new());
    let stream = dev.cuda_stream();
    let mut devices = DEVICES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, d)) = devices.iter().find(|(s, _)| Arc::ptr_eq(s, &stream)) {
        return Ok(d.clone());
    }
    let d = Device::from(
        interop::device_from_stream(stream.clone()).map_err(candle_core::Error::wrap)?,
    );
    devices.push((stream, d.clone()));
    Ok(d)
}

/// Lends the elements of `slice` that `layout` names (contiguous, from its offset).
fn lend<'a, T: Elem>(
    dev: &Device,
    slice: &'a CudaSlice<T>,
    layout: &Layout,
) -> candle_core::Result<Arg<'a>> {
    let start = layout.start_offset();
    let view = slice
        .try_slice(start..start + layout.shape().elem_count())
        .ok_or_else(|| candle_core::Error::msg("a tensor's layout is outside its storage"))?;
    // SAFETY: `Kernel::launch` only reads its inputs (the trait's contract).
    let lent = unsafe { interop::borrow_view(dev, view) }.map_err(candle_core::Error::wrap)?;
    Ok(T::arg(Held::Lent(lent)))
}

/// An output, allocated by candle's device.
enum Out {
    F32(CudaSlice<f32>),
    F16(CudaSlice<f16>),
    Bf16(CudaSlice<bf16>),
    I32(CudaSlice<i32>),
}

impl Out {
    fn alloc(dev: &CudaDevice, dtype: DType, len: usize) -> candle_core::Result<Out> {
        Ok(match dtype {
            DType::F32 => Out::F32(dev.alloc_zeros(len)?),
            DType::F16 => Out::F16(dev.alloc_zeros(len)?),
            DType::BF16 => Out::Bf16(dev.alloc_zeros(len)?),
            DType::I32 => Out::I32(dev.alloc_zeros(len)?),
            other => candle_core::bail!("no {other:?} outputs"),
        })
    }

    fn lend(&mut self, dev: &Device) -> candle_core::Result<Arg<'_>> {
        fn one<'a, T: Elem>(dev: &Device, s: &'a mut CudaSlice<T>) -> candle_core::Result<Arg<'a>> {
            let lent =
                interop::borrow_view_mut(dev, s.as_view_mut()).map_err(candle_core::Error::wrap)?;
            Ok(T::arg(Held::Lent(lent)))
        }
        match self {
            Out::F32(s) => one(dev, s),
            Out::F16(s) => one(dev, s),
            Out::Bf16(s) => one(dev, s),
            Out::I32(s) => one(dev, s),
        }
    }

    fn storage(self, dev: &CudaDevice) -> CudaStorage {
        let dev = dev.clone();
        match self {
            Out::F32(s) => CudaStorage::wrap_cuda_slice(s, dev),
            Out::F16(s) => CudaStorage::wrap_cuda_slice(s, dev),
            Out::Bf16(s) => CudaStorage::wrap_cuda_slice(s, dev),
            Out::I32(s) => CudaStorage::wrap_cuda_slice(s, dev),
        }
    }
}

/// [`super::bridge::execute`] on candle's CUDA device `cdev`.
pub(crate) fn execute<K: Kernel>(
    k: &K,
    cdev: &CudaDevice,
    ins: &[Src<'_>],
    outs: &[(DType, Shape)],
) -> candle_core::Result<Vec<(Storage, Shape)>> {
    let dev = device(cdev)?;
    let mut slices = outs
        .iter()
        .map(|(dtype, shape)| Out::alloc(cdev, *dtype, shape.elem_count()))
        .collect::<candle_core::Result<Vec<_>>>()?;
    {
        let mut args = Vec::with_capacity(ins.len());
        for src in ins {
            let Src::Cuda(storage, layout) = *src else {
                candle_core::bail!("{}: inputs on different devices", k.name());
            };
            if !storage.device.same_device(cdev) {
                candle_core::bail!("{}: inputs on different CUDA devices", k.name());
            }
            let arg = match &storage.slice {
                CudaStorageSlice::F32(s) => lend(&dev, s, layout)?,
                CudaStorageSlice::F16(s) => lend(&dev, s, layout)?,
                CudaStorageSlice::BF16(s) => lend(&dev, s, layout)?,
                CudaStorageSlice::I32(s) => lend(&dev, s, layout)?,
                other => candle_core::bail!("{}: no {:?} inputs", k.name(), other),
            };
            args.push((arg, layout.shape().clone()));
        }
        let mut results = Vec::with_capacity(slices.len());
        for (s, (_, shape)) in slices.iter_mut().zip(outs) {
            results.push((s.lend(&dev)?, shape.clone()));
        }
        let ins = Args { op: k.name(), args };
        let results = Args {
            op: k.name(),
            args: results,
        };
        k.launch(&dev, &ins, &results)
            .map_err(candle_core::Error::wrap)?;
        // The guards drop here, after the launches: cudarc orders candle's later use of
        // the memory (and its free) after them.
    }
    Ok(slices
        .into_iter()
        .zip(outs)
        .map(|(s, (_, shape))| (Storage::Cuda(s.storage(cdev)), shape.clone()))
        .collect())
}
