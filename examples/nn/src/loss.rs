//! Cross-entropy loss from logits and integer targets, forward and backward.

use oxtile::prelude::*;

use crate::launch::{chunk_max, row_grid};
use crate::{NnError, NnFloat, Rows};

/// The largest chunk the rows are read in (vocabularies of any size).
const CHUNK: usize = 1024;

/// Per row: `lse = log(sum(exp(x)))` by the online softmax over chunks, then `loss = lse -
/// x[target]` (0 for an ignored row, NaN for a target outside the row, which checked mode
/// also reports as a failed assertion).
#[kernel]
fn cross_entropy_fwd<T: Float, const BLOCK: usize>(
    logits: Ptr<T>,
    targets: Ptr<i32>,
    loss: Ptr<f32>,
    lse_out: Ptr<f32>,
    stride: i32,
    n_rows: i32,
    n_cols: i32,
    ignore_index: i32,
    use_ignore: bool,
) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        let xr = logits + row * stride;
        let mut m = full::<f32>([BLOCK], f32::NEG_INFINITY);
        let mut s = zeros::<f32>([BLOCK]);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let v = load(xr + cols, cols < n_cols, T::NEG_INFINITY) as f32;
            let m_new = maximum(m, v);
            let empty = m_new == f32::NEG_INFINITY;
            s = s * select(empty, 1.0, exp(m - m_new)) + select(empty, 0.0, exp(v - m_new));
            m = m_new;
        }
        let mx = max(m, 0);
        let lse = mx + log(sum(select(m == f32::NEG_INFINITY, 0.0, s * exp(m - mx)), 0));
        let t = load(targets + row);
        let ignored = use_ignore & (t == ignore_index);
        let valid = (t >= 0) & (t < n_cols);
        device_assert(
            ignored | valid,
            "cross_entropy: a target is outside 0..vocab",
        );
        let at = if valid { t } else { 0 };
        let xt = load(xr + at) as f32;
        let l = if ignored {
            0.0
        } else if valid {
            lse - xt
        } else {
            f32::NAN
        };
        store(loss + row, l);
        store(lse_out + row, lse);
    }
}

/// Per row: `dx = dloss * (exp(x - lse) - onehot(target))`, 0 for an ignored row.
#[kernel]
fn cross_entropy_bwd<T: Float, const BLOCK: usize>(
    logits: Ptr<T>,
    targets: Ptr<i32>,
    lse: Ptr<f32>,
    dloss: Ptr<f32>,
    dx: Ptr<T>,
    x_stride: i32,
    dx_stride: i32,
    n_rows: i32,
    n_cols: i32,
    ignore_index: i32,
    use_ignore: bool,
) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        let t = load(targets + row);
        let ignored = use_ignore & (t == ignore_index);
        device_assert(
            ignored | ((t >= 0) & (t < n_cols)),
            "cross_entropy_backward: a target is outside 0..vocab",
        );
        let scale = if ignored { 0.0 } else { load(dloss + row) };
        let l = load(lse + row);
        for off in (0..n_cols).step_by(BLOCK) {
            let cols = off + arange(0, BLOCK);
            let mask = cols < n_cols;
            let v = load(logits + row * x_stride + cols, mask, 0.0) as f32;
            let d = (exp(v - l) - select(cols == t, 1.0, 0.0)) * scale;
            store(dx + row * dx_stride + cols, d as T, mask);
        }
    }
}

