//! Transformer kernels written in oxtile, with a safe API over [`Buffer`](oxtile::Buffer)s: the library crate
//! a Rust ML developer would depend on, and the worked example of writing one (the book's
//! "Writing a kernel library" chapter walks through it).
//!
//! Every op takes its tensors as [`Rows`] views (a row-major matrix in a buffer, with a row
//! stride), checks their shapes against each other before it launches anything, and returns
//! a typed [`NnError`] that names the op and the argument; the kernels themselves are
//! bounds-checked by oxtile in checked mode besides. The float ops are generic over
//! [`NnFloat`] (f16, bf16 and f32), one kernel source for all three: the arithmetic is done
//! in f32 and each result rounded once to the tensor's dtype. The activations the kernels
//! share are device functions ([`act`]), written once.
//!
//! | op | what |
//! |---|---|
//! | [`softmax()`], [`log_softmax()`] | over each row, any length: one pass when the row fits a block of 4096, an online two-pass loop when it does not |
//! | [`rms_norm()`], [`layer_norm()`] | forward, over each row, with a weight (and a bias) per column |
//! | [`rms_norm_backward()`], [`layer_norm_backward()`] | `dx` and the weight's (and bias's) gradients, deterministic (partial sums per program, no atomics) |
//! | [`bias_gelu()`] | `gelu(x + bias)` per column's bias, tanh or erf form ([`Gelu`]) |
//! | [`swiglu()`] | `silu(gate) * up` |
//! | [`bias_gelu_backward()`], [`swiglu_backward()`] | their gradients (the bias's summed over rows, deterministically) |
//! | [`matmul()`], [`linear()`] | `act(a @ b + bias)` (`linear`: `a @ w^T`, `w` stored `[out, in]`), f32 accumulation, the epilogue fused, block shapes autotuned |
//! | [`attention()`], [`attention_backward()`] | flash attention (causal or not, grouped query heads); the backward from the forward's log-sum-exp, deterministic |
//! | [`rope()`], [`rope_backward()`] | rotary position embedding (half-split), from `[seq, head_dim / 2]` cos and sin tables |
//! | [`quantize()`], [`dequantize()`] | per-row int8 or fp8 (e4m3) with one f32 scale per row |
//! | [`cross_entropy()`], [`cross_entropy_backward()`] | loss per row from logits and `i32` targets, any vocabulary size, with `ignore_index`; the backward from the saved log-sum-exp |
//!
//! With the cargo feature `candle`, [`candle`](mod@candle) offers the ops on candle tensors, as
//! candle custom ops with their backward, on candle's CPU and CUDA devices.
//!
//! ```
//! use oxtile::prelude::*;
//! use oxtile_nn::{Rows, softmax};
//!
//! let dev = Device::cpu()?;
//! let x = dev.upload(&[1.0f32, 2.0, 3.0, 0.5, 0.5, 0.5])?;
//! let y = dev.alloc::<f32>(6)?;
//! softmax(&dev, &Rows::new(&x, 2, 3)?, &Rows::new(&y, 2, 3)?)?;
//! let got = y.to_vec()?;
//! assert!((got[3] - 1.0 / 3.0).abs() < 1e-6);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod act;
mod attention;
#[cfg(feature = "candle")]
pub mod candle;
mod error;
mod launch;
mod linear;
mod loss;
mod norm;
mod norm_bwd;
mod partial;
mod pointwise;
mod quant;
mod rope;
mod rows;
mod softmax;

pub use attention::{AttentionSaved, AttentionShape, attention, attention_backward};
pub use error::NnError;
pub use linear::{Activation, linear, matmul};
pub use loss::{cross_entropy, cross_entropy_backward};
pub use norm::{layer_norm, rms_norm};
pub use norm_bwd::{layer_norm_backward, rms_norm_backward};
pub use pointwise::{Gelu, bias_gelu, bias_gelu_backward, swiglu, swiglu_backward};
pub use quant::{Quantized, dequantize, quantize};
pub use rope::{rope, rope_backward};
pub use rows::Rows;
pub use softmax::{log_softmax, softmax};

/// oxtile, for crates that reach it only through this one.
pub use oxtile;

use oxtile::half::{bf16, f16};
use oxtile::{Element, Float};

/// The float dtypes the ops take: f16, bf16 and f32.
pub trait NnFloat: Float + Element + Copy + Send + Sync + 'static {}
impl NnFloat for f16 {}
impl NnFloat for bf16 {}
impl NnFloat for f32 {}
