//! A Llama-style transformer block in candle, its forward and backward, once with candle's
//! own ops and once with oxtile-nn's (`oxtile_nn::candle`): RMSNorm, the q/k/v/o and MLP
//! projections, rotary embeddings, causal grouped-query flash attention, SwiGLU, and a
//! cross-entropy loss over a vocabulary. Both run from the same weights; the example checks
//! that the losses and every weight's gradient agree, then takes a few SGD steps with the
//! oxtile gradients and checks that the loss goes down.
//!
//! ```text
//! cargo run --release -p oxtile-nn --features candle --example transformer_block
//! # on candle's CUDA device (needs the CUDA toolkit to build candle's kernels):
//! RUSTFLAGS="--cfg oxtile_cuda_linked" cargo run --release -p oxtile-nn --features candle \
//!     --example transformer_block
//! ```

use std::time::Instant;

use candle_core::{D, Device, Result, Tensor, Var};
use candle_nn::{loss, ops, rotary_emb};
use oxtile_nn::Activation;
use oxtile_nn::candle as ox;
use rand::{Rng, SeedableRng, rngs::StdRng};

/// The sizes: a small model, so the example runs in seconds on a laptop's CPU.
const BATCH: usize = 2;
const SEQ: usize = 32;
const MODEL: usize = 128;
const HEADS: usize = 4;
const KV_HEADS: usize = 2;
const HEAD_DIM: usize = MODEL / HEADS;
const FFN: usize = 344;
const VOCAB: usize = 1000;
const EPS: f32 = 1e-5;

/// The block's weights, `[out, in]` for each projection.
struct Weights {
    norm1: Var,
    wq: Var,
    wk: Var,
    wv: Var,
    wo: Var,
    norm2: Var,
    w_gate: Var,
    w_up: Var,
    w_down: Var,
    w_vocab: Var,
}

impl Weights {
    fn new(rng: &mut StdRng, dev: &Device) -> Result<Weights> {
        let mut w = |dims: &[usize], scale: f32, offset: f32| -> Result<Var> {
            let n = dims.iter().product();
            let v: Vec<f32> = (0..n)
                .map(|_| offset + scale * rng.random_range(-1.0f32..1.0))
                .collect();
            Var::from_tensor(&Tensor::from_vec(v, dims, dev)?)
        };
        let proj = |fan_in: usize| 1.0 / (fan_in as f32).sqrt();
        Ok(Weights {
            norm1: w(&[MODEL], 0.1, 1.0)?,
            wq: w(&[MODEL, MODEL], proj(MODEL), 0.0)?,
            wk: w(&[KV_HEADS * HEAD_DIM, MODEL], proj(MODEL), 0.0)?,
            wv: w(&[KV_HEADS * HEAD_DIM, MODEL], proj(MODEL), 0.0)?,
            wo: w(&[MODEL, MODEL], proj(MODEL), 0.0)?,
            norm2: w(&[MODEL], 0.1, 1.0)?,
            w_gate: w(&[FFN, MODEL], proj(MODEL), 0.0)?,
            w_up: w(&[FFN, MODEL], proj(MODEL), 0.0)?,
            w_down: w(&[MODEL, FFN], proj(FFN), 0.0)?,
            w_vocab: w(&[VOCAB, MODEL], proj(MODEL), 0.0)?,
        })
    }

    fn all(&self) -> [(&'static str, &Var); 10] {
        [
            ("norm1", &self.norm1),
            ("wq", &self.wq),
            ("wk", &self.wk),
            ("wv", &self.wv),
            ("wo", &self.wo),
            ("norm2", &self.norm2),
            ("w_gate", &self.w_gate),
            ("w_up", &self.w_up),
            ("w_down", &self.w_down),
            ("w_vocab", &self.w_vocab),
        ]
    }
}

/// The ops a block is built from: candle's or oxtile-nn's.
#[derive(Clone, Copy, PartialEq)]
enum Ops {
    Candle,
    Oxtile,
}

impl Ops {
    fn rms_norm(self, x: &Tensor, w: &Tensor) -> Result<Tensor> {
        match self {
            // The composite form: candle's fused `rms_norm` has no backward.
            Ops::Candle => ops::rms_norm_slow(x, w, EPS),
            Ops::Oxtile => ox::rms_norm(x, w, EPS),
        }
    }

