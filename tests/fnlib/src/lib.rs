//! A library of device functions in a crate of its own, as a crate built on oxtile would
//! ship them: `tests/lang_functions.rs` imports them with `use` and calls them from its
//! kernels. `softsign` calls `one_plus`, a private function of this crate that callers never
//! name. It re-exports oxtile, and its functions name oxtile through that re-export
//! (`crate = crate::oxtile`), so that `tests/fnuser`, a crate that depends on this one and
//! not on oxtile, can write kernels calling them.

/// oxtile, for crates that reach it only through this one.
pub use oxtile;

/// Activations.
pub mod act {
    use oxtile::prelude::*;

    /// `x` where positive, `slope * x` elsewhere, for any float dtype.
    #[kernel_fn(crate = crate::oxtile)]
    pub fn leaky_relu<T: Float, const N: usize>(x: Tile<T, N>, slope: T) -> Tile<T, N> {
        select(x > 0, x, x * slope)
    }
}

use oxtile::prelude::*;

/// `x / (1 + |x|)`.
#[kernel_fn(crate = crate::oxtile)]
pub fn softsign<const N: usize>(x: Tile<f32, N>) -> Tile<f32, N> {
    x / one_plus(abs(x))
}

/// `1 + x`: private to this crate.
#[kernel_fn(crate = crate::oxtile)]
fn one_plus<const N: usize>(x: Tile<f32, N>) -> Tile<f32, N> {
    1.0 + x
}
