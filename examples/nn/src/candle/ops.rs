//! The ops as [`Kernel`]s: their shape checks in candle's terms, their launches (oxtile-nn's
//! public functions over the bridge's buffers) and their gradients ([`Grad`]).

use candle_core::{D, DType, Shape, Tensor};
use oxtile::prelude::Device;

use super::bridge::{
    Args, Grad, Kernel, Meta, expect_dims, expect_dtype, expect_float, rows_cols, tensors,
    with_float,
};
use crate::{Activation, AttentionSaved, AttentionShape, Gelu, NnError};

/// The dims of `shape` with the last replaced by `last`.
fn with_last(shape: &Shape, last: usize) -> Shape {
    let mut dims = shape.dims().to_vec();
    if let Some(d) = dims.last_mut() {
        *d = last;
    }
    Shape::from(dims)
}

/// Fails unless there are `n` inputs (the public functions pass them; a mismatch is a bug
/// reported as an error).
fn expect_inputs(op: &str, ins: &[Meta<'_>], n: usize) -> candle_core::Result<()> {
    if ins.len() != n {
        candle_core::bail!("{op}: {} inputs, {n} expected", ins.len());
    }
    Ok(())
}

/// The first input is the float "x"; the others of `same` have its dtype; the output is x's
/// shape and dtype.
fn like_x(op: &str, ins: &[Meta<'_>], names: &[&str]) -> candle_core::Result<(DType, Shape)> {
    expect_inputs(op, ins, names.len())?;
    let (dtype, shape) = ins[0];
    expect_float(op, names[0], dtype)?;
    for (&(d, _), name) in ins.iter().zip(names).skip(1) {
        expect_dtype(op, name, d, dtype)?;
    }
    Ok((dtype, shape.clone()))
}

/// A per-column vector argument: `[cols]`.
fn expect_col(op: &str, arg: &str, meta: Meta<'_>, cols: usize) -> candle_core::Result<()> {
    expect_dims(op, arg, meta.1, &[cols])
}

/// `t` in f32 (a gradient's arithmetic), and back.
fn f32_of(t: &Tensor) -> candle_core::Result<Tensor> {
    t.to_dtype(DType::F32)
}

// ---------------------------------------------------------------- softmax

/// Softmax or log-softmax over the last dimension.
pub(crate) struct Softmax {
    pub log: bool,
}

impl Kernel for Softmax {
    fn name(&self) -> &'static str {
        if self.log {
            "oxtile-log-softmax"
        } else {
            "oxtile-softmax"
        }
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        Ok(vec![like_x(self.name(), ins, &["x"])?])
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        with_float!(ins.dtype(0), T => {
            let (x, y) = (ins.rows::<T>(0)?, outs.rows::<T>(0)?);
            if self.log {
                crate::log_softmax(dev, &x, &y)
            } else {
                crate::softmax(dev, &x, &y)
            }
        })
    }
}

impl Grad for Softmax {
    fn grad(
        &self,
        _args: &[&Tensor],
        res: &Tensor,
        grad: &Tensor,
        _saved: &[Tensor],
    ) -> candle_core::Result<Vec<Option<Tensor>>> {
        let (y, g) = (f32_of(res)?, f32_of(grad)?);
        let dx = if self.log {
            // y = log p: dx = g - p * sum(g).
            g.broadcast_sub(&y.exp()?.broadcast_mul(&g.sum_keepdim(D::Minus1)?)?)?
        } else {
            // dx = y * (g - sum(g * y)).
            y.mul(&g.broadcast_sub(&g.mul(&y)?.sum_keepdim(D::Minus1)?)?)?
        };
        Ok(vec![Some(dx.to_dtype(res.dtype())?)])
    }
}

// ---------------------------------------------------------------- norms

// ANCHOR: norm
/// RMSNorm (`bias: false`: inputs x, weight) or LayerNorm (inputs x, weight, bias) over the
/// last dimension.
pub(crate) struct Norm {
    pub eps: f32,
    pub bias: bool,
}

impl Kernel for Norm {
    fn name(&self) -> &'static str {
        if self.bias {
            "oxtile-layer-norm"
        } else {
            "oxtile-rms-norm"
        }
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        let names: &[&str] = if self.bias {
            &["x", "weight", "bias"]
        } else {
            &["x", "weight"]
        };
        let out = like_x(self.name(), ins, names)?;
        let cols = rows_cols(&out.1).1;
        for (i, name) in names.iter().enumerate().skip(1) {
            expect_col(self.name(), name, ins[i], cols)?;
        }
        Ok(vec![out])
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        with_float!(ins.dtype(0), T => {
            let (x, w, y) = (ins.rows::<T>(0)?, ins.get::<T>(1)?, outs.rows::<T>(0)?);
            if self.bias {
                crate::layer_norm(dev, &x, w, ins.get::<T>(2)?, self.eps, &y)
            } else {
                crate::rms_norm(dev, &x, w, self.eps, &y)
            }
        })
    }
}
// ANCHOR_END: norm

