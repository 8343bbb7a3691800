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
    if heads_kv == 0 || heads_q % heads_kv != 0 {
        return Err(NnError::shape(
            OP,
            "shape",
            format!("heads_kv = {heads_kv} does not divide heads_q = {heads_q}"),
        ));
    }
    if ![16, 32, 64, 128, 256].contains(&d) {
        return Err(NnError::shape(
            OP,
            "q",
            format!("head dimension {d}: 16, 32, 64, 128 or 256 are supported"),
        ));
    }
    let (nq, nkv) = (batch * heads_q * seq, batch * heads_kv * seq);
    q.expect(OP, "q", nq, d)?;
    k.expect(OP, "k", nkv, d)?;
    v.expect(OP, "v", nkv, d)?;
    out.expect(OP, "out", nq, d)?;
    if let Some(l) = lse
        && l.len() != nq
    {
        return Err(NnError::shape(
            OP,
            "lse",
            format!("has {} elements, expected one per query ({nq})", l.len()),
        ));
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
    // Blocks of 64 queries and keys; 16 on a device whose largest tile is small (2^14 on
    // Mesa's lavapipe, whose compile time grows with the tiles: the test's four kernels took
    // 41 s to compile and run at 64 and 9 s at 16).
    let b = if dev.limits().max_tile_elements >= 1 << 16 {
        64
    } else {
        16
    };
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
