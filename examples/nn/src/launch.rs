//! What every op's launch shares: the grid, and the choice of a block size from a run-time
//! length (each kernel's block is a const generic, set at run time through the kernel's
//! `<kernel>_config` type).

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
