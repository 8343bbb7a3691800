//! The bridge between candle's storages and oxtile's buffers: one path for every op.
//!
//! An op is a [`Kernel`]: it says what it outputs from its inputs' dtypes and shapes (the
//! shape errors are candle's errors, before anything runs), and launches oxtile-nn's
//! kernels over [`Args`]. [`execute`] does the rest for candle's CPU and CUDA devices alike:
//! - **CPU**: the inputs are copied into buffers of oxtile's CPU device (candle's `Vec`s
//!   cannot be lent to oxtile's threads), the kernels run on every core, and the outputs
//!   are copied back into `CpuStorage`s.
//! - **CUDA**: the inputs are *lent* to oxtile as they are (`interop::borrow_view` over
//!   candle's own slices, at the tensor's offset), the outputs are allocated by candle's
//!   device and lent writable, and the kernels run on candle's own stream: no copy, and
//!   ordered with candle's work by the stream.
//!
//! Ops with more than one output (a backward's gradients, a forward's saved statistics)
//! come back whole from [`tensors`]; a candle custom op returns one tensor, so [`Fwd`]
//! returns the first and keeps the others for its backward.

use std::marker::PhantomData;
use std::sync::{Mutex, OnceLock};

use candle_core::backend::BackendStorage;
use candle_core::op::BackpropOp;
use candle_core::{
    CpuStorage, CustomOp1, CustomOp2, CustomOp3, DType, Layout, Shape, Storage, Tensor, WithDType,
};
use oxtile::half::{bf16, f16};
use oxtile::prelude::Device;
use oxtile::{Buffer, Element};

use crate::{NnError, Rows};

/// One input of an op as candle hands it over: a storage and the layout to read it with.
#[derive(Clone, Copy)]
pub(crate) enum Src<'a> {
    Cpu(&'a CpuStorage, &'a Layout),
    #[cfg(oxtile_cuda_linked)]
    Cuda(&'a candle_core::CudaStorage, &'a Layout),
}

impl<'a> Src<'a> {
    /// The source of a tensor's storage (what [`tensors`] reads).
    fn of(storage: &'a Storage, layout: &'a Layout) -> candle_core::Result<Src<'a>> {
        match storage {
            Storage::Cpu(s) => Ok(Src::Cpu(s, layout)),
            #[cfg(oxtile_cuda_linked)]
            Storage::Cuda(s) => Ok(Src::Cuda(s, layout)),
            #[allow(unreachable_patterns)]
            other => candle_core::bail!(
                "oxtile-nn runs on candle's CPU{} device, not on {:?}",
                if cfg!(oxtile_cuda_linked) {
                    " and CUDA"
                } else {
                    " (and, built with `--cfg oxtile_cuda_linked`, CUDA)"
                },
                other.device().location()
            ),
        }
    }

    fn layout(&self) -> &'a Layout {
        match self {
            Src::Cpu(_, l) => l,
            #[cfg(oxtile_cuda_linked)]
            Src::Cuda(_, l) => l,
        }
    }

    fn dtype(&self) -> DType {
        match self {
            Src::Cpu(s, _) => s.dtype(),
            #[cfg(oxtile_cuda_linked)]
            Src::Cuda(s, _) => s.dtype(),
        }
    }
}

/// A buffer an op reads or writes: owned by the bridge (CPU) or lent by candle (CUDA).
pub(crate) enum Held<'a, T: Element> {
    Owned(Buffer<T>, PhantomData<&'a ()>),
    #[cfg(oxtile_cuda_linked)]
    Lent(oxtile::cuda::interop::Borrowed<'a, T>),
}

impl<T: Element> std::ops::Deref for Held<'_, T> {
    type Target = Buffer<T>;
    fn deref(&self) -> &Buffer<T> {
        match self {
            Held::Owned(b, _) => b,
            #[cfg(oxtile_cuda_linked)]
            Held::Lent(b) => b,
        }
    }
}

