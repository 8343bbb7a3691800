//! oxtile-nn's ops on [candle](https://github.com/huggingface/candle) tensors (cargo feature
//! `candle`): each is a candle custom op, recorded in candle's graph with its backward, so
//! `loss.backward()` runs oxtile's backward kernels too.
//!
//! - On candle's **CPU** device the ops run on oxtile's CPU device (every core); the inputs
//!   are copied in and the outputs out, since candle's `Vec`s cannot be lent to oxtile's
//!   threads.
//! - On candle's **CUDA** device they run through oxtile's CUDA backend on candle's own
//!   stream, reading candle's memory where it is (lent with `interop::borrow_view`) and
//!   writing outputs candle allocated: no copy, ordered with candle's work by the stream.
//!   Kernels are compiled once per stream and process (NVRTC). This half is built with
//!   `RUSTFLAGS="--cfg oxtile_cuda_linked"`: candle's `cuda` feature compiles candle's own
//!   kernels with the toolkit's `nvcc` and links cudarc against the CUDA libraries at build
//!   time, and oxtile's CUDA backend must then do the same (a cfg, so that `--all-features`
//!   still builds without a toolkit).
//!
//! Every op takes f32, f16 or bf16 tensors (the arithmetic in f32), any number of leading
//! dimensions where the op works on rows, and makes inputs contiguous first (a copy only
//! when they are not). Shapes are checked before anything runs; errors are candle errors
//! naming the op and the argument.
//!
//! ```
//! use candle_core::{Device, Tensor};
//! # fn main() -> candle_core::Result<()> {
//! let x = Tensor::new(&[[1.0f32, 2.0, 3.0], [0.5, 0.5, 0.5]], &Device::Cpu)?;
//! let y = oxtile_nn::candle::softmax(&x)?;
//! let reference = candle_nn::ops::softmax_last_dim(&x)?;
//! let err = (y - reference)?.abs()?.max_all()?.to_scalar::<f32>()?;
//! assert!(err < 1e-6);
//! # Ok(()) }
//! ```

mod bridge;
#[cfg(oxtile_cuda_linked)]
mod cuda;
mod ops;

use candle_core::{DType, Tensor};

use crate::{Activation, Gelu};
use bridge::Fwd;
use ops::{Attention, BiasGelu, CrossEntropy, Linear, Norm, Rope, Softmax, Swiglu};

/// Softmax over the last dimension (as `candle_nn::ops::softmax_last_dim`), any length:
/// [`crate::softmax`].
///
/// ```
/// use candle_core::{Device, Tensor};
/// # fn main() -> candle_core::Result<()> {
/// let x = Tensor::new(&[[1.0f32, 1.0, 1.0, 1.0]], &Device::Cpu)?;
/// assert_eq!(oxtile_nn::candle::softmax(&x)?.to_vec2::<f32>()?, [[0.25; 4]]);
/// # Ok(()) }
/// ```
pub fn softmax(x: &Tensor) -> candle_core::Result<Tensor> {
    Fwd::new(Softmax { log: false }).apply(&[x])
}

/// Log-softmax over the last dimension (as `candle_nn::ops::log_softmax(x, D::Minus1)`):
/// [`crate::log_softmax`].
///
/// ```
/// use candle_core::{Device, Tensor};
/// # fn main() -> candle_core::Result<()> {
/// let x = Tensor::new(&[[0.0f32, 0.0]], &Device::Cpu)?;
/// let y = oxtile_nn::candle::log_softmax(&x)?.to_vec2::<f32>()?;
/// assert!((y[0][0] + std::f32::consts::LN_2).abs() < 1e-6);
/// # Ok(()) }
/// ```
pub fn log_softmax(x: &Tensor) -> candle_core::Result<Tensor> {
    Fwd::new(Softmax { log: true }).apply(&[x])
}

/// RMSNorm over the last dimension with a per-column `weight` (as
/// `candle_nn::ops::rms_norm`): [`crate::rms_norm`]; its backward,
/// [`crate::rms_norm_backward`].
///
/// ```
/// use candle_core::{Device, Tensor};
/// # fn main() -> candle_core::Result<()> {
/// let x = Tensor::new(&[[3.0f32, 4.0]], &Device::Cpu)?;
/// let w = Tensor::new(&[1.0f32, 2.0], &Device::Cpu)?;
/// // The row's root mean square is sqrt(12.5).
/// let y = oxtile_nn::candle::rms_norm(&x, &w, 0.0)?.to_vec2::<f32>()?;
/// assert!((y[0][1] - 8.0 / 12.5f32.sqrt()).abs() < 1e-5);
/// # Ok(()) }
/// ```
// ANCHOR: rms_norm
pub fn rms_norm(x: &Tensor, weight: &Tensor, eps: f32) -> candle_core::Result<Tensor> {
    Fwd::new(Norm { eps, bias: false }).apply(&[x, weight])
}
// ANCHOR_END: rms_norm

