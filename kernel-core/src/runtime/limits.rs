//! What one launch may ask of a device, so that a library can choose tile sizes and grids
//! that fit before it launches, instead of learning it from a [`super::LaunchError`].

use super::Grid;
use super::launch::{MAX_GRID_X, MAX_GRID_YZ};

/// A device's limits ([`super::Device::limits`]). Every field is a bound a launch is checked
/// against (or, for the dtypes, a refusal it would get), not a tuning hint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct DeviceLimits {
    /// The most elements one tile of a kernel may hold (a larger one is refused when the
    /// kernel is specialized).
    pub max_tile_elements: u64,
    /// The largest grid along each axis.
    pub max_grid: Grid,
    /// The shared (workgroup) memory one program may use, in bytes: what limits CUDA's
    /// pipeline stages and wgpu's reductions across threads. `None` where nothing is shared
    /// (the interpreter).
    pub max_shared_bytes: Option<u64>,
    /// The most threads one program runs on: CUDA's `32 * num_warps` at the largest
    /// `num_warps` (32), the workgroup size on wgpu, 1 on the interpreter.
    pub max_threads_per_program: u32,
    /// Whether `i64` and `u64` tiles run (wgpu needs the adapter's `SHADER_INT64`).
    pub int64: bool,
    /// Whether `f64` tiles run (wgpu needs `SHADER_F64`).
    pub float64: bool,
}

impl DeviceLimits {
    /// The limits of a device that runs every kernel oxtile takes: tiles up to
    /// `max_tile_elements`, CUDA's grid limits, no shared memory, one thread a program (the
    /// interpreter's). Backends start from it and override what differs.
    pub fn unbounded(max_tile_elements: u64) -> DeviceLimits {
        DeviceLimits {
            max_tile_elements,
            max_grid: Grid {
                x: MAX_GRID_X,
                y: MAX_GRID_YZ,
                z: MAX_GRID_YZ,
            },
            max_shared_bytes: None,
            max_threads_per_program: 1,
            int64: true,
            float64: true,
        }
    }

    /// The largest power of two `b` such that a tile of `b * per_block` elements fits, up
    /// to `want` (rounded down to a power of two): the block size a library picks for rows
    /// of `want` elements when each block holds `per_block` elements per row (1 for a
    /// vector, the other dimension for a 2-D tile). At least 1.
    pub fn block_size(&self, want: u64, per_block: u64) -> u64 {
        let cap = (self.max_tile_elements / per_block.max(1)).max(1);
        let b = want.clamp(1, cap);
        1 << (63 - b.leading_zeros())
    }

    /// Whether a grid fits.
    pub fn fits_grid(&self, grid: Grid) -> bool {
        grid.x <= self.max_grid.x && grid.y <= self.max_grid.y && grid.z <= self.max_grid.z
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_sizes_are_powers_of_two_that_fit() {
        let l = DeviceLimits::unbounded(1 << 14);
        assert_eq!(l.block_size(1000, 1), 512);
        assert_eq!(l.block_size(1 << 20, 1), 1 << 14);
        assert_eq!(l.block_size(1 << 20, 64), 256);
        assert_eq!(l.block_size(0, 1), 1);
        assert_eq!(l.block_size(5, 1 << 20), 1);
        assert!(l.fits_grid(Grid::x(1 << 30)));
        assert!(!l.fits_grid(Grid {
            x: 1,
            y: 1 << 17,
            z: 1
        }));
    }
}