/// Cross-entropy forward, one loss per row: `loss[r] = logsumexp(logits[r]) -
/// logits[r, targets[r]]`, in f32, for vocabularies of any size (the rows are read in chunks,
/// with the online log-sum-exp). Also writes each row's `logsumexp` to `lse`, which
/// [`cross_entropy_backward`] takes. A row whose target is `ignore_index` gets a loss of 0
/// (PyTorch's `ignore_index`, e.g. `Some(-100)`); reduce the losses as you need (their mean
/// over the rows not ignored is PyTorch's default).
///
/// A target outside `0..vocab` (and not ignored) gives that row a NaN loss, and in checked
/// mode fails the launch with an assertion naming it.
///
/// # Errors
/// [`NnError::Shape`] when `targets`, `loss` or `lse` has not one element per row;
/// [`NnError::Launch`] when the kernel fails.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, cross_entropy};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let logits = dev.upload(&[0.0f32, 0.0, 0.0, 0.0, 5.0, 1.0])?;
/// let targets = dev.upload(&[2i32, 0])?;
/// let (loss, lse) = (dev.alloc::<f32>(2)?, dev.alloc::<f32>(2)?);
/// cross_entropy(&dev, &Rows::new(&logits, 2, 3)?, &targets, None, &loss, &lse)?;
/// assert!((loss.to_vec()?[0] - 3f32.ln()).abs() < 1e-6);
/// # Ok(()) }
/// ```
pub fn cross_entropy<T: NnFloat>(
    dev: &Device,
    logits: &Rows<'_, T>,
    targets: &Buffer<i32>,
    ignore_index: Option<i32>,
    loss: &Buffer<f32>,
    lse: &Buffer<f32>,
) -> Result<(), NnError> {
    const OP: &str = "cross_entropy";
    let rows = logits.rows();
    NnError::expect_len(OP, "targets", targets, rows, "row")?;
    NnError::expect_len(OP, "loss", loss, rows, "row")?;
    NnError::expect_len(OP, "lse", lse, rows, "row")?;
    if rows == 0 {
        return Ok(());
    }
    if logits.cols() == 0 {
        return Err(NnError::shape(OP, "logits", "has no columns (no classes)"));
    }
    cross_entropy_fwd_config::<T>::new(chunk_max(dev, CHUNK))
        .launch(
            dev,
            row_grid(rows),
            logits.buffer(),
            targets,
            loss,
            lse,
            logits.stride() as i32,
            rows as i32,
            logits.cols() as i32,
            ignore_index.unwrap_or(0),
            ignore_index.is_some(),
        )
        .map_err(NnError::launch(OP))
}

/// Cross-entropy backward: `dlogits[r] = dloss[r] * (softmax(logits[r]) - onehot(targets[r]))`
/// (0 for an ignored row), from the `lse` that [`cross_entropy`] wrote. `dloss` is the
/// gradient of each row's loss: for the mean over `n` rows, `1/n` each.
///
/// # Errors
/// [`NnError::Shape`] when `dlogits` is not the shape of `logits`, or `targets`, `lse` or
/// `dloss` has not one element per row; [`NnError::Launch`] when the kernel fails (in checked
/// mode, a target outside `0..vocab`).
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{Rows, cross_entropy, cross_entropy_backward};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let logits = dev.upload(&[0.0f32, 0.0])?;
/// let targets = dev.upload(&[1i32])?;
/// let (loss, lse) = (dev.alloc::<f32>(1)?, dev.alloc::<f32>(1)?);
/// let x = Rows::new(&logits, 1, 2)?;
/// cross_entropy(&dev, &x, &targets, None, &loss, &lse)?;
/// let (dloss, dx) = (dev.upload(&[1.0f32])?, dev.alloc::<f32>(2)?);
/// cross_entropy_backward(&dev, &x, &targets, None, &lse, &dloss, &Rows::new(&dx, 1, 2)?)?;
/// assert_eq!(dx.to_vec()?, [0.5, -0.5]);
/// # Ok(()) }
/// ```
pub fn cross_entropy_backward<T: NnFloat>(
    dev: &Device,
    logits: &Rows<'_, T>,
    targets: &Buffer<i32>,
    ignore_index: Option<i32>,
    lse: &Buffer<f32>,
    dloss: &Buffer<f32>,
    dlogits: &Rows<'_, T>,
) -> Result<(), NnError> {
    const OP: &str = "cross_entropy_backward";
    let rows = logits.rows();
    dlogits.expect(OP, "dlogits", rows, logits.cols())?;
    NnError::expect_len(OP, "targets", targets, rows, "row")?;
    NnError::expect_len(OP, "lse", lse, rows, "row")?;
    NnError::expect_len(OP, "dloss", dloss, rows, "row")?;
    if rows == 0 || logits.cols() == 0 {
        return Ok(());
    }
    cross_entropy_bwd_config::<T>::new(chunk_max(dev, CHUNK))
        .launch(
            dev,
            row_grid(rows),
            logits.buffer(),
            targets,
            lse,
            dloss,
            dlogits.buffer(),
            logits.stride() as i32,
            dlogits.stride() as i32,
            rows as i32,
            logits.cols() as i32,
            ignore_index.unwrap_or(0),
            ignore_index.is_some(),
        )
        .map_err(NnError::launch(OP))
}
