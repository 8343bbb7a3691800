//! Flash attention, forward pass (Triton tutorial 06), causal and not.
//!
//! Each program owns `BM` query rows of one (batch, head) and streams over the keys and
//! values in blocks of `BN`, keeping a running row max `m_i`, a running denominator `l_i`
//! and an unnormalized output accumulator: the `seq x seq` score matrix never exists in
//! memory. Exponentials use `exp2` with the scale folded into `log2(e)`, as Triton does.

#[path = "common/mod.rs"]
mod common;

use oxtile::prelude::*;

// ANCHOR: kernel
#[kernel]
fn attention_fwd<const BM: usize, const BN: usize, const D: usize, const CAUSAL: bool>(
    q: Ptr<f16>,
    k: Ptr<f16>,
    v: Ptr<f16>,
    o: Ptr<f32>,
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
    // Causal attention stops at the diagonal block.
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
}
// ANCHOR_END: kernel

/// Plain-Rust reference in f64 on the same f16 inputs, laid out `[heads, seq, d]`.
fn attention_ref(
    (q, k, v): (&[f16], &[f16], &[f16]),
    (heads, seq, d): (usize, usize, usize),
    scale: f64,
    causal: bool,
) -> Vec<f32> {
    let mut out = vec![0.0f32; heads * seq * d];
    for h in 0..heads {
        let at = |t: &[f16], i: usize, j: usize| t[h * seq * d + i * d + j].to_f64();
        for i in 0..seq {
            let hi = if causal { i + 1 } else { seq };
            let s: Vec<f64> = (0..hi)
                .map(|j| (0..d).map(|c| at(q, i, c) * at(k, j, c)).sum::<f64>() * scale)
                .collect();
            let m = s.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let e: Vec<f64> = s.iter().map(|x| (x - m).exp()).collect();
            let z: f64 = e.iter().sum();
            for c in 0..d {
                let acc: f64 = (0..hi).map(|j| e[j] * at(v, j, c)).sum();
                out[h * seq * d + i * d + c] = (acc / z) as f32;
            }
        }
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (heads, seq, d) = (2usize, 100usize, 32usize);
    let scale = 1.0 / (d as f32).sqrt();
    let mut rng = common::rng(6);
    let mut half_tensor = || -> Vec<f16> {
        common::uniform(&mut rng, heads * seq * d, -1.0, 1.0)
            .into_iter()
            .map(f16::from_f32)
            .collect()
    };
    let (q, k, v) = (half_tensor(), half_tensor(), half_tensor());
    let dev = Device::default()?;
    let (qd, kd, vd) = (dev.upload(&q)?, dev.upload(&k)?, dev.upload(&v)?);
    // ANCHOR: grid
    const BM: usize = 32;
    const BN: usize = 16;
    const D: usize = 32;
    let grid = Grid::xy(seq.div_ceil(BM) as u32, heads as u32);
    // ANCHOR_END: grid
    let mut worst = 0.0f32;
    let mut all_ok = true;
    for causal in [false, true] {
        let od = dev.alloc::<f32>(heads * seq * d)?;
        if causal {
            attention_fwd::<BM, BN, D, true>::launch(
                &dev, grid, &qd, &kd, &vd, &od, seq as i32, scale,
            )?;
        } else {
            attention_fwd::<BM, BN, D, false>::launch(
                &dev, grid, &qd, &kd, &vd, &od, seq as i32, scale,
            )?;
        }
        let want = attention_ref((&q, &k, &v), (heads, seq, d), scale as f64, causal);
        // p is rounded to f16 before the second dot, as in Triton: allow for it.
        let (err, ok) = common::compare(&od.to_vec()?, &want, 5e-3, 1e-2);
        worst = worst.max(err);
        all_ok &= ok;
    }
    common::verdict(
        "flash_attention",
        dev.name(),
        &format!("{heads} heads x {seq} tokens x d {d}, causal and non-causal"),
        worst,
        all_ok,
    );
    Ok(())
}