/// LayerNorm over the last dimension (as `candle_nn::ops::layer_norm`):
/// [`crate::layer_norm`]; its backward, [`crate::layer_norm_backward`].
///
/// ```
/// use candle_core::{Device, Tensor};
/// # fn main() -> candle_core::Result<()> {
/// let x = Tensor::new(&[[1.0f32, 3.0]], &Device::Cpu)?;
/// let (w, b) = (Tensor::new(&[1.0f32, 1.0], &Device::Cpu)?, Tensor::new(&[0.5f32, 0.5], &Device::Cpu)?);
/// let y = oxtile_nn::candle::layer_norm(&x, &w, &b, 0.0)?.to_vec2::<f32>()?;
/// assert_eq!(y, [[-0.5, 1.5]]);
/// # Ok(()) }
/// ```
pub fn layer_norm(
    x: &Tensor,
    weight: &Tensor,
    bias: &Tensor,
    eps: f32,
) -> candle_core::Result<Tensor> {
    Fwd::new(Norm { eps, bias: true }).apply(&[x, weight, bias])
}

/// `gelu(x + bias)` with a per-column `bias` (`Gelu::Tanh` is candle's `Tensor::gelu`,
/// `Gelu::Erf` its `gelu_erf`): [`crate::bias_gelu`].
///
/// ```
/// use candle_core::{Device, Tensor};
/// # fn main() -> candle_core::Result<()> {
/// use oxtile_nn::Gelu;
/// let x = Tensor::new(&[[-1.0f32, 0.0]], &Device::Cpu)?;
/// let b = Tensor::new(&[1.0f32, 1.0], &Device::Cpu)?;
/// let y = oxtile_nn::candle::bias_gelu(&x, &b, Gelu::Erf)?;
/// let want = x.broadcast_add(&b)?.gelu_erf()?;
/// assert!((y - want)?.abs()?.max_all()?.to_scalar::<f32>()? < 1e-6);
/// # Ok(()) }
/// ```
pub fn bias_gelu(x: &Tensor, bias: &Tensor, gelu: Gelu) -> candle_core::Result<Tensor> {
    Fwd::new(BiasGelu { gelu }).apply(&[x, bias])
}

/// `silu(gate) * up`: [`crate::swiglu`].
///
/// ```
/// use candle_core::{Device, Tensor};
/// # fn main() -> candle_core::Result<()> {
/// let gate = Tensor::new(&[[0.0f32, 2.0]], &Device::Cpu)?;
/// let up = Tensor::new(&[[5.0f32, 1.0]], &Device::Cpu)?;
/// let y = oxtile_nn::candle::swiglu(&gate, &up)?.to_vec2::<f32>()?;
/// assert_eq!(y[0][0], 0.0); // silu(0) = 0
/// assert!((y[0][1] - 2.0 / (1.0 + (-2.0f32).exp())).abs() < 1e-6);
/// # Ok(()) }
/// ```
pub fn swiglu(gate: &Tensor, up: &Tensor) -> candle_core::Result<Tensor> {
    Fwd::new(Swiglu).apply(&[gate, up])
}

/// Rotary embedding of `x: [batch, heads, seq, head_dim]` with `cos`, `sin`:
/// `[seq, head_dim / 2]` (as `candle_nn::rotary_emb::rope`, the half-split form):
/// [`crate::rope`]. The tables may be any float dtype (they are used in f32) and get no
/// gradient.
///
/// ```
/// use candle_core::{Device, Tensor};
/// # fn main() -> candle_core::Result<()> {
/// // One position, one head of dimension 2, rotated by 90 degrees.
/// let x = Tensor::new(&[1.0f32, 0.0], &Device::Cpu)?.reshape((1, 1, 1, 2))?;
/// let (cos, sin) = (Tensor::new(&[[0.0f32]], &Device::Cpu)?, Tensor::new(&[[1.0f32]], &Device::Cpu)?);
/// let y = oxtile_nn::candle::rope(&x, &cos, &sin)?.flatten_all()?.to_vec1::<f32>()?;
/// assert_eq!(y, [0.0, 1.0]);
/// # Ok(()) }
/// ```
pub fn rope(x: &Tensor, cos: &Tensor, sin: &Tensor) -> candle_core::Result<Tensor> {
    let (cos, sin) = (cos.to_dtype(DType::F32)?, sin.to_dtype(DType::F32)?);
    Fwd::new(Rope {
        heads: 1,
        backward: false,
    })
    .apply(&[x, &cos, &sin])
}

/// [`rope`] of `x: [batch, seq, heads, head_dim]` (as `candle_nn::rotary_emb::rope_thd`).
///
/// ```
/// use candle_core::{Device, Tensor};
/// # fn main() -> candle_core::Result<()> {
/// // [batch 1, seq 1, heads 2, head_dim 2]: both heads rotated by 90 degrees.
/// let x = Tensor::new(&[1.0f32, 0.0, 0.0, 1.0], &Device::Cpu)?.reshape((1, 1, 2, 2))?;
/// let (cos, sin) = (Tensor::new(&[[0.0f32]], &Device::Cpu)?, Tensor::new(&[[1.0f32]], &Device::Cpu)?);
/// let y = oxtile_nn::candle::rope_thd(&x, &cos, &sin)?.flatten_all()?.to_vec1::<f32>()?;
/// assert_eq!(y, [0.0, 1.0, -1.0, 0.0]);
/// # Ok(()) }
/// ```
pub fn rope_thd(x: &Tensor, cos: &Tensor, sin: &Tensor) -> candle_core::Result<Tensor> {
    let (cos, sin) = (cos.to_dtype(DType::F32)?, sin.to_dtype(DType::F32)?);
    Fwd::new(Rope {
        heads: x.dim(2)?,
        backward: false,
    })
    .apply(&[x, &cos, &sin])
}

