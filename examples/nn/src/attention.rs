//! Flash attention forward (Triton tutorial 06): causal or not, with grouped query heads.

use oxtile::prelude::*;

use crate::{NnError, NnFloat, Rows};

/// One program per `BM` queries of one query head: the keys and values of its key/value head
/// in blocks of `BN`, the scores never stored, the softmax online (a running maximum and sum
/// per query, the accumulator rescaled as the maximum grows), in base 2 (`exp2`, the scale
/// times log2 e). With `CAUSAL`, query `i` sees keys `0..=i` and the loop stops at the
/// diagonal block. With `LSE`, each query's log-sum-exp of its (scaled) scores is stored, in
/// natural log, as a backward pass needs.
#[kernel]
fn flash_fwd<
    T: Float,
    const BM: usize,
    const BN: usize,
    const D: usize,
    const CAUSAL: bool,
    const LSE: bool,
>(
    q: Ptr<T>,
    k: Ptr<T>,
    v: Ptr<T>,
    o: Ptr<T>,
    lse: Ptr<f32>,
    q_stride: i32,
    k_stride: i32,
    v_stride: i32,
    o_stride: i32,
    seq: i32,
    group: i32,
    sm_scale: f32,
) {
    let start_m = program_id(0);
    let head = program_id(1);
    // Query head `head` reads key/value head `head / group` (grouped-query attention).
    let kv = head / group;
    let rows = start_m * BM + arange(0, BM);
    let dims = arange(0, D);
    let row_ok = rows[(.., None)] < seq;
    let q_row = head * seq + rows;
    let q_tile = load(
        q + q_row[(.., None)] * q_stride + dims[(None, ..)],
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
        let kv_row = kv * seq + cols;
        let k_tile = load(
            k + kv_row[(.., None)] * k_stride + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let v_tile = load(
            v + kv_row[(.., None)] * v_stride + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let visible = (cols[(None, ..)] < seq) & ((rows[(.., None)] >= cols[(None, ..)]) | !CAUSAL);
        let qk = select(
            visible,
            dot(q_tile, trans(k_tile)) as f32 * qk_scale,
            f32::NEG_INFINITY,
        );
        let m_new = maximum(m_i, max(qk, 1));
        let p = exp2(qk - m_new[(.., None)]);
        let alpha = exp2(m_i - m_new);
        l_i = l_i * alpha + sum(p, 1);
        acc = acc * alpha[(.., None)] + dot(p as T, v_tile) as f32;
        m_i = m_new;
    }
    store(
        o + q_row[(.., None)] * o_stride + dims[(None, ..)],
        (acc / l_i[(.., None)]) as T,
        row_ok,
    );
    if LSE {
        store(
            lse + q_row,
            (m_i + log2(l_i)) * 0.6931471805599453,
            rows < seq,
        );
    }
}

/// The shape of an attention: `batch` sequences of `seq` tokens, `heads_q` query heads and
/// `heads_kv` key/value heads (which divides `heads_q`: grouped-query attention; equal for
/// multi-head attention, 1 for multi-query).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AttentionShape {
    /// Sequences.
    pub batch: usize,
    /// Query heads per sequence.
    pub heads_q: usize,
    /// Key and value heads per sequence.
    pub heads_kv: usize,
    /// Tokens per sequence (queries and keys alike).
    pub seq: usize,
}

impl AttentionShape {
    /// Checks the heads and the head dimension `d` for `op`; the rows of the query-shaped
    /// and of the key-shaped tensors.
    fn rows(&self, op: &'static str, d: usize) -> Result<(usize, usize), NnError> {
        let AttentionShape {
            batch,
            heads_q,
            heads_kv,
            seq,
        } = *self;
        if heads_kv == 0 || heads_q % heads_kv != 0 {
            return Err(NnError::shape(
                op,
                "shape",
                format!("heads_kv = {heads_kv} does not divide heads_q = {heads_q}"),
            ));
        }
        if ![16, 32, 64, 128, 256].contains(&d) {
            return Err(NnError::shape(
                op,
                "q",
                format!("head dimension {d}: 16, 32, 64, 128 or 256 are supported"),
            ));
        }
        Ok((batch * heads_q * seq, batch * heads_kv * seq))
    }
}

/// The block of queries and of keys on `dev`, forward and backward: 64; 16 on a device whose
/// largest tile is small (2^14 on Mesa's lavapipe, whose compile time grows with the tiles:
/// the forward test's four kernels took 41 s to compile and run at 64 and 9 s at 16).
fn block(dev: &Device) -> usize {
    if dev.limits().max_tile_elements >= 1 << 16 {
        64
    } else {
        16
    }
}

/// Flash attention forward: `out = softmax(q k^T * scale (+ causal mask)) v` for every query
/// head, without the `seq x seq` scores ever stored. Each of `q`, `out` is
/// `[batch * heads_q * seq, head_dim]` rows (a head's tokens consecutive), `k` and `v`
/// `[batch * heads_kv * seq, head_dim]`; query head `h` of a sequence attends with key/value
/// head `h / (heads_q / heads_kv)`. `scale` defaults to `1 / sqrt(head_dim)`. The head
/// dimension is 16, 32, 64, 128 or 256. With `lse`, each query's log-sum-exp of its scaled
/// scores (natural log; `batch * heads_q * seq` values) is written too, as a backward pass
/// needs. Scores and the softmax are f32, the products' factors `T`.
///
/// # Errors
/// [`NnError::Shape`] when the views do not match the shape, `heads_kv` does not divide
/// `heads_q`, the head dimension is not supported, or `lse` has the wrong length;
/// [`NnError::Launch`] when the kernel fails; [`NnError::Device`] when the placeholder for an
/// absent `lse` cannot be allocated.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{AttentionShape, Rows, attention};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let shape = AttentionShape { batch: 1, heads_q: 1, heads_kv: 1, seq: 2 };
/// // Two tokens, head dimension 16; causal: the first token sees only itself.
/// let q = dev.upload(&[0.0f32; 32])?;
/// let k = dev.upload(&[0.0f32; 32])?;
/// let v = dev.upload(&(0..32).map(|i| (i / 16) as f32).collect::<Vec<_>>())?;
/// let out = dev.alloc::<f32>(32)?;
/// let r = |b| Rows::new(b, 2, 16);
/// attention(&dev, &r(&q)?, &r(&k)?, &r(&v)?, shape, true, None, None, &r(&out)?)?;
/// let o = out.to_vec()?;
/// assert_eq!((o[0], o[16]), (0.0, 0.5)); // token 0: v0; token 1: the mean of v0 and v1
/// # Ok(()) }
/// ```
#[allow(clippy::too_many_arguments)]
pub fn attention<T: NnFloat>(
    dev: &Device,
    q: &Rows<'_, T>,
    k: &Rows<'_, T>,
    v: &Rows<'_, T>,
    shape: AttentionShape,
    causal: bool,
    scale: Option<f32>,
    lse: Option<&Buffer<f32>>,
    out: &Rows<'_, T>,
) -> Result<(), NnError> {
    const OP: &str = "attention";
    let AttentionShape {
        batch,
        heads_q,
        heads_kv,
        seq,
    } = shape;
    let d = q.cols();
    let (nq, nkv) = shape.rows(OP, d)?;
    q.expect(OP, "q", nq, d)?;
    k.expect(OP, "k", nkv, d)?;
    v.expect(OP, "v", nkv, d)?;
    out.expect(OP, "out", nq, d)?;
    if let Some(l) = lse {
        NnError::expect_len(OP, "lse", l, nq, "query")?;
    }
    if nq == 0 {
        return Ok(());
    }
    let placeholder;
    let lse_buf = match lse {
        Some(l) => l,
        None => {
            placeholder = dev
                .alloc::<f32>(1)
                .map_err(|source| NnError::Device { op: OP, source })?;
            &placeholder
        }
    };
    let b = block(dev);
    let sm_scale = scale.unwrap_or(1.0 / (d as f32).sqrt());
    flash_fwd_config::<T>::new(b, b, d, causal, lse.is_some())
        .launch(
            dev,
            Grid::xy(seq.div_ceil(b) as u32, (batch * heads_q) as u32),
            q.buffer(),
            k.buffer(),
            v.buffer(),
            out.buffer(),
            lse_buf,
            q.stride() as i32,
            k.stride() as i32,
            v.stride() as i32,
            out.stride() as i32,
            seq as i32,
            (heads_q / heads_kv) as i32,
            sm_scale,
        )
        .map_err(NnError::launch(OP))
}

/// `delta[r] = sum(o[r] * do[r])` for each query row: the softmax backward's row term.
#[kernel]
fn flash_bwd_delta<T: Float, const D: usize>(
    o: Ptr<T>,
    d_o: Ptr<T>,
    delta: Ptr<f32>,
    o_stride: i32,
    do_stride: i32,
    n_rows: i32,
) {
    for row in (program_id(0)..n_rows).step_by(num_programs(0)) {
        let dims = arange(0, D);
        let a = load(o + row * o_stride + dims) as f32;
        let b = load(d_o + row * do_stride + dims) as f32;
        store(delta + row, sum(a * b, 0));
    }
}

/// For `BN` keys of one key/value head: `dv = sum over queries of p^T do` and `dk = scale *
/// sum of ds^T q`, over every query head of its group (in order, no atomics), `p` recomputed
/// from the log-sum-exp, `ds = p (do v^T - delta)`.
#[kernel]
fn flash_bwd_dkdv<
    T: Float,
    const BM: usize,
    const BN: usize,
    const D: usize,
    const CAUSAL: bool,
>(
    q: Ptr<T>,
    k: Ptr<T>,
    v: Ptr<T>,
    d_o: Ptr<T>,
    lse: Ptr<f32>,
    delta: Ptr<f32>,
    dk: Ptr<T>,
    dv: Ptr<T>,
    q_stride: i32,
    k_stride: i32,
    v_stride: i32,
    do_stride: i32,
    dk_stride: i32,
    dv_stride: i32,
    seq: i32,
    group: i32,
    sm_scale: f32,
) {
    let start_n = program_id(0);
    let kv = program_id(1);
    let cols = start_n * BN + arange(0, BN);
    let dims = arange(0, D);
    let col_ok = cols[(.., None)] < seq;
    let kv_row = kv * seq + cols;
    let k_tile = load(
        k + kv_row[(.., None)] * k_stride + dims[(None, ..)],
        col_ok,
        0.0,
    );
    let v_tile = load(
        v + kv_row[(.., None)] * v_stride + dims[(None, ..)],
        col_ok,
        0.0,
    );
    let mut dk_acc = zeros::<f32>([BN, D]);
    let mut dv_acc = zeros::<f32>([BN, D]);
    // Causal: queries before this block's first key see none of it.
    let lo = if CAUSAL { start_n * BN / BM * BM } else { 0 };
    for g in 0..group {
        let head = kv * group + g;
        for start_m in (lo..seq).step_by(BM) {
            let rows = start_m + arange(0, BM);
            let row_ok = rows[(.., None)] < seq;
            let q_row = head * seq + rows;
            let q_tile = load(
                q + q_row[(.., None)] * q_stride + dims[(None, ..)],
                row_ok,
                0.0,
            );
            let do_tile = load(
                d_o + q_row[(.., None)] * do_stride + dims[(None, ..)],
                row_ok,
                0.0,
            );
            let l = load(lse + q_row, rows < seq, 0.0);
            let dl = load(delta + q_row, rows < seq, 0.0);
            let visible = (rows[(.., None)] < seq)
                & (cols[(None, ..)] < seq)
                & ((rows[(.., None)] >= cols[(None, ..)]) | !CAUSAL);
            let qk = dot(q_tile, trans(k_tile)) as f32 * sm_scale;
            let p = select(visible, exp(qk - l[(.., None)]), 0.0);
            dv_acc = dv_acc + dot(trans(p) as T, do_tile) as f32;
            let dp = dot(do_tile, trans(v_tile)) as f32;
            let ds = p * (dp - dl[(.., None)]);
            dk_acc = dk_acc + dot(trans(ds) as T, q_tile) as f32;
        }
    }
    store(
        dk + kv_row[(.., None)] * dk_stride + dims[(None, ..)],
        (dk_acc * sm_scale) as T,
        col_ok,
    );
    store(
        dv + kv_row[(.., None)] * dv_stride + dims[(None, ..)],
        dv_acc as T,
        col_ok,
    );
}

/// For `BM` queries of one query head: `dq = scale * sum over keys of ds k`.
#[kernel]
fn flash_bwd_dq<T: Float, const BM: usize, const BN: usize, const D: usize, const CAUSAL: bool>(
    q: Ptr<T>,
    k: Ptr<T>,
    v: Ptr<T>,
    d_o: Ptr<T>,
    lse: Ptr<f32>,
    delta: Ptr<f32>,
    dq: Ptr<T>,
    q_stride: i32,
    k_stride: i32,
    v_stride: i32,
    do_stride: i32,
    dq_stride: i32,
    seq: i32,
    group: i32,
    sm_scale: f32,
) {
    let start_m = program_id(0);
    let head = program_id(1);
    let kv = head / group;
    let rows = start_m * BM + arange(0, BM);
    let dims = arange(0, D);
    let row_ok = rows[(.., None)] < seq;
    let q_row = head * seq + rows;
    let q_tile = load(
        q + q_row[(.., None)] * q_stride + dims[(None, ..)],
        row_ok,
        0.0,
    );
    let do_tile = load(
        d_o + q_row[(.., None)] * do_stride + dims[(None, ..)],
        row_ok,
        0.0,
    );
    let l = load(lse + q_row, rows < seq, 0.0);
    let dl = load(delta + q_row, rows < seq, 0.0);
    let mut dq_acc = zeros::<f32>([BM, D]);
    let hi = if CAUSAL {
        minimum((start_m + 1) * BM, seq)
    } else {
        seq
    };
    for start_n in (0..hi).step_by(BN) {
        let cols = start_n + arange(0, BN);
        let col_ok = cols[(.., None)] < seq;
        let kv_row = kv * seq + cols;
        let k_tile = load(
            k + kv_row[(.., None)] * k_stride + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let v_tile = load(
            v + kv_row[(.., None)] * v_stride + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let visible = (rows[(.., None)] < seq)
            & (cols[(None, ..)] < seq)
            & ((rows[(.., None)] >= cols[(None, ..)]) | !CAUSAL);
        let qk = dot(q_tile, trans(k_tile)) as f32 * sm_scale;
        let p = select(visible, exp(qk - l[(.., None)]), 0.0);
        let dp = dot(do_tile, trans(v_tile)) as f32;
        let ds = p * (dp - dl[(.., None)]);
        dq_acc = dq_acc + dot(ds as T, k_tile) as f32;
    }
    store(
        dq + q_row[(.., None)] * dq_stride + dims[(None, ..)],
        (dq_acc * sm_scale) as T,
        row_ok,
    );
}

/// The inputs of [`attention_backward`] that the forward pass read or wrote.
#[derive(Clone, Copy)]
pub struct AttentionSaved<'a, T: NnFloat> {
    /// The queries.
    pub q: &'a Rows<'a, T>,
    /// The keys.
    pub k: &'a Rows<'a, T>,
    /// The values.
    pub v: &'a Rows<'a, T>,
    /// The forward's output.
    pub out: &'a Rows<'a, T>,
    /// The forward's log-sum-exp per query (its `lse`).
    pub lse: &'a Buffer<f32>,
}

/// Flash attention backward (Triton tutorial 06's, with grouped query heads): from what the
/// forward pass read and wrote (`saved`, its `lse` included) and the output's gradient
/// `dout`, writes `dq`, `dk` and `dv` (shaped as `q`, `k`, `v`). The probabilities are
/// recomputed block by block from the log-sum-exp, never stored; a key/value head's gradients
/// sum over its group's query heads in one program, in order (no atomics: the same bits on
/// every run). `shape`, `causal` and `scale` must be the forward's.
///
/// # Errors
/// As [`attention`], for every argument; [`NnError::Device`] when the row terms (one f32
/// per query) cannot be allocated.
///
/// ```
/// use oxtile::prelude::*;
/// use oxtile_nn::{AttentionSaved, AttentionShape, Rows, attention, attention_backward};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let dev = Device::cpu()?;
/// let shape = AttentionShape { batch: 1, heads_q: 1, heads_kv: 1, seq: 1 };
/// // One token attends only to itself: out = v, so dv = dout and dq = dk = 0.
/// let x = dev.upload(&[0.5f32; 16])?;
/// let (out, lse) = (dev.alloc::<f32>(16)?, dev.alloc::<f32>(1)?);
/// let r = |b| Rows::new(b, 1, 16);
/// let (xv, ov) = (r(&x)?, r(&out)?);
/// attention(&dev, &xv, &xv, &xv, shape, false, None, Some(&lse), &ov)?;
/// let dout = dev.upload(&[1.0f32; 16])?;
/// let (dq, dk, dv) = (dev.alloc::<f32>(16)?, dev.alloc::<f32>(16)?, dev.alloc::<f32>(16)?);
/// let saved = AttentionSaved { q: &xv, k: &xv, v: &xv, out: &ov, lse: &lse };
/// attention_backward(&dev, saved, &r(&dout)?, shape, false, None, &r(&dq)?, &r(&dk)?, &r(&dv)?)?;
/// assert_eq!(dv.to_vec()?, [1.0; 16]);
/// assert_eq!(dq.to_vec()?, [0.0; 16]);
/// # Ok(()) }
/// ```
#[allow(clippy::too_many_arguments)]
pub fn attention_backward<T: NnFloat>(
    dev: &Device,
    saved: AttentionSaved<'_, T>,
    dout: &Rows<'_, T>,
    shape: AttentionShape,
    causal: bool,
    scale: Option<f32>,
    dq: &Rows<'_, T>,
    dk: &Rows<'_, T>,
    dv: &Rows<'_, T>,
) -> Result<(), NnError> {
    const OP: &str = "attention_backward";
    let AttentionSaved { q, k, v, out, lse } = saved;
    let AttentionShape {
        batch,
        heads_q,
        heads_kv,
        seq,
    } = shape;
    let d = q.cols();
    let (nq, nkv) = shape.rows(OP, d)?;
    for (arg, r, n) in [
        ("q", q, nq),
        ("out", out, nq),
        ("dout", dout, nq),
        ("dq", dq, nq),
        ("k", k, nkv),
        ("v", v, nkv),
        ("dk", dk, nkv),
        ("dv", dv, nkv),
    ] {
        r.expect(OP, arg, n, d)?;
    }
    NnError::expect_len(OP, "lse", lse, nq, "query")?;
    if nq == 0 {
        return Ok(());
    }
    let delta = dev
        .alloc::<f32>(nq)
        .map_err(|source| NnError::Device { op: OP, source })?;
    flash_bwd_delta_config::<T>::new(d)
        .launch(
            dev,
            crate::launch::row_grid(nq),
            out.buffer(),
            dout.buffer(),
            &delta,
            out.stride() as i32,
            dout.stride() as i32,
            nq as i32,
        )
        .map_err(NnError::launch(OP))?;
    let b = block(dev);
    let sm_scale = scale.unwrap_or(1.0 / (d as f32).sqrt());
    let group = (heads_q / heads_kv) as i32;
    flash_bwd_dkdv_config::<T>::new(b, b, d, causal)
        .launch(
            dev,
            Grid::xy(seq.div_ceil(b) as u32, (batch * heads_kv) as u32),
            q.buffer(),
            k.buffer(),
            v.buffer(),
            dout.buffer(),
            lse,
            &delta,
            dk.buffer(),
            dv.buffer(),
            q.stride() as i32,
            k.stride() as i32,
            v.stride() as i32,
            dout.stride() as i32,
            dk.stride() as i32,
            dv.stride() as i32,
            seq as i32,
            group,
            sm_scale,
        )
        .map_err(NnError::launch(OP))?;
    flash_bwd_dq_config::<T>::new(b, b, d, causal)
        .launch(
            dev,
            Grid::xy(seq.div_ceil(b) as u32, (batch * heads_q) as u32),
            q.buffer(),
            k.buffer(),
            v.buffer(),
            dout.buffer(),
            lse,
            &delta,
            dq.buffer(),
            q.stride() as i32,
            k.stride() as i32,
            v.stride() as i32,
            dout.stride() as i32,
            dq.stride() as i32,
            seq as i32,
            group,
            sm_scale,
        )
        .map_err(NnError::launch(OP))
}