// ANCHOR: norm_grad
impl Grad for Norm {
    fn grad(
        &self,
        args: &[&Tensor],
        _res: &Tensor,
        grad: &Tensor,
        _saved: &[Tensor],
    ) -> candle_core::Result<Vec<Option<Tensor>>> {
        let back = NormBackward {
            eps: self.eps,
            bias: self.bias,
        };
        let g = tensors(&back, &[args[0], args[1], grad])?;
        Ok(g.into_iter().map(Some).collect())
    }
}
// ANCHOR_END: norm_grad

/// The norms' backward: inputs x, weight, dy; outputs dx, dweight (and dbias).
pub(crate) struct NormBackward {
    pub eps: f32,
    pub bias: bool,
}

impl Kernel for NormBackward {
    fn name(&self) -> &'static str {
        if self.bias {
            "oxtile-layer-norm-backward"
        } else {
            "oxtile-rms-norm-backward"
        }
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        let (dtype, shape) = like_x(self.name(), ins, &["x", "weight", "dy"])?;
        let cols = rows_cols(&shape).1;
        expect_col(self.name(), "weight", ins[1], cols)?;
        expect_dims(self.name(), "dy", ins[2].1, shape.dims())?;
        let mut outs = vec![(dtype, shape), (dtype, Shape::from(cols))];
        if self.bias {
            outs.push((dtype, Shape::from(cols)));
        }
        Ok(outs)
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        with_float!(ins.dtype(0), T => {
            let (x, w, dy) = (ins.rows::<T>(0)?, ins.get::<T>(1)?, ins.rows::<T>(2)?);
            let (dx, dw) = (outs.rows::<T>(0)?, outs.get::<T>(1)?);
            if self.bias {
                crate::layer_norm_backward(dev, &x, w, self.eps, &dy, &dx, dw, outs.get::<T>(2)?)
            } else {
                crate::rms_norm_backward(dev, &x, w, self.eps, &dy, &dx, dw)
            }
        })
    }
}

// ---------------------------------------------------------------- pointwise

/// `gelu(x + bias)`: inputs x, bias.
pub(crate) struct BiasGelu {
    pub gelu: Gelu,
}

impl Kernel for BiasGelu {
    fn name(&self) -> &'static str {
        "oxtile-bias-gelu"
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        let out = like_x(self.name(), ins, &["x", "bias"])?;
        expect_col(self.name(), "bias", ins[1], rows_cols(&out.1).1)?;
        Ok(vec![out])
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        with_float!(ins.dtype(0), T => {
            crate::bias_gelu(dev, &ins.rows::<T>(0)?, ins.get::<T>(1)?, self.gelu, &outs.rows::<T>(0)?)
        })
    }
}

impl Grad for BiasGelu {
    fn grad(
        &self,
        args: &[&Tensor],
        _res: &Tensor,
        grad: &Tensor,
        _saved: &[Tensor],
    ) -> candle_core::Result<Vec<Option<Tensor>>> {
        let back = BiasGeluBackward { gelu: self.gelu };
        let g = tensors(&back, &[args[0], args[1], grad])?;
        Ok(g.into_iter().map(Some).collect())
    }
}

/// Inputs x, bias, dy; outputs dx, dbias.
pub(crate) struct BiasGeluBackward {
    pub gelu: Gelu,
}