    fn linear(self, x: &Tensor, w: &Tensor) -> Result<Tensor> {
        match self {
            Ops::Candle => x.broadcast_matmul(&w.t()?),
            Ops::Oxtile => ox::linear(x, w, None, Activation::Identity),
        }
    }

    /// `x: [batch, seq, heads, head_dim]`.
    fn rope(self, x: &Tensor, cos: &Tensor, sin: &Tensor) -> Result<Tensor> {
        match self {
            Ops::Candle => rotary_emb::rope_slow(&x.transpose(1, 2)?.contiguous()?, cos, sin)?
                .transpose(1, 2)?
                .contiguous(),
            Ops::Oxtile => ox::rope_thd(x, cos, sin),
        }
    }

    /// Causal attention of `q: [batch, heads, seq, d]` over `k`, `v`: `[batch, kv_heads,
    /// seq, d]`.
    fn attention(self, q: &Tensor, k: &Tensor, v: &Tensor) -> Result<Tensor> {
        match self {
            Ops::Candle => {
                let rep = |t: &Tensor| {
                    t.unsqueeze(2)?
                        .broadcast_as((BATCH, KV_HEADS, HEADS / KV_HEADS, SEQ, HEAD_DIM))?
                        .reshape((BATCH, HEADS, SEQ, HEAD_DIM))
                };
                let (k, v) = (rep(k)?, rep(v)?);
                let scores = (q.matmul(&k.t()?)? * (1.0 / (HEAD_DIM as f64).sqrt()))?;
                let mask: Vec<f32> = (0..SEQ * SEQ)
                    .map(|i| {
                        if i % SEQ > i / SEQ {
                            f32::NEG_INFINITY
                        } else {
                            0.0
                        }
                    })
                    .collect();
                let scores =
                    scores.broadcast_add(&Tensor::from_vec(mask, (SEQ, SEQ), q.device())?)?;
                ops::softmax(&scores, D::Minus1)?.matmul(&v)
            }
            Ops::Oxtile => ox::attention(q, k, v, true, None),
        }
    }

    fn swiglu(self, gate: &Tensor, up: &Tensor) -> Result<Tensor> {
        match self {
            Ops::Candle => ops::silu(gate)? * up,
            Ops::Oxtile => ox::swiglu(gate, up),
        }
    }

    fn loss(self, logits: &Tensor, targets: &Tensor) -> Result<Tensor> {
        match self {
            Ops::Candle => loss::cross_entropy(logits, targets),
            Ops::Oxtile => ox::cross_entropy(logits, targets, None)?.mean_all(),
        }
    }