/// An input or output of a launch, of one of the dtypes that cross the bridge.
pub(crate) enum Arg<'a> {
    F32(Held<'a, f32>),
    F16(Held<'a, f16>),
    Bf16(Held<'a, bf16>),
    I32(Held<'a, i32>),
}

/// The element types that cross the bridge: oxtile's and candle's at once.
pub(crate) trait Elem: Element + WithDType + CudaElem {
    /// The buffer in `arg` if it holds `Self`s.
    fn get<'b>(arg: &'b Arg<'_>) -> Option<&'b Buffer<Self>>;
    /// `held` as an [`Arg`].
    fn arg(held: Held<'_, Self>) -> Arg<'_>;
}

#[cfg(oxtile_cuda_linked)]
pub(crate) trait CudaElem:
    candle_core::cuda_backend::CudaDType
    + oxtile::cuda::cudarc::driver::DeviceRepr
    + oxtile::cuda::cudarc::driver::ValidAsZeroBits
{
}
#[cfg(oxtile_cuda_linked)]
impl<T> CudaElem for T where
    T: candle_core::cuda_backend::CudaDType
        + oxtile::cuda::cudarc::driver::DeviceRepr
        + oxtile::cuda::cudarc::driver::ValidAsZeroBits
{
}
#[cfg(not(oxtile_cuda_linked))]
pub(crate) trait CudaElem {}
#[cfg(not(oxtile_cuda_linked))]
impl<T> CudaElem for T {}

macro_rules! elem {
    ($t:ty, $v:ident) => {
        impl Elem for $t {
            fn get<'b>(arg: &'b Arg<'_>) -> Option<&'b Buffer<Self>> {
                match arg {
                    Arg::$v(h) => Some(h),
                    _ => None,
                }
            }
            fn arg(held: Held<'_, Self>) -> Arg<'_> {
                Arg::$v(held)
            }
        }
    };
}
elem!(f32, F32);
elem!(f16, F16);
elem!(bf16, Bf16);
elem!(i32, I32);

/// Runs `$body` with `$t` the float type of `$dtype` (f32, f16 or bf16).
macro_rules! with_float {
    ($dtype:expr, $t:ident => $body:expr) => {
        match $dtype {
            candle_core::DType::F32 => {
                type $t = f32;
                $body
            }
            candle_core::DType::F16 => {
                type $t = oxtile::half::f16;
                $body
            }
            candle_core::DType::BF16 => {
                type $t = oxtile::half::bf16;
                $body
            }
            other => unreachable!("{other:?} passed the dtype check of an op"),
        }
    };
}
pub(crate) use with_float;

/// A launch's inputs or outputs, in the op's order.
pub(crate) struct Args<'a> {
    pub(crate) op: &'static str,
    /// Each argument with its tensor's shape.
    pub(crate) args: Vec<(Arg<'a>, Shape)>,
}

impl Args<'_> {
    /// Argument `i` as a buffer of `T`s (its dtype was checked by the op's
    /// [`Kernel::outputs`]; a mismatch is an error, not a panic).
    pub(crate) fn get<T: Elem>(&self, i: usize) -> Result<&Buffer<T>, NnError> {
        self.args
            .get(i)
            .and_then(|(a, _)| T::get(a))
            .ok_or_else(|| {
                NnError::shape(
                    self.op,
                    "candle tensor",
                    format!("argument {i} is not a buffer of {}", <T as Element>::DTYPE),
                )
            })
    }

    /// Argument `i` as rows: all its dimensions but the last, by the last.
    pub(crate) fn rows<T: Elem>(&self, i: usize) -> Result<Rows<'_, T>, NnError> {
        let buf = self.get::<T>(i)?;
        let (rows, cols) = rows_cols(&self.args[i].1);
        Rows::new(buf, rows, cols)
    }

    /// The dims of argument `i`'s tensor.
    pub(crate) fn dims(&self, i: usize) -> &[usize] {
        self.args.get(i).map_or(&[], |(_, s)| s.dims())
    }

    /// The dtype of argument `i` (f32 when there is none: the ops check theirs first).
    pub(crate) fn dtype(&self, i: usize) -> DType {
        match self.args.get(i) {
            Some((Arg::F16(_), _)) => DType::F16,
            Some((Arg::Bf16(_), _)) => DType::BF16,
            Some((Arg::I32(_), _)) => DType::I32,
            _ => DType::F32,
        }
    }
}

/// An input's dtype and shape, as [`Kernel::outputs`] sees it.
pub(crate) type Meta<'a> = (DType, &'a Shape);

/// One op over candle tensors.
///
/// [`Kernel::launch`] only reads its inputs: on CUDA they are candle's own memory, lent
/// through `interop::borrow_view`, whose contract that is (a tensor is immutable and shared).
pub(crate) trait Kernel {
    /// The op's name in candle's graph and in errors.
    fn name(&self) -> &'static str;
    /// The dtype and shape of each output, after checking the inputs' (candle errors).
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>>;
    /// Launches the op's kernels on `dev`.
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError>;
}

/// The product of all dimensions but the last, and the last (a tensor as rows).
pub(crate) fn rows_cols(shape: &Shape) -> (usize, usize) {
    let dims = shape.dims();
    match dims.split_last() {
        Some((&cols, lead)) => (lead.iter().product(), cols),
        None => (1, 1),
    }
}

/// Fails unless `dtype` is one of the float dtypes the ops take.
pub(crate) fn expect_float(op: &str, arg: &str, dtype: DType) -> candle_core::Result<()> {
    match dtype {
        DType::F32 | DType::F16 | DType::BF16 => Ok(()),
        other => candle_core::bail!("{op}: `{arg}` is {other:?}; f32, f16 or bf16 expected"),
    }
}

/// Fails unless `got` is `want` (`arg` of `op`).
pub(crate) fn expect_dtype(
    op: &str,
    arg: &str,
    got: DType,
    want: DType,
) -> candle_core::Result<()> {
    if got != want {
        candle_core::bail!("{op}: `{arg}` is {got:?}; {want:?} expected");
    }
    Ok(())
}

/// Fails unless `got` has the dims `want` (`arg` of `op`).
pub(crate) fn expect_dims(
    op: &str,
    arg: &str,
    got: &Shape,
    want: &[usize],
) -> candle_core::Result<()> {
    if got.dims() != want {
        candle_core::bail!("{op}: `{arg}` is {got:?}; {want:?} expected");
    }
    Ok(())
}

/// oxtile's CPU device, shared by every op on candle's CPU.
fn cpu_device() -> candle_core::Result<Device> {
    static CPU: OnceLock<Device> = OnceLock::new();
    if let Some(dev) = CPU.get() {
        return Ok(dev.clone());
    }
    let dev = Device::cpu().map_err(candle_core::Error::wrap)?;
    Ok(CPU.get_or_init(|| dev).clone())
}

/// `len` elements of `src` from the layout's offset (the layout is contiguous).
fn cpu_input<'a, T: Elem>(
    storage: &'a CpuStorage,
    layout: &Layout,
) -> candle_core::Result<&'a [T]> {
    let data = T::cpu_storage_as_slice(storage)?;
    let start = layout.start_offset();
    data.get(start..start + layout.shape().elem_count())
        .ok_or_else(|| candle_core::Error::msg("a tensor's layout is outside its storage"))
}