impl Kernel for BiasGeluBackward {
    fn name(&self) -> &'static str {
        "oxtile-bias-gelu-backward"
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        let (dtype, shape) = like_x(self.name(), ins, &["x", "bias", "dy"])?;
        let cols = rows_cols(&shape).1;
        expect_col(self.name(), "bias", ins[1], cols)?;
        expect_dims(self.name(), "dy", ins[2].1, shape.dims())?;
        Ok(vec![(dtype, shape), (dtype, Shape::from(cols))])
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        with_float!(ins.dtype(0), T => {
            crate::bias_gelu_backward(
                dev,
                &ins.rows::<T>(0)?,
                ins.get::<T>(1)?,
                self.gelu,
                &ins.rows::<T>(2)?,
                &outs.rows::<T>(0)?,
                outs.get::<T>(1)?,
            )
        })
    }
}

/// `silu(gate) * up`: inputs gate, up.
pub(crate) struct Swiglu;

impl Kernel for Swiglu {
    fn name(&self) -> &'static str {
        "oxtile-swiglu"
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        let out = like_x(self.name(), ins, &["gate", "up"])?;
        expect_dims(self.name(), "up", ins[1].1, out.1.dims())?;
        Ok(vec![out])
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        with_float!(ins.dtype(0), T => {
            crate::swiglu(dev, &ins.rows::<T>(0)?, &ins.rows::<T>(1)?, &outs.rows::<T>(0)?)
        })
    }
}

impl Grad for Swiglu {
    fn grad(
        &self,
        args: &[&Tensor],
        _res: &Tensor,
        grad: &Tensor,
        _saved: &[Tensor],
    ) -> candle_core::Result<Vec<Option<Tensor>>> {
        let g = tensors(&SwigluBackward, &[args[0], args[1], grad])?;
        Ok(g.into_iter().map(Some).collect())
    }
}

/// Inputs gate, up, dy; outputs dgate, dup.
pub(crate) struct SwigluBackward;

impl Kernel for SwigluBackward {
    fn name(&self) -> &'static str {
        "oxtile-swiglu-backward"
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        let out = like_x(self.name(), ins, &["gate", "up", "dy"])?;
        expect_dims(self.name(), "up", ins[1].1, out.1.dims())?;
        expect_dims(self.name(), "dy", ins[2].1, out.1.dims())?;
        Ok(vec![out.clone(), out])
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        with_float!(ins.dtype(0), T => {
            crate::swiglu_backward(
                dev,
                &ins.rows::<T>(0)?,
                &ins.rows::<T>(1)?,
                &ins.rows::<T>(2)?,
                &outs.rows::<T>(0)?,
                &outs.rows::<T>(1)?,
            )
        })
    }
}

// ---------------------------------------------------------------- rope

/// Rotary embedding: inputs x, cos, sin (f32 `[seq, head_dim / 2]`); `heads` consecutive
/// rows per position (1 for `[batch, heads, seq, head_dim]`). `backward`: x is the output's
/// gradient and the result the input's.
pub(crate) struct Rope {
    pub heads: usize,
    pub backward: bool,
}

impl Kernel for Rope {
    fn name(&self) -> &'static str {
        if self.backward {
            "oxtile-rope-backward"
        } else {
            "oxtile-rope"
        }
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        expect_inputs(self.name(), ins, 3)?;
        expect_float(self.name(), "x", ins[0].0)?;
        expect_dtype(self.name(), "cos", ins[1].0, DType::F32)?;
        expect_dtype(self.name(), "sin", ins[2].0, DType::F32)?;
        if ins[0].1.rank() != 4 {
            candle_core::bail!(
                "{}: `x` is {:?}; 4 dimensions expected",
                self.name(),
                ins[0].1
            );
        }
        Ok(vec![(ins[0].0, ins[0].1.clone())])
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        with_float!(ins.dtype(0), T => {
            let (x, cos, sin, y) =
                (ins.rows::<T>(0)?, ins.rows::<f32>(1)?, ins.rows::<f32>(2)?, outs.rows::<T>(0)?);
            if self.backward {
                crate::rope_backward(dev, &x, &cos, &sin, self.heads, &y)
            } else {
                crate::rope(dev, &x, &cos, &sin, self.heads, &y)
            }
        })
    }
}

impl Grad for Rope {
    fn grad(
        &self,
        args: &[&Tensor],
        _res: &Tensor,
        grad: &Tensor,
        _saved: &[Tensor],
    ) -> candle_core::Result<Vec<Option<Tensor>>> {
        let back = Rope {
            heads: self.heads,
            backward: true,
        };
        let dx = tensors(&back, &[grad, args[1], args[2]])?.swap_remove(0);
        // The tables are constants of the model (no gradient).
        Ok(vec![Some(dx), None, None])
    }
}

