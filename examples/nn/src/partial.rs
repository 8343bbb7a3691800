//! Sums over rows without atomics: per-program partial rows, added in program order.
//!
//! A gradient of a per-column parameter (a norm's weight, a bias) is a sum over every row.
//! The kernels that compute it give each program a contiguous run of rows ([`row_runs`]) and
//! a row of partial sums of its own (`programs x cols` f32, written by that program only), and
//! [`add_partials`] adds the programs' rows column by column in program order: no lock, no
//! atomic, and the same bits on every run.

use oxtile::prelude::*;

use crate::{NnError, NnFloat};

/// Programs of a kernel with partial rows, at most.
const MAX_PROGRAMS: usize = 256;
/// Columns per program of [`sum_partials`].
const SUM_BLOCK: usize = 256;

/// `(programs, rows each)` for `rows` rows: at most [`MAX_PROGRAMS`] programs, each with
/// `ceil(rows / programs)` rows but the last, none empty (for `rows > 0`).
pub(crate) fn row_runs(rows: usize) -> (usize, usize) {
    let per = rows.div_ceil(MAX_PROGRAMS).max(1);
    (rows.div_ceil(per), per)
}

/// `out[c] = sum over g of part[g * n_cols + c]`, in program order `g = 0, 1, ...`.
#[kernel]
fn sum_partials<T: Float, const BLOCK: usize>(
    part: Ptr<f32>,
    out: Ptr<T>,
    groups: i32,
    n_cols: i32,
) {
    let cols = program_id(0) * BLOCK + arange(0, BLOCK);
    let mask = cols < n_cols;
    let mut acc = zeros::<f32>([BLOCK]);
    for g in 0..groups {
        acc = acc + load(part + g * n_cols + cols, mask, 0.0);
    }
    store(out + cols, acc as T, mask);
}

/// `out` = the sum of the first `groups` rows of `part` (`out.len()` columns each), in f32,
/// rounded once to `T`.
pub(crate) fn add_partials<T: NnFloat>(
    op: &'static str,
    dev: &Device,
    part: &Buffer<f32>,
    groups: usize,
    out: &Buffer<T>,
) -> Result<(), NnError> {
    let cols = out.len();
    sum_partials::<T, SUM_BLOCK>::launch(
        dev,
        Grid::x(cols.div_ceil(SUM_BLOCK).max(1) as u32),
        part,
        out,
        groups as i32,
        cols as i32,
    )
    .map_err(NnError::launch(op))
}