fn upload<'a, T: Elem>(dev: &Device, data: &[T]) -> candle_core::Result<Arg<'a>> {
    let buf = dev.upload(data).map_err(candle_core::Error::wrap)?;
    Ok(T::arg(Held::Owned(buf, PhantomData)))
}

fn alloc<'a, T: Elem>(dev: &Device, len: usize) -> candle_core::Result<Arg<'a>> {
    let buf = dev.alloc::<T>(len).map_err(candle_core::Error::wrap)?;
    Ok(T::arg(Held::Owned(buf, PhantomData)))
}

fn read_back<T: Elem>(buf: &Buffer<T>) -> candle_core::Result<CpuStorage> {
    Ok(T::to_cpu_storage_owned(
        buf.to_vec().map_err(candle_core::Error::wrap)?,
    ))
}

/// Runs `k` on its inputs (all on one candle device, contiguous): its outputs' storages and
/// shapes, in the op's order.
pub(crate) fn execute<K: Kernel>(
    k: &K,
    ins: &[Src<'_>],
) -> candle_core::Result<Vec<(Storage, Shape)>> {
    let metas: Vec<Meta<'_>> = ins
        .iter()
        .map(|s| (s.dtype(), s.layout().shape()))
        .collect();
    let outs = k.outputs(&metas)?;
    for (i, s) in ins.iter().enumerate() {
        if !s.layout().is_contiguous() {
            candle_core::bail!(
                "{}: input {i} is not contiguous (call .contiguous())",
                k.name()
            );
        }
    }
    match ins.first() {
        Some(Src::Cpu(..)) | None => execute_cpu(k, ins, &outs),
        #[cfg(oxtile_cuda_linked)]
        Some(Src::Cuda(first, _)) => super::cuda::execute(k, &first.device, ins, &outs),
    }
}

fn execute_cpu<K: Kernel>(
    k: &K,
    ins: &[Src<'_>],
    outs: &[(DType, Shape)],
) -> candle_core::Result<Vec<(Storage, Shape)>> {
    let dev = cpu_device()?;
    let mut args = Vec::with_capacity(ins.len());
    for src in ins {
        // Irrefutable without the CUDA half.
        #[allow(irrefutable_let_patterns)]
        let Src::Cpu(storage, layout) = *src else {
            candle_core::bail!("{}: inputs on different devices", k.name());
        };
        let arg = match storage.dtype() {
            DType::F32 => upload::<f32>(&dev, cpu_input(storage, layout)?)?,
            DType::F16 => upload::<f16>(&dev, cpu_input(storage, layout)?)?,
            DType::BF16 => upload::<bf16>(&dev, cpu_input(storage, layout)?)?,
            DType::I32 => upload::<i32>(&dev, cpu_input(storage, layout)?)?,
            other => candle_core::bail!("{}: no {other:?} inputs", k.name()),
        };
        args.push((arg, layout.shape().clone()));
    }
    let mut results = Vec::with_capacity(outs.len());
    for (dtype, shape) in outs {
        let n = shape.elem_count();
        let arg = match dtype {
            DType::F32 => alloc::<f32>(&dev, n)?,
            DType::F16 => alloc::<f16>(&dev, n)?,
            DType::BF16 => alloc::<bf16>(&dev, n)?,
            DType::I32 => alloc::<i32>(&dev, n)?,
            other => candle_core::bail!("{}: no {other:?} outputs", k.name()),
        };
        results.push((arg, shape.clone()));
    }
    let ins = Args { op: k.name(), args };
    let results = Args {
        op: k.name(),
        args: results,
    };
    k.launch(&dev, &ins, &results)
        .map_err(candle_core::Error::wrap)?;
    results
        .args
        .iter()
        .map(|(arg, shape)| {
            let storage = match arg {
                Arg::F32(b) => read_back(b)?,
                Arg::F16(b) => read_back(b)?,
                Arg::Bf16(b) => read_back(b)?,
                Arg::I32(b) => read_back(b)?,
            };
            Ok((Storage::Cpu(storage), shape.clone()))
        })
        .collect()
}

/// Runs `k` on tensors (on one device) outside candle's graph: every output, as tensors
/// with no gradient of their own (what a backward pass computes with).
pub(crate) fn tensors<K: Kernel>(k: &K, ins: &[&Tensor]) -> candle_core::Result<Vec<Tensor>> {
    let ins: Vec<Tensor> = ins
        .iter()
        .map(|t| t.contiguous())
        .collect::<candle_core::Result<_>>()?;
    if let Some(first) = ins.first()
        && let Some(other) = ins.iter().find(|t| !t.device().same_device(first.device()))
    {
        candle_core::bail!(
            "{}: tensors on {:?} and {:?}",
            k.name(),
            first.device().location(),
            other.device().location()
        );
    }
    let guards: Vec<_> = ins.iter().map(|t| t.storage_and_layout()).collect();
    let srcs = guards
        .iter()
        .map(|(s, l)| Src::of(s, l))
        .collect::<candle_core::Result<Vec<_>>>()?;
    let outs = execute(k, &srcs)?;
    drop(srcs);
    drop(guards);
    Ok(outs
        .into_iter()
        .map(|(storage, shape)| Tensor::from_storage(storage, shape, BackpropOp::none(), false))
        .collect())
}

/// A candle custom op over a [`Kernel`] with a backward ([`Grad`]): candle's graph records
/// it, and its outputs beyond the first are kept for the backward.
pub(crate) struct Fwd<K> {
    pub(crate) k: K,
    saved: Mutex<Vec<Tensor>>,
}

/// The backward of a forward op, in candle tensors (with the bridge's [`tensors`]).
pub(crate) trait Grad: Kernel {
    /// The gradients of the op's inputs `args` from its output `res`, the output's gradient
    /// `grad` and the outputs beyond the first (`saved`); `None` for an input with none.
    fn grad(
        &self,
        args: &[&Tensor],
        res: &Tensor,
        grad: &Tensor,
        saved: &[Tensor],
    ) -> candle_core::Result<Vec<Option<Tensor>>>;
}

impl<K: Grad> Fwd<K> {
    pub(crate) fn new(k: K) -> Self {
        Fwd {
            k,
            saved: Mutex::new(Vec::new()),
        }
    }

    /// Runs the kernel and keeps every output but the first.
    fn run(&self, ins: &[Src<'_>]) -> candle_core::Result<(Storage, Shape)> {
        let mut outs = execute(&self.k, ins)?.into_iter();
        let first = outs
            .next()
            .ok_or_else(|| candle_core::Error::msg(format!("{}: no output", self.k.name())))?;
        let rest = outs
            .map(|(storage, shape)| Tensor::from_storage(storage, shape, BackpropOp::none(), false))
            .collect();
        *self.saved.lock().unwrap_or_else(|e| e.into_inner()) = rest;
        Ok(first)
    }

    fn cpu(&self, ins: &[Src<'_>]) -> candle_core::Result<(CpuStorage, Shape)> {
        match self.run(ins)? {
            (Storage::Cpu(s), shape) => Ok((s, shape)),
            _ => candle_core::bail!("{}: the output is not on the CPU", self.k.name()),
        }
    }

    #[cfg(oxtile_cuda_linked)]
    fn cuda(&self, ins: &[Src<'_>]) -> candle_core::Result<(candle_core::CudaStorage, Shape)> {
        match self.run(ins)? {
            (Storage::Cuda(s), shape) => Ok((s, shape)),
            _ => candle_core::bail!("{}: the output is not on the CUDA device", self.k.name()),
        }
    }

    fn grads(
        &self,
        args: &[&Tensor],
        res: &Tensor,
        grad: &Tensor,
    ) -> candle_core::Result<Vec<Option<Tensor>>> {
        let saved = self.saved.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let mut g = self.k.grad(args, res, grad, &saved)?;
        g.resize(args.len(), None);
        Ok(g)
    }

    /// Applies the op to `ins` (one to three tensors) in candle's graph.
    pub(crate) fn apply(self, ins: &[&Tensor]) -> candle_core::Result<Tensor>
    where
        K: Send + Sync + 'static,
    {
        match ins {
            [a] => a.contiguous()?.apply_op1(self),
            [a, b] => a.contiguous()?.apply_op2(&b.contiguous()?, self),
            [a, b, c] => a
                .contiguous()?
                .apply_op3(&b.contiguous()?, &c.contiguous()?, self),
            _ => candle_core::bail!("{}: {} inputs", self.k.name(), ins.len()),
        }
    }
}

impl<K: Grad> CustomOp1 for Fwd<K> {
    fn name(&self) -> &'static str {
        self.k.name()
    }
    fn cpu_fwd(&self, s: &CpuStorage, l: &Layout) -> candle_core::Result<(CpuStorage, Shape)> {
        self.cpu(&[Src::Cpu(s, l)])
    }
    #[cfg(oxtile_cuda_linked)]
    fn cuda_fwd(
        &self,
        s: &candle_core::CudaStorage,
        l: &Layout,
    ) -> candle_core::Result<(candle_core::CudaStorage, Shape)> {
        self.cuda(&[Src::Cuda(s, l)])
    }
    fn bwd(&self, a: &Tensor, res: &Tensor, grad: &Tensor) -> candle_core::Result<Option<Tensor>> {
        Ok(self.grads(&[a], res, grad)?.swap_remove(0))
    }
}

impl<K: Grad> CustomOp2 for Fwd<K> {
    fn name(&self) -> &'static str {
        self.k.name()
    }
    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
    ) -> candle_core::Result<(CpuStorage, Shape)> {
        self.cpu(&[Src::Cpu(s1, l1), Src::Cpu(s2, l2)])
    }
    #[cfg(oxtile_cuda_linked)]
    fn cuda_fwd(
        &self,
        s1: &candle_core::CudaStorage,
        l1: &Layout,
        s2: &candle_core::CudaStorage,
        l2: &Layout,
    ) -> candle_core::Result<(candle_core::CudaStorage, Shape)> {
        self.cuda(&[Src::Cuda(s1, l1), Src::Cuda(s2, l2)])
    }
    fn bwd(
        &self,
        a: &Tensor,
        b: &Tensor,
        res: &Tensor,
        grad: &Tensor,
    ) -> candle_core::Result<(Option<Tensor>, Option<Tensor>)> {
        let mut g = self.grads(&[a, b], res, grad)?.into_iter();
        Ok((g.next().flatten(), g.next().flatten()))
    }
}

impl<K: Grad> CustomOp3 for Fwd<K> {
    fn name(&self) -> &'static str {
        self.k.name()
    }
    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
        s3: &CpuStorage,
        l3: &Layout,
    ) -> candle_core::Result<(CpuStorage, Shape)> {
        self.cpu(&[Src::Cpu(s1, l1), Src::Cpu(s2, l2), Src::Cpu(s3, l3)])
    }
    #[cfg(oxtile_cuda_linked)]
    #[allow(clippy::too_many_arguments)]
    fn cuda_fwd(
        &self,
        s1: &candle_core::CudaStorage,
        l1: &Layout,
        s2: &candle_core::CudaStorage,
        l2: &Layout,
        s3: &candle_core::CudaStorage,
        l3: &Layout,
    ) -> candle_core::Result<(candle_core::CudaStorage, Shape)> {
        self.cuda(&[Src::Cuda(s1, l1), Src::Cuda(s2, l2), Src::Cuda(s3, l3)])
    }
    #[allow(clippy::type_complexity)]
    fn bwd(
        &self,
        a: &Tensor,
        b: &Tensor,
        c: &Tensor,
        res: &Tensor,
        grad: &Tensor,
    ) -> candle_core::Result<(Option<Tensor>, Option<Tensor>, Option<Tensor>)> {
        let mut g = self.grads(&[a, b, c], res, grad)?.into_iter();
        Ok((g.next().flatten(), g.next().flatten(), g.next().flatten()))
    }
}