// ---------------------------------------------------------------- cross-entropy

/// Inputs logits `[rows, vocab]`, targets `[rows]` i32; outputs the loss and the
/// log-sum-exp per row (f32).
pub(crate) struct CrossEntropy {
    pub ignore_index: Option<i32>,
}

impl Kernel for CrossEntropy {
    fn name(&self) -> &'static str {
        "oxtile-cross-entropy"
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        expect_inputs(self.name(), ins, 2)?;
        expect_float(self.name(), "logits", ins[0].0)?;
        expect_dtype(self.name(), "targets", ins[1].0, DType::I32)?;
        let (rows, _) = rows_cols(ins[0].1);
        if ins[0].1.rank() != 2 {
            candle_core::bail!(
                "{}: `logits` is {:?}; [rows, vocab] expected",
                self.name(),
                ins[0].1
            );
        }
        expect_dims(self.name(), "targets", ins[1].1, &[rows])?;
        Ok(vec![
            (DType::F32, Shape::from(rows)),
            (DType::F32, Shape::from(rows)),
        ])
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        with_float!(ins.dtype(0), T => {
            crate::cross_entropy(
                dev,
                &ins.rows::<T>(0)?,
                ins.get::<i32>(1)?,
                self.ignore_index,
                outs.get::<f32>(0)?,
                outs.get::<f32>(1)?,
            )
        })
    }
}

impl Grad for CrossEntropy {
    fn grad(
        &self,
        args: &[&Tensor],
        _res: &Tensor,
        grad: &Tensor,
        saved: &[Tensor],
    ) -> candle_core::Result<Vec<Option<Tensor>>> {
        let back = CrossEntropyBackward {
            ignore_index: self.ignore_index,
        };
        let lse = saved
            .first()
            .ok_or_else(|| candle_core::Error::msg("oxtile-cross-entropy: no saved log-sum-exp"))?;
        let dlogits = tensors(&back, &[args[0], args[1], lse, grad])?.swap_remove(0);
        Ok(vec![Some(dlogits), None])
    }
}

/// Inputs logits, targets, lse, dloss; output dlogits.
pub(crate) struct CrossEntropyBackward {
    pub ignore_index: Option<i32>,
}

impl Kernel for CrossEntropyBackward {
    fn name(&self) -> &'static str {
        "oxtile-cross-entropy-backward"
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        expect_inputs(self.name(), ins, 4)?;
        expect_float(self.name(), "logits", ins[0].0)?;
        let rows = rows_cols(ins[0].1).0;
        for (i, name) in [(2, "lse"), (3, "dloss")] {
            expect_dtype(self.name(), name, ins[i].0, DType::F32)?;
            expect_dims(self.name(), name, ins[i].1, &[rows])?;
        }
        Ok(vec![(ins[0].0, ins[0].1.clone())])
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        with_float!(ins.dtype(0), T => {
            crate::cross_entropy_backward(
                dev,
                &ins.rows::<T>(0)?,
                ins.get::<i32>(1)?,
                self.ignore_index,
                ins.get::<f32>(2)?,
                ins.get::<f32>(3)?,
                &outs.rows::<T>(0)?,
            )
        })
    }
}

// ---------------------------------------------------------------- linear

/// `act(x @ w^T + bias)`: inputs x `[.., in]`, w `[out, in]` (and bias `[out]`).
pub(crate) struct Linear {
    pub activation: Activation,
    pub bias: bool,
}

impl Kernel for Linear {
    fn name(&self) -> &'static str {
        "oxtile-linear"
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        let names: &[&str] = if self.bias {
            &["x", "w", "bias"]
        } else {
            &["x", "w"]
        };
        let (dtype, shape) = like_x(self.name(), ins, names)?;
        let k = rows_cols(&shape).1;
        let w = ins[1].1.dims();
        if w.len() != 2 || w[1] != k {
            candle_core::bail!(
                "{}: `w` is {:?}; [out, {k}] expected",
                self.name(),
                ins[1].1
            );
        }
        if self.bias {
            expect_col(self.name(), "bias", ins[2], w[0])?;
        }
        Ok(vec![(dtype, with_last(&shape, w[0]))])
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        with_float!(ins.dtype(0), T => {
            let bias = if self.bias { Some(ins.get::<T>(2)?) } else { None };
            crate::linear(dev, &ins.rows::<T>(0)?, &ins.rows::<T>(1)?, bias, self.activation, &outs.rows::<T>(0)?)
        })
    }
}

