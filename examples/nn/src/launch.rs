//! What every op's launch shares: the grid, and the choice of a block size (a const generic)
//! from a run-time length.

use oxtile::Grid;
use oxtile::prelude::Device;

/// The most programs along x of a launch: kernels loop over their rows with a stride of the
/// program count, so any number of rows runs on at most this many programs (which every
/// backend's grid allows).
const MAX_PROGRAMS: usize = 65_535;

/// One program per row, up to [`MAX_PROGRAMS`].
pub(crate) fn row_grid(rows: usize) -> Grid {
    Grid::x(rows.clamp(1, MAX_PROGRAMS) as u32)
}

/// The block a row of `cols` elements is processed in: the next power of two, from 16 up
/// to `max`.
pub(crate) fn block_for(cols: usize, max: usize) -> usize {
    cols.next_power_of_two().clamp(16, max)
}

/// The largest chunk a looped kernel (one that walks a row in chunks) should use on `dev`:
/// `cap`, or less on a device whose largest tile is small. A tile's largest size says how
/// much per-element code the device's compiler is willing to take; on Mesa's lavapipe (2^14
/// elements) a norm's backward kernel compiled in 15 s at 4096-element chunks and in 1.5 s at
/// 256, while the chunk changes nothing but speed. So: a 64th of the largest tile, from 256
/// up to `cap`.
pub(crate) fn chunk_max(dev: &Device, cap: usize) -> usize {
    let by_device = usize::try_from(dev.limits().max_tile_elements / 64).unwrap_or(usize::MAX);
    by_device.clamp(256, cap)
}

/// Runs `$body` with the const `$b` set to `$block` (a power of two from 16 to 4096, as
/// [`block_for`] returns): kernels take their block as a const generic.
macro_rules! with_block {
    ($block:expr, $b:ident => $body:expr) => {{
        match $block {
            16 => {
                const $b: usize = 16;
                $body
            }
            32 => {
                const $b: usize = 32;
                $body
            }
            64 => {
                const $b: usize = 64;
                $body
            }
            128 => {
                const $b: usize = 128;
                $body
            }
            256 => {
                const $b: usize = 256;
                $body
            }
            512 => {
                const $b: usize = 512;
                $body
            }
            1024 => {
                const $b: usize = 1024;
                $body
            }
            2048 => {
                const $b: usize = 2048;
                $body
            }
            _ => {
                const $b: usize = 4096;
                $body
            }
        }
    }};
}
pub(crate) use with_block;