    /// The block's forward and the loss of predicting `targets` from its output.
    fn forward(
        self,
        w: &Weights,
        x: &Tensor,
        cos: &Tensor,
        sin: &Tensor,
        targets: &Tensor,
    ) -> Result<Tensor> {
        let h = self.rms_norm(x, &w.norm1)?;
        let heads = |t: Tensor, n: usize| t.reshape((BATCH, SEQ, n, HEAD_DIM));
        let q = self.rope(&heads(self.linear(&h, &w.wq)?, HEADS)?, cos, sin)?;
        let k = self.rope(&heads(self.linear(&h, &w.wk)?, KV_HEADS)?, cos, sin)?;
        let v = heads(self.linear(&h, &w.wv)?, KV_HEADS)?;
        let bhsd = |t: &Tensor| t.transpose(1, 2)?.contiguous();
        let a = self.attention(&bhsd(&q)?, &bhsd(&k)?, &bhsd(&v)?)?;
        let a = a.transpose(1, 2)?.reshape((BATCH, SEQ, MODEL))?;
        let x1 = (x + self.linear(&a, &w.wo)?)?;
        let h2 = self.rms_norm(&x1, &w.norm2)?;
        let m = self.swiglu(&self.linear(&h2, &w.w_gate)?, &self.linear(&h2, &w.w_up)?)?;
        let out = (&x1 + self.linear(&m, &w.w_down)?)?;
        let logits = self
            .linear(&out, &w.w_vocab)?
            .reshape((BATCH * SEQ, VOCAB))?;
        self.loss(&logits, targets)
    }
}

/// ‖a − b‖ / ‖b‖.
fn rel_err(a: &Tensor, b: &Tensor) -> Result<f32> {
    let num = (a - b)?.sqr()?.sum_all()?.to_scalar::<f32>()?;
    let den = b.sqr()?.sum_all()?.to_scalar::<f32>()?;
    Ok((num / den).sqrt())
}

fn main() -> Result<()> {
    let dev = Device::cuda_if_available(0)?;
    println!("candle device: {dev:?}");
    let mut rng = StdRng::seed_from_u64(2026);
    let w = Weights::new(&mut rng, &dev)?;
    let x: Vec<f32> = (0..BATCH * SEQ * MODEL)
        .map(|_| rng.random_range(-1.0f32..1.0))
        .collect();
    let x = Tensor::from_vec(x, (BATCH, SEQ, MODEL), &dev)?;
    let t: Vec<u32> = (0..BATCH * SEQ)
        .map(|_| rng.random_range(0..VOCAB as u32))
        .collect();
    let targets = Tensor::from_vec(t, BATCH * SEQ, &dev)?;
    // Rotary tables for positions 0..SEQ, theta = 10000.
    let inv: Vec<f32> = (0..HEAD_DIM / 2)
        .map(|i| 1.0 / 10000f32.powf(2.0 * i as f32 / HEAD_DIM as f32))
        .collect();
    let angles: Vec<f32> = (0..SEQ)
        .flat_map(|p| inv.iter().map(move |f| p as f32 * f))
        .collect();
    let angles = Tensor::from_vec(angles, (SEQ, HEAD_DIM / 2), &dev)?;
    let (cos, sin) = (angles.cos()?, angles.sin()?);

    // Forward and backward with each set of ops, from the same weights.
    let mut runs = Vec::new();
    for ops in [Ops::Candle, Ops::Oxtile] {
        // The first run of each compiles (oxtile) or warms up; the second is timed.
        let mut result = None;
        for _ in 0..2 {
            let start = Instant::now();
            let loss = ops.forward(&w, &x, &cos, &sin, &targets)?;
            let grads = loss.backward()?;
            let loss = loss.to_scalar::<f32>()?;
            result = Some((loss, grads, start.elapsed()));
        }
        runs.push(result.expect("two runs"));
    }
    let (candle, oxtile) = (&runs[0], &runs[1]);
    println!(
        "loss: candle {:.6}, oxtile {:.6}; forward + backward: candle {:.1} ms, oxtile {:.1} ms",
        candle.0,
        oxtile.0,
        candle.2.as_secs_f64() * 1e3,
        oxtile.2.as_secs_f64() * 1e3
    );
    let mut worst = ((oxtile.0 - candle.0) / candle.0).abs();
    println!("\n| weight | gradient's relative error (oxtile vs candle) |\n|---|---|");
    for (name, var) in w.all() {
        let want = candle.1.get(var.as_tensor()).expect("candle's gradient");
        let got = oxtile.1.get(var.as_tensor()).expect("oxtile's gradient");
        let err = rel_err(got, want)?;
        println!("| {name} | {err:.2e} |");
        worst = worst.max(err);
    }
    assert!(worst < 1e-4, "oxtile and candle disagree: {worst:e}");

    // A few steps of SGD on the oxtile gradients: the loss goes down.
    let mut losses = vec![oxtile.0];
    let mut grads = runs.pop().expect("the oxtile run").1;
    for _ in 0..5 {
        for (_, var) in w.all() {
            let g = grads.get(var.as_tensor()).expect("a gradient");
            var.set(&(var.as_tensor() - (g * 0.5)?)?)?;
        }
        let loss = Ops::Oxtile.forward(&w, &x, &cos, &sin, &targets)?;
        grads = loss.backward()?;
        losses.push(loss.to_scalar::<f32>()?);
    }
    println!("\nSGD on oxtile's gradients, loss per step: {losses:.4?}");
    assert!(
        losses.windows(2).all(|p| p[1] < p[0]),
        "the loss did not go down"
    );
    Ok(())
}