impl Grad for Linear {
    fn grad(
        &self,
        args: &[&Tensor],
        res: &Tensor,
        grad: &Tensor,
        _saved: &[Tensor],
    ) -> candle_core::Result<Vec<Option<Tensor>>> {
        let (x, w) = (args[0], args[1]);
        // The pre-activation's gradient, from the activation's derivative at `z`.
        let dz = match self.activation {
            Activation::Identity => grad.clone(),
            act => {
                let plain = Linear {
                    activation: Activation::Identity,
                    bias: self.bias,
                };
                let z = tensors(&plain, args)?.swap_remove(0);
                match act {
                    Activation::Relu => grad.mul(&z.gt(0.0)?.to_dtype(grad.dtype())?)?,
                    Activation::GeluTanh | Activation::GeluErf => {
                        let gelu = if act == Activation::GeluTanh {
                            Gelu::Tanh
                        } else {
                            Gelu::Erf
                        };
                        let zero = Tensor::zeros(w.dim(0)?, z.dtype(), z.device())?;
                        tensors(&BiasGeluBackward { gelu }, &[&z, &zero, grad])?.swap_remove(0)
                    }
                    Activation::Silu => {
                        let one = z.ones_like()?;
                        tensors(&SwigluBackward, &[&z, &one, grad])?.swap_remove(0)
                    }
                    Activation::Identity => unreachable!("handled above"),
                }
            }
        };
        let out = w.dim(0)?;
        let in_ = w.dim(1)?;
        let dz2 = dz.reshape(((), out))?;
        let x2 = x.reshape(((), in_))?;
        // dx = dz @ w, dw = dz^T @ x: oxtile's matmul (f32 accumulation).
        let dx = tensors(&Matmul, &[&dz2, w])?
            .swap_remove(0)
            .reshape(x.shape())?;
        let dzt = dz2.t()?.contiguous()?;
        let dw = tensors(&Matmul, &[&dzt, &x2])?.swap_remove(0);
        let mut g = vec![Some(dx), Some(dw)];
        if self.bias {
            g.push(Some(f32_of(&dz2)?.sum(0)?.to_dtype(res.dtype())?));
        }
        Ok(g)
    }
}

/// `a @ b`: inputs a `[m, k]`, b `[k, n]`.
pub(crate) struct Matmul;

impl Kernel for Matmul {
    fn name(&self) -> &'static str {
        "oxtile-matmul"
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        let (dtype, a) = like_x(self.name(), ins, &["a", "b"])?;
        let (b, a) = (ins[1].1.dims(), a.dims());
        if a.len() != 2 || b.len() != 2 || a[1] != b[0] {
            candle_core::bail!("{}: {a:?} @ {b:?}: [m, k] @ [k, n] expected", self.name());
        }
        Ok(vec![(dtype, Shape::from((a[0], b[1])))])
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        with_float!(ins.dtype(0), T => {
            crate::matmul(dev, &ins.rows::<T>(0)?, &ins.rows::<T>(1)?, None, Activation::Identity, &outs.rows::<T>(0)?)
        })
    }
}

// ---------------------------------------------------------------- attention

/// Flash attention: inputs q `[b, hq, s, d]`, k and v `[b, hkv, s, d]`; outputs out (q's
/// shape) and the log-sum-exp per query (f32, kept for the backward).
pub(crate) struct Attention {
    pub causal: bool,
    pub scale: Option<f32>,
}

/// The [`AttentionShape`] of q `[b, hq, s, d]` and k `[b, hkv, s, d]`.
fn attention_shape(op: &str, q: &Shape, k: &Shape) -> candle_core::Result<AttentionShape> {
    let (qd, kd) = (q.dims(), k.dims());
    if qd.len() != 4 || kd.len() != 4 || qd[0] != kd[0] || qd[2] != kd[2] || qd[3] != kd[3] {
        candle_core::bail!(
            "{op}: q is {q:?} and k {k:?}; [batch, heads_q, seq, d] and [batch, heads_kv, seq, d] expected"
        );
    }
    Ok(AttentionShape {
        batch: qd[0],
        heads_q: qd[1],
        heads_kv: kd[1],
        seq: qd[2],
    })
}

