//! The activations, as device functions (`#[kernel_fn]`) on f32 tiles of any length: written
//! once here, called by every kernel of this crate that needs them, and by yours (they are
//! public: `use oxtile_nn::act::gelu_tanh;` in a `#[kernel]`).

use oxtile::prelude::*;

// ANCHOR: gelu_tanh
/// GELU, tanh approximation: `0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))`.
#[kernel_fn(crate = crate::oxtile)]
pub fn gelu_tanh<const N: usize>(x: Tile<f32, N>) -> Tile<f32, N> {
    let inner = 0.7978845608028654 * (x + 0.044715 * x * x * x);
    0.5 * x * (1.0 + tanh(inner))
}
// ANCHOR_END: gelu_tanh

/// GELU, exact form: `0.5 x (1 + erf(x / sqrt(2)))`.
#[kernel_fn(crate = crate::oxtile)]
pub fn gelu_erf<const N: usize>(x: Tile<f32, N>) -> Tile<f32, N> {
    0.5 * x * (1.0 + erf(x * 0.7071067811865476))
}

/// SiLU (swish): `x sigmoid(x)`.
#[kernel_fn(crate = crate::oxtile)]
pub fn silu<const N: usize>(x: Tile<f32, N>) -> Tile<f32, N> {
    x * sigmoid(x)
}

/// The derivative of [`gelu_tanh`]: with `t = tanh(u)`, `u = sqrt(2/pi) (x + 0.044715 x^3)`,
/// `0.5 (1 + t) + 0.5 x (1 - t^2) sqrt(2/pi) (1 + 3 * 0.044715 x^2)`.
#[kernel_fn(crate = crate::oxtile)]
pub fn gelu_tanh_grad<const N: usize>(x: Tile<f32, N>) -> Tile<f32, N> {
    let k = 0.7978845608028654;
    let t = tanh(k * (x + 0.044715 * x * x * x));
    0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * k * (1.0 + 0.134145 * x * x)
}

/// The derivative of [`gelu_erf`]: `Phi(x) + x phi(x)`, the normal distribution's CDF and
/// density.
#[kernel_fn(crate = crate::oxtile)]
pub fn gelu_erf_grad<const N: usize>(x: Tile<f32, N>) -> Tile<f32, N> {
    0.5 * (1.0 + erf(x * 0.7071067811865476)) + x * exp(-0.5 * x * x) * 0.3989422804014327
}

/// The derivative of [`silu`]: `sigmoid(x) (1 + x (1 - sigmoid(x)))`.
#[kernel_fn(crate = crate::oxtile)]
pub fn silu_grad<const N: usize>(x: Tile<f32, N>) -> Tile<f32, N> {
    let s = sigmoid(x);
    s * (1.0 + x * (1.0 - s))
}