/// The cross-entropy loss of each row of `logits: [rows, vocab]` for integer `targets:
/// [rows]` (u32, i32 or i64), in f32; 0 for rows whose target is `ignore_index`. Mean it
/// (over the rows not ignored) for `candle_nn::loss::cross_entropy`'s value. The log-sum-exp
/// per row is kept for the backward: [`crate::cross_entropy`],
/// [`crate::cross_entropy_backward`].
///
/// ```
/// use candle_core::{Device, Tensor};
/// # fn main() -> candle_core::Result<()> {
/// // Two equal logits: the loss is ln 2 whichever the target; the second row is ignored.
/// let logits = Tensor::new(&[[0.0f32, 0.0], [3.0, 1.0]], &Device::Cpu)?;
/// let targets = Tensor::new(&[1u32, 7], &Device::Cpu)?;
/// let loss = oxtile_nn::candle::cross_entropy(&logits, &targets, Some(7))?.to_vec1::<f32>()?;
/// assert!((loss[0] - std::f32::consts::LN_2).abs() < 1e-6);
/// assert_eq!(loss[1], 0.0);
/// # Ok(()) }
/// ```
pub fn cross_entropy(
    logits: &Tensor,
    targets: &Tensor,
    ignore_index: Option<i32>,
) -> candle_core::Result<Tensor> {
    let targets = targets.to_dtype(DType::I32)?;
    Fwd::new(CrossEntropy { ignore_index }).apply(&[logits, &targets])
}

/// `activation(x @ w^T + bias)` for `x: [.., in]`, `w: [out, in]` (as `candle_nn::Linear`),
/// `bias: [out]`: [`crate::linear`], the epilogue fused. The backward runs oxtile's
/// matmul for `dx` and `dw`.
///
/// ```
/// use candle_core::{Device, Tensor};
/// # fn main() -> candle_core::Result<()> {
/// use oxtile_nn::Activation;
/// let x = Tensor::new(&[[1.0f32, 2.0]], &Device::Cpu)?;
/// let w = Tensor::new(&[[1.0f32, 1.0], [1.0, -1.0]], &Device::Cpu)?; // [out, in]
/// let b = Tensor::new(&[0.5f32, 0.5], &Device::Cpu)?;
/// let y = oxtile_nn::candle::linear(&x, &w, Some(&b), Activation::Relu)?.to_vec2::<f32>()?;
/// assert_eq!(y, [[3.5, 0.0]]);
/// # Ok(()) }
/// ```
pub fn linear(
    x: &Tensor,
    w: &Tensor,
    bias: Option<&Tensor>,
    activation: Activation,
) -> candle_core::Result<Tensor> {
    match bias {
        Some(b) => Fwd::new(Linear {
            activation,
            bias: true,
        })
        .apply(&[x, w, b]),
        None => Fwd::new(Linear {
            activation,
            bias: false,
        })
        .apply(&[x, w]),
    }
}

/// Flash attention of `q: [batch, heads_q, seq, d]` over `k`, `v`: `[batch, heads_kv, seq,
/// d]` (grouped query heads when `heads_kv < heads_q`), causal or not, `scale` defaulting to
/// `1 / sqrt(d)`: [`crate::attention`]. The log-sum-exp per query is kept for the backward
/// ([`crate::attention_backward`]).
///
/// ```
/// use candle_core::{Device, Tensor};
/// # fn main() -> candle_core::Result<()> {
/// // [batch, heads, seq, d]: two tokens, zero queries and keys, so (causal) the second
/// // token's output is the mean of the two values.
/// let q = Tensor::zeros((1, 1, 2, 16), candle_core::DType::F32, &Device::Cpu)?;
/// let v = Tensor::new(&[0.0f32, 1.0], &Device::Cpu)?.reshape((1, 1, 2, 1))?.repeat((1, 1, 1, 16))?;
/// let out = oxtile_nn::candle::attention(&q, &q, &v, true, None)?;
/// let o = out.flatten_all()?.to_vec1::<f32>()?;
/// assert_eq!((o[0], o[16]), (0.0, 0.5));
/// # Ok(()) }
/// ```
pub fn attention(
    q: &Tensor,
    k: &Tensor,
    v: &Tensor,
    causal: bool,
    scale: Option<f32>,
) -> candle_core::Result<Tensor> {
    Fwd::new(Attention { causal, scale }).apply(&[q, k, v])
}