impl Kernel for Attention {
    fn name(&self) -> &'static str {
        "oxtile-attention"
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        let (dtype, q) = like_x(self.name(), ins, &["q", "k", "v"])?;
        let s = attention_shape(self.name(), &q, ins[1].1)?;
        expect_dims(self.name(), "v", ins[2].1, ins[1].1.dims())?;
        let queries = s.batch * s.heads_q * s.seq;
        Ok(vec![(dtype, q), (DType::F32, Shape::from(queries))])
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        let shape = attention_shape(
            self.name(),
            &Shape::from(ins.dims(0)),
            &Shape::from(ins.dims(1)),
        )
        .map_err(|e| NnError::shape(self.name(), "q", e.to_string()))?;
        with_float!(ins.dtype(0), T => {
            crate::attention(
                dev,
                &ins.rows::<T>(0)?,
                &ins.rows::<T>(1)?,
                &ins.rows::<T>(2)?,
                shape,
                self.causal,
                self.scale,
                Some(outs.get::<f32>(1)?),
                &outs.rows::<T>(0)?,
            )
        })
    }
}

impl Grad for Attention {
    fn grad(
        &self,
        args: &[&Tensor],
        res: &Tensor,
        grad: &Tensor,
        saved: &[Tensor],
    ) -> candle_core::Result<Vec<Option<Tensor>>> {
        let lse = saved
            .first()
            .ok_or_else(|| candle_core::Error::msg("oxtile-attention: no saved log-sum-exp"))?;
        let back = AttentionBackward {
            causal: self.causal,
            scale: self.scale,
        };
        let g = tensors(&back, &[args[0], args[1], args[2], res, lse, grad])?;
        Ok(g.into_iter().map(Some).collect())
    }
}

/// Inputs q, k, v, out, lse, dout; outputs dq, dk, dv.
pub(crate) struct AttentionBackward {
    pub causal: bool,
    pub scale: Option<f32>,
}

impl Kernel for AttentionBackward {
    fn name(&self) -> &'static str {
        "oxtile-attention-backward"
    }
    fn outputs(&self, ins: &[Meta<'_>]) -> candle_core::Result<Vec<(DType, Shape)>> {
        expect_inputs(self.name(), ins, 6)?;
        let op = self.name();
        let (dtype, q) = like_x(op, &ins[..4], &["q", "k", "v", "out"])?;
        expect_dtype(op, "dout", ins[5].0, dtype)?;
        let s = attention_shape(op, &q, ins[1].1)?;
        expect_dims(op, "v", ins[2].1, ins[1].1.dims())?;
        expect_dims(op, "out", ins[3].1, q.dims())?;
        expect_dims(op, "dout", ins[5].1, q.dims())?;
        expect_dtype(op, "lse", ins[4].0, DType::F32)?;
        expect_dims(op, "lse", ins[4].1, &[s.batch * s.heads_q * s.seq])?;
        Ok(vec![
            (dtype, q),
            (dtype, ins[1].1.clone()),
            (dtype, ins[2].1.clone()),
        ])
    }
    fn launch(&self, dev: &Device, ins: &Args<'_>, outs: &Args<'_>) -> Result<(), NnError> {
        let shape = attention_shape(
            self.name(),
            &Shape::from(ins.dims(0)),
            &Shape::from(ins.dims(1)),
        )
        .map_err(|e| NnError::shape(self.name(), "q", e.to_string()))?;
        with_float!(ins.dtype(0), T => {
            let (q, k, v, out) = (ins.rows::<T>(0)?, ins.rows::<T>(1)?, ins.rows::<T>(2)?, ins.rows::<T>(3)?);
            let saved = AttentionSaved { q: &q, k: &k, v: &v, out: &out, lse: ins.get::<f32>(4)? };
            crate::attention_backward(
                dev,
                saved,
                &ins.rows::<T>(5)?,
                shape,
                self.causal,
                self.scale,
                &outs.rows::<T>(0)?,
                &outs.rows::<T>(1)?,
                &outs.rows::<T>(2)?,
            )
        })
    }
}
