//! Solutions to the exercises of the book's chapter "Flash attention"
//! (`book/src/flash-attention.md`): a sliding-window (local) causal mask, the log-sum-exp of
//! each query's scores beside the output, and a key-padding mask from per-sequence lengths.
//!
//! Run them with `cargo test -p oxtile-book-solutions --test flash_attention`.

use oxtile::prelude::*;
use rand::{Rng, SeedableRng, rngs::StdRng};

/// A test's result: launches and copies use `?`, as a host function would.
type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

// ---------------------------------------------------------------------------------------
// Exercise 1: sliding-window causal attention. Query i sees keys j with i - window < j <= i.

/// The example's kernel with a window: the loop starts at the key block holding the first
/// query's first visible key (the blocks before it are skipped, as causal attention skips
/// the blocks after the diagonal), and the mask removes the keys left of each row's window.
#[kernel]
fn attention_fwd_window<const BM: usize, const BN: usize, const D: usize>(
    q: Ptr<f16>,
    k: Ptr<f16>,
    v: Ptr<f16>,
    o: Ptr<f32>,
    seq: i32,
    sm_scale: f32,
    window: i32,
) {
    let start_m = program_id(0);
    let head = program_id(1);
    let base = head * seq * D;
    let rows = start_m * BM + arange(0, BM);
    let dims = arange(0, D);
    let row_ok = rows[(.., None)] < seq;
    let q_tile = load(
        q + base + rows[(.., None)] * D + dims[(None, ..)],
        row_ok,
        0.0,
    );
    let mut m_i = full::<f32>([BM], f32::NEG_INFINITY);
    let mut l_i = zeros::<f32>([BM]);
    let mut acc = zeros::<f32>([BM, D]);
    let qk_scale = sm_scale * 1.4426950408889634;
    // The first row of this block sees keys from `start_m * BM - window + 1` on; start at
    // the key block that holds it.
    let lo = maximum(start_m * BM - window + 1, 0) / BN * BN;
    let hi = minimum((start_m + 1) * BM, seq);
    for start_n in (lo..hi).step_by(BN) {
        let cols = start_n + arange(0, BN);
        let col_ok = cols[(.., None)] < seq;
        let k_tile = load(
            k + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let v_tile = load(
            v + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let ahead = rows[(.., None)] - cols[(None, ..)];
        let visible = (cols[(None, ..)] < seq) & (ahead >= 0) & (ahead < window);
        let qk = select(
            visible,
            dot(q_tile, trans(k_tile)) * qk_scale,
            f32::NEG_INFINITY,
        );
        let m_new = maximum(m_i, max(qk, 1));
        // A row that has seen no visible key yet has m_new = -inf, and -inf - -inf is NaN:
        // subtract 0 for it instead (its p and alpha are then exp2(-inf) = 0).
        let m_sub = select(m_new == f32::NEG_INFINITY, 0.0, m_new);
        let p = exp2(qk - m_sub[(.., None)]);
        let alpha = exp2(m_i - m_sub);
        l_i = l_i * alpha + sum(p, 1);
        acc = acc * alpha[(.., None)] + dot(p as f16, v_tile);
        m_i = m_new;
    }
    store(
        o + base + rows[(.., None)] * D + dims[(None, ..)],
        acc / l_i[(.., None)],
        row_ok,
    );
}

// ---------------------------------------------------------------------------------------
// Exercise 2: the log-sum-exp of each query's scaled scores, beside the output.

/// The example's kernel, storing also `lse[head * seq + row] = ln(sum_j exp(scale * q.k_j))`
/// over the keys the row sees: what a backward pass needs to recompute the probabilities.
/// `m_i` and `l_i` are in base 2 (scores times `scale * log2(e)`), so the natural log-sum-exp
/// is `(m_i + log2(l_i)) * ln(2)`.
#[kernel]
fn attention_fwd_lse<const BM: usize, const BN: usize, const D: usize, const CAUSAL: bool>(
    q: Ptr<f16>,
    k: Ptr<f16>,
    v: Ptr<f16>,
    o: Ptr<f32>,
    lse: Ptr<f32>,
    seq: i32,
    sm_scale: f32,
) {
    let start_m = program_id(0);
    let head = program_id(1);
    let base = head * seq * D;
    let rows = start_m * BM + arange(0, BM);
    let dims = arange(0, D);
    let row_ok = rows[(.., None)] < seq;
    let q_tile = load(
        q + base + rows[(.., None)] * D + dims[(None, ..)],
        row_ok,
        0.0,
    );
    let mut m_i = full::<f32>([BM], f32::NEG_INFINITY);
    let mut l_i = zeros::<f32>([BM]);
    let mut acc = zeros::<f32>([BM, D]);
    let qk_scale = sm_scale * 1.4426950408889634;
    let hi = if CAUSAL {
        minimum((start_m + 1) * BM, seq)
    } else {
        seq
    };
    for start_n in (0..hi).step_by(BN) {
        let cols = start_n + arange(0, BN);
        let col_ok = cols[(.., None)] < seq;
        let k_tile = load(
            k + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let v_tile = load(
            v + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let visible = (cols[(None, ..)] < seq) & ((rows[(.., None)] >= cols[(None, ..)]) | !CAUSAL);
        let qk = select(
            visible,
            dot(q_tile, trans(k_tile)) * qk_scale,
            f32::NEG_INFINITY,
        );
        let m_new = maximum(m_i, max(qk, 1));
        let p = exp2(qk - m_new[(.., None)]);
        let alpha = exp2(m_i - m_new);
        l_i = l_i * alpha + sum(p, 1);
        acc = acc * alpha[(.., None)] + dot(p as f16, v_tile);
        m_i = m_new;
    }
    store(
        o + base + rows[(.., None)] * D + dims[(None, ..)],
        acc / l_i[(.., None)],
        row_ok,
    );
    store(
        lse + head * seq + rows,
        (m_i + log2(l_i)) * 0.6931471805599453,
        rows < seq,
    );
}

// ---------------------------------------------------------------------------------------
// Exercise 3: a key-padding mask. Sequence b's keys from kv_len[b] on are padding.

/// Non-causal attention over a batch of sequences padded to `seq` tokens (one head each):
/// sequence `b` has `kv_len[b]` real keys (at least 1). The loop stops at the last block
/// holding a real key, and the mask removes the padding in that block.
#[kernel]
fn attention_fwd_kv_len<const BM: usize, const BN: usize, const D: usize>(
    q: Ptr<f16>,
    k: Ptr<f16>,
    v: Ptr<f16>,
    o: Ptr<f32>,
    kv_len: Ptr<i32>,
    seq: i32,
    sm_scale: f32,
) {
    let start_m = program_id(0);
    let b = program_id(1);
    let base = b * seq * D;
    let len = load(kv_len + b);
    let rows = start_m * BM + arange(0, BM);
    let dims = arange(0, D);
    let row_ok = rows[(.., None)] < seq;
    let q_tile = load(
        q + base + rows[(.., None)] * D + dims[(None, ..)],
        row_ok,
        0.0,
    );
    let mut m_i = full::<f32>([BM], f32::NEG_INFINITY);
    let mut l_i = zeros::<f32>([BM]);
    let mut acc = zeros::<f32>([BM, D]);
    let qk_scale = sm_scale * 1.4426950408889634;
    for start_n in (0..len).step_by(BN) {
        let cols = start_n + arange(0, BN);
        // Padding is never read: not even its K and V rows.
        let col_ok = cols[(.., None)] < len;
        let k_tile = load(
            k + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let v_tile = load(
            v + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let qk = select(
            cols[(None, ..)] < len,
            dot(q_tile, trans(k_tile)) * qk_scale,
            f32::NEG_INFINITY,
        );
        let m_new = maximum(m_i, max(qk, 1));
        let p = exp2(qk - m_new[(.., None)]);
        let alpha = exp2(m_i - m_new);
        l_i = l_i * alpha + sum(p, 1);
        acc = acc * alpha[(.., None)] + dot(p as f16, v_tile);
        m_i = m_new;
    }
    store(
        o + base + rows[(.., None)] * D + dims[(None, ..)],
        acc / l_i[(.., None)],
        row_ok,
    );
}

// ---------------------------------------------------------------------------------------
// Host side: inputs, the f64 reference, checks.

/// `len` values uniform in [-r, r), rounded to f16.
fn half_tensor(rng: &mut StdRng, len: usize, r: f32) -> Vec<f16> {
    (0..len)
        .map(|_| f16::from_f32(rng.random_range(-r..r)))
        .collect()
}

/// Attention in f64 on the f16 inputs, laid out `[heads, seq, d]`; query `i` of head `h`
/// attends to the keys `j` with `visible(h, i, j)`. Returns the output and each query's
/// natural log-sum-exp of its scaled scores.
fn attention_ref(
    (q, k, v): (&[f16], &[f16], &[f16]),
    (heads, seq, d): (usize, usize, usize),
    scale: f64,
    visible: impl Fn(usize, usize, usize) -> bool,
) -> (Vec<f64>, Vec<f64>) {
    let mut out = vec![0.0f64; heads * seq * d];
    let mut lse = vec![0.0f64; heads * seq];
    for h in 0..heads {
        let at = |t: &[f16], i: usize, c: usize| t[(h * seq + i) * d + c].to_f64();
        for i in 0..seq {
            let keys: Vec<usize> = (0..seq).filter(|&j| visible(h, i, j)).collect();
            let s: Vec<f64> = keys
                .iter()
                .map(|&j| (0..d).map(|c| at(q, i, c) * at(k, j, c)).sum::<f64>() * scale)
                .collect();
            let m = s.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let e: Vec<f64> = s.iter().map(|x| (x - m).exp()).collect();
            let z: f64 = e.iter().sum();
            lse[h * seq + i] = m + z.ln();
            for c in 0..d {
                let num: f64 = keys.iter().zip(&e).map(|(&j, p)| p * at(v, j, c)).sum();
                out[(h * seq + i) * d + c] = num / z;
            }
        }
    }
    (out, lse)
}

/// Fails, naming the output and the first element out of tolerance, unless every element
/// is within `atol` of the reference (a NaN fails).
fn assert_close(what: &str, got: &[f32], want: &[f64], atol: f64) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        let err = (*g as f64 - w).abs();
        assert!(
            err <= atol,
            "{what}[{i}]: got {g}, want {w} (error {err:.3e})"
        );
    }
}

/// The output is an average of values in [-1, 1) weighted by probabilities that are rounded
/// to f16 before the second `dot` (each off by at most 2^-11 of itself): within 2^-11 of the
/// exact average, plus f32 roundoff. Twice that bound.
const OUT_TOL: f64 = 1e-3;

#[test]
fn sliding_window_matches_reference() -> Result {
    // 70 tokens: query blocks of 16 (the last holds 6 real rows), key blocks of 16 (the
    // last holds 6 real keys). A window of 20 spans two or three key blocks.
    const BM: usize = 16;
    const BN: usize = 16;
    const D: usize = 16;
    let (heads, seq) = (2usize, 70usize);
    let scale = 1.0 / (D as f32).sqrt();
    let mut rng = StdRng::seed_from_u64(61);
    // Queries in [-4, 4): scaled scores spread over several units, so the running max moves
    // from key block to key block and a missing rescale shows.
    let q = half_tensor(&mut rng, heads * seq * D, 4.0);
    let k = half_tensor(&mut rng, heads * seq * D, 1.0);
    let v = half_tensor(&mut rng, heads * seq * D, 1.0);
    let dev = Device::default()?;
    let (qd, kd, vd) = (dev.upload(&q)?, dev.upload(&k)?, dev.upload(&v)?);
    let grid = Grid::xy(seq.div_ceil(BM) as u32, heads as u32);
    // A window of 1 (each query sees itself), one that is not a multiple of the blocks, and
    // one longer than the sequence (plain causal attention).
    for window in [1usize, 20, 100] {
        let od = dev.alloc::<f32>(heads * seq * D)?;
        attention_fwd_window::<BM, BN, D>::launch(
            &dev,
            grid,
            &qd,
            &kd,
            &vd,
            &od,
            seq as i32,
            scale,
            window as i32,
        )?;
        let (want, _) = attention_ref((&q, &k, &v), (heads, seq, D), scale as f64, |_, i, j| {
            j <= i && i - j < window
        });
        assert_close(
            &format!("o (window {window})"),
            &od.to_vec()?,
            &want,
            OUT_TOL,
        );
    }
    Ok(())
}

#[test]
fn log_sum_exp_matches_reference() -> Result {
    const BM: usize = 16;
    const BN: usize = 16;
    const D: usize = 16;
    let (heads, seq) = (2usize, 53usize);
    let scale = 1.0 / (D as f32).sqrt();
    let mut rng = StdRng::seed_from_u64(62);
    let q = half_tensor(&mut rng, heads * seq * D, 4.0);
    let k = half_tensor(&mut rng, heads * seq * D, 1.0);
    let v = half_tensor(&mut rng, heads * seq * D, 1.0);
    let dev = Device::default()?;
    let (qd, kd, vd) = (dev.upload(&q)?, dev.upload(&k)?, dev.upload(&v)?);
    let grid = Grid::xy(seq.div_ceil(BM) as u32, heads as u32);
    for causal in [false, true] {
        let od = dev.alloc::<f32>(heads * seq * D)?;
        let lsed = dev.alloc::<f32>(heads * seq)?;
        let args = (&qd, &kd, &vd, &od, &lsed);
        if causal {
            attention_fwd_lse::<BM, BN, D, true>::launch(
                &dev, grid, args.0, args.1, args.2, args.3, args.4, seq as i32, scale,
            )?;
        } else {
            attention_fwd_lse::<BM, BN, D, false>::launch(
                &dev, grid, args.0, args.1, args.2, args.3, args.4, seq as i32, scale,
            )?;
        }
        let (want, want_lse) =
            attention_ref((&q, &k, &v), (heads, seq, D), scale as f64, |_, i, j| {
                !causal || j <= i
            });
        assert_close(
            &format!("o (causal {causal})"),
            &od.to_vec()?,
            &want,
            OUT_TOL,
        );
        // Scores of order 1 summed in f32 over at most 53 keys, exp2 and log2 in f32: a few
        // f32 roundoffs of values of order 1 to 5.
        assert_close(
            &format!("lse (causal {causal})"),
            &lsed.to_vec()?,
            &want_lse,
            1e-5,
        );
    }
    Ok(())
}

#[test]
fn key_padding_matches_reference() -> Result {
    const BM: usize = 16;
    const BN: usize = 16;
    const D: usize = 16;
    // Three sequences padded to 45 tokens: full, ragged within a block, one real key.
    let (batch, seq) = (3usize, 45usize);
    let lens = [45i32, 23, 1];
    let scale = 1.0 / (D as f32).sqrt();
    let mut rng = StdRng::seed_from_u64(63);
    let q = half_tensor(&mut rng, batch * seq * D, 4.0);
    let mut k = half_tensor(&mut rng, batch * seq * D, 1.0);
    let mut v = half_tensor(&mut rng, batch * seq * D, 1.0);
    // Padding that would dominate the result if it were attended to.
    for (b, &len) in lens.iter().enumerate() {
        for j in len as usize..seq {
            for c in 0..D {
                k[(b * seq + j) * D + c] = f16::from_f32(2.0);
                v[(b * seq + j) * D + c] = f16::from_f32(50.0);
            }
        }
    }
    let dev = Device::default()?;
    let (qd, kd, vd) = (dev.upload(&q)?, dev.upload(&k)?, dev.upload(&v)?);
    let lens_d = dev.upload(&lens)?;
    let od = dev.alloc::<f32>(batch * seq * D)?;
    attention_fwd_kv_len::<BM, BN, D>::launch(
        &dev,
        Grid::xy(seq.div_ceil(BM) as u32, batch as u32),
        &qd,
        &kd,
        &vd,
        &od,
        &lens_d,
        seq as i32,
        scale,
    )?;
    let (want, _) = attention_ref((&q, &k, &v), (batch, seq, D), scale as f64, |b, _, j| {
        (j as i32) < lens[b]
    });
    assert_close("o", &od.to_vec()?, &want, OUT_TOL);
    Ok(())
}
