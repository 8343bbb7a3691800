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
