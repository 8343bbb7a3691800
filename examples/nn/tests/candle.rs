//! The candle ops (`oxtile_nn::candle`) on candle's CPU device against candle's own: every
//! forward at f32, f16 and bf16 against candle's op in f32 on the same (rounded) random
//! inputs, and every gradient (through candle's autograd, which runs oxtile's backward
//! kernels) against candle's autograd of its composite ops, in f32.
#![cfg(feature = "candle")]

use candle_core::{D, DType, Device, IndexOp, Result, Tensor, Var};
use candle_nn::{loss, ops, rotary_emb};
use oxtile_nn::candle as ox;
use oxtile_nn::{Activation, Gelu};
use rand::{Rng, SeedableRng, rngs::StdRng};

/// A random f32 tensor on the CPU, uniform in `[lo, hi)` (never all zeros).
fn random(rng: &mut StdRng, dims: &[usize], lo: f32, hi: f32) -> Tensor {
    let n = dims.iter().product();
    let v: Vec<f32> = (0..n).map(|_| rng.random_range(lo..hi)).collect();
    Tensor::from_vec(v, dims, &Device::Cpu).unwrap()
}

/// ‖got − want‖ / ‖want‖, in f32.
fn rel_err(got: &Tensor, want: &Tensor) -> f32 {
    assert_eq!(got.dims(), want.dims(), "shapes");
    let (g, w) = (
        got.to_dtype(DType::F32).unwrap(),
        want.to_dtype(DType::F32).unwrap(),
    );
    let num = (&g - &w).unwrap().sqr().unwrap().sum_all().unwrap();
    let den = w.sqr().unwrap().sum_all().unwrap();
    let (num, den) = (
        num.to_scalar::<f32>().unwrap(),
        den.to_scalar::<f32>().unwrap(),
    );
    assert!(num.is_finite(), "non-finite result");
    (num / den.max(f32::MIN_POSITIVE)).sqrt()
}

/// The dtypes and the relative error each may reach (a few roundings to the dtype).
const DTYPES: [(DType, f32); 3] = [
    (DType::F32, 1e-5),
    (DType::F16, 2e-3),
    (DType::BF16, 1.5e-2),
];

type Op<'a> = &'a dyn Fn(&[Tensor]) -> Result<Tensor>;

/// `ours` on `inputs` rounded to each dtype against `reference` on the same rounded values
/// in f32.
fn forward(what: &str, inputs: &[Tensor], ours: Op<'_>, reference: Op<'_>) {
    for (dtype, tol) in DTYPES {
        let xs: Vec<Tensor> = inputs.iter().map(|t| t.to_dtype(dtype).unwrap()).collect();
        let want: Vec<Tensor> = xs.iter().map(|t| t.to_dtype(DType::F32).unwrap()).collect();
        let got = ours(&xs).unwrap_or_else(|e| panic!("{what} {dtype:?}: {e}"));
        assert_eq!(got.dtype(), dtype, "{what}: output dtype");
        let err = rel_err(&got, &reference(&want).unwrap());
        assert!(
            err <= tol,
            "{what} {dtype:?}: relative error {err:e} > {tol:e}"
        );
    }
}

/// The gradients of `sum(op(inputs) * r)` for a random `r`, by candle's autograd through
/// `ours` and through `reference`, for the inputs marked in `differentiable` (f32).
fn gradients(
    what: &str,
    inputs: &[Tensor],
    differentiable: &[bool],
    ours: Op<'_>,
    reference: Op<'_>,
) {
    let grads = |op: Op<'_>| {
        let vars: Vec<Var> = inputs
            .iter()
            .map(|t| Var::from_tensor(t).unwrap())
            .collect();
        let xs: Vec<Tensor> = vars.iter().map(|v| v.as_tensor().clone()).collect();
        let y = op(&xs).unwrap();
        let mut rng = StdRng::seed_from_u64(99);
        let r = random(&mut rng, y.dims(), -1.0, 1.0);
        let store = (y * r).unwrap().sum_all().unwrap().backward().unwrap();
        vars.iter()
            .map(|v| store.get(v.as_tensor()).cloned())
            .collect::<Vec<_>>()
    };
    let (got, want) = (grads(ours), grads(reference));
    for (i, &d) in differentiable.iter().enumerate() {
        if !d {
            continue;
        }
        let g = got[i]
            .as_ref()
            .unwrap_or_else(|| panic!("{what}: no gradient for input {i}"));
        let w = want[i].as_ref().expect("the reference's gradient");
        let err = rel_err(g, w);
        assert!(
            err <= 2e-5,
            "{what}: input {i}'s gradient: relative error {err:e}"
        );
    }
}

#[test]
fn softmax_and_log_softmax_agree_with_candle() {
    let mut rng = StdRng::seed_from_u64(1);
    // A ragged row in one block, and rows longer than a block (the looped kernels).
    for dims in [&[3, 5, 300][..], &[2, 5000][..]] {
        let x = random(&mut rng, dims, -4.0, 4.0);
        let inputs = [x];
        forward("softmax", &inputs, &|x| ox::softmax(&x[0]), &|x| {
            ops::softmax_last_dim(&x[0])
        });
        forward("log_softmax", &inputs, &|x| ox::log_softmax(&x[0]), &|x| {
            ops::log_softmax(&x[0], D::Minus1)
        });
        gradients("softmax", &inputs, &[true], &|x| ox::softmax(&x[0]), &|x| {
            ops::softmax(&x[0], D::Minus1)
        });
        gradients(
            "log_softmax",
            &inputs,
            &[true],
            &|x| ox::log_softmax(&x[0]),
            &|x| ops::log_softmax(&x[0], D::Minus1),
        );
    }
}

#[test]
fn norms_agree_with_candle() {
    let mut rng = StdRng::seed_from_u64(2);
    let x = random(&mut rng, &[4, 7, 96], -2.0, 2.0);
    let w = random(&mut rng, &[96], 0.5, 1.5);
    let b = random(&mut rng, &[96], -0.5, 0.5);
    let eps = 1e-5;
    let rms = [x.clone(), w.clone()];
    forward(
        "rms_norm",
        &rms,
        &|t| ox::rms_norm(&t[0], &t[1], eps),
        &|t| ops::rms_norm(&t[0], &t[1], eps),
    );
    gradients(
        "rms_norm",
        &rms,
        &[true, true],
        &|t| ox::rms_norm(&t[0], &t[1], eps),
        &|t| ops::rms_norm_slow(&t[0], &t[1], eps),
    );
    let ln = [x, w, b];
    forward(
        "layer_norm",
        &ln,
        &|t| ox::layer_norm(&t[0], &t[1], &t[2], eps),
        &|t| ops::layer_norm(&t[0], &t[1], &t[2], eps),
    );
    gradients(
        "layer_norm",
        &ln,
        &[true, true, true],
        &|t| ox::layer_norm(&t[0], &t[1], &t[2], eps),
        &|t| ops::layer_norm_slow(&t[0], &t[1], &t[2], eps),
    );
}

#[test]
fn activations_agree_with_candle() {
    let mut rng = StdRng::seed_from_u64(3);
    let x = random(&mut rng, &[3, 11, 200], -3.0, 3.0);
    let b = random(&mut rng, &[200], -1.0, 1.0);
    let inputs = [x.clone(), b];
    for (gelu, reference) in [
        (Gelu::Tanh, Tensor::gelu as fn(&Tensor) -> Result<Tensor>),
        (Gelu::Erf, Tensor::gelu_erf),
    ] {
        let ours = |t: &[Tensor]| ox::bias_gelu(&t[0], &t[1], gelu);
        let reference = |t: &[Tensor]| reference(&t[0].broadcast_add(&t[1])?);
        forward("bias_gelu", &inputs, &ours, &reference);
        gradients("bias_gelu", &inputs, &[true, true], &ours, &reference);
    }
    let up = random(&mut rng, &[3, 11, 200], -2.0, 2.0);
    let inputs = [x, up];
    let ours = |t: &[Tensor]| ox::swiglu(&t[0], &t[1]);
    let reference = |t: &[Tensor]| ops::silu(&t[0])? * &t[1];
    forward("swiglu", &inputs, &ours, &reference);
    gradients("swiglu", &inputs, &[true, true], &ours, &reference);
}

#[test]
fn rope_agrees_with_candle() {
    let mut rng = StdRng::seed_from_u64(4);
    let (b, h, t, d) = (2, 3, 16, 32);
    let cos = random(&mut rng, &[t, d / 2], -1.0, 1.0);
    let sin = random(&mut rng, &[t, d / 2], -1.0, 1.0);
    let x = random(&mut rng, &[b, h, t, d], -2.0, 2.0);
    let inputs = [x, cos.clone(), sin.clone()];
    let ours = |t: &[Tensor]| ox::rope(&t[0], &t[1], &t[2]);
    let reference = |t: &[Tensor]| rotary_emb::rope_slow(&t[0], &t[1], &t[2]);
    forward("rope", &inputs, &ours, &reference);
    gradients("rope", &inputs, &[true, false, false], &ours, &reference);
    // [batch, seq, heads, head_dim].
    let x = random(&mut rng, &[b, t, h, d], -2.0, 2.0);
    let inputs = [x, cos, sin];
    let ours = |t: &[Tensor]| ox::rope_thd(&t[0], &t[1], &t[2]);
    let reference = |t: &[Tensor]| {
        rotary_emb::rope_slow(&t[0].transpose(1, 2)?.contiguous()?, &t[1], &t[2])?
            .transpose(1, 2)?
            .contiguous()
    };
    forward("rope_thd", &inputs, &ours, &reference);
    gradients(
        "rope_thd",
        &inputs,
        &[true, false, false],
        &ours,
        &reference,
    );
}

#[test]
fn cross_entropy_agrees_with_candle() {
    let mut rng = StdRng::seed_from_u64(5);
    let (rows, vocab) = (13, 5003);
    let logits = random(&mut rng, &[rows, vocab], -5.0, 5.0);
    let t: Vec<u32> = (0..rows)
        .map(|_| rng.random_range(0..vocab as u32))
        .collect();
    let targets = Tensor::new(t.as_slice(), &Device::Cpu).unwrap();
    let inputs = [logits.clone()];
    let ours = |x: &[Tensor]| ox::cross_entropy(&x[0], &targets, None)?.mean_all();
    let reference = |x: &[Tensor]| loss::cross_entropy(&x[0], &targets);
    forward(
        "cross_entropy",
        &inputs,
        &|x| ours(x)?.to_dtype(x[0].dtype()),
        &reference,
    );
    gradients("cross_entropy", &inputs, &[true], &ours, &reference);
    // An ignored row's loss is zero, the others as before.
    let ignored = Tensor::new(&[t[0] as i64, -100, t[2] as i64], &Device::Cpu).unwrap();
    let rows3 = logits.i(0..3).unwrap();
    let got = ox::cross_entropy(&rows3, &ignored, Some(-100)).unwrap();
    let all = ox::cross_entropy(&rows3, &targets.i(0..3).unwrap(), None).unwrap();
    let (got, all) = (got.to_vec1::<f32>().unwrap(), all.to_vec1::<f32>().unwrap());
    assert_eq!((got[0], got[1], got[2]), (all[0], 0.0, all[2]));
}

#[test]
fn linear_agrees_with_candle() {
    let mut rng = StdRng::seed_from_u64(6);
    let x = random(&mut rng, &[2, 9, 40], -1.0, 1.0);
    let w = random(&mut rng, &[24, 40], -0.5, 0.5);
    let b = random(&mut rng, &[24], -0.5, 0.5);
    let inputs = [x, w, b];
    for act in [
        Activation::Identity,
        Activation::Relu,
        Activation::GeluTanh,
        Activation::GeluErf,
        Activation::Silu,
    ] {
        let ours = |t: &[Tensor]| ox::linear(&t[0], &t[1], Some(&t[2]), act);
        let reference = |t: &[Tensor]| {
            let z = t[0].broadcast_matmul(&t[1].t()?)?.broadcast_add(&t[2])?;
            match act {
                Activation::Identity => Ok(z),
                Activation::Relu => z.relu(),
                Activation::GeluTanh => z.gelu(),
                Activation::GeluErf => z.gelu_erf(),
                Activation::Silu => z.silu(),
            }
        };
        let what = format!("linear {act:?}");
        forward(&what, &inputs, &ours, &reference);
        gradients(&what, &inputs, &[true, true, true], &ours, &reference);
    }
    // Without a bias.
    let inputs = &inputs[..2];
    let ours = |t: &[Tensor]| ox::linear(&t[0], &t[1], None, Activation::Identity);
    let reference = |t: &[Tensor]| t[0].broadcast_matmul(&t[1].t()?);
    forward("linear", inputs, &ours, &reference);
    gradients("linear", inputs, &[true, true], &ours, &reference);
}

/// Attention in candle's ops: grouped heads repeated, the causal mask added.
fn attention_ref(q: &Tensor, k: &Tensor, v: &Tensor, causal: bool) -> Result<Tensor> {
    let (b, hq, s, d) = q.dims4()?;
    let hkv = k.dim(1)?;
    let rep = |t: &Tensor| {
        t.unsqueeze(2)?
            .broadcast_as((b, hkv, hq / hkv, s, d))?
            .reshape((b, hq, s, d))
    };
    let (k, v) = (rep(k)?, rep(v)?);
    let mut scores = (q.matmul(&k.t()?)? * (1.0 / (d as f64).sqrt()))?;
    if causal {
        let mask: Vec<f32> = (0..s * s)
            .map(|i| {
                if i % s > i / s {
                    f32::NEG_INFINITY
                } else {
                    0.0
                }
            })
            .collect();
        scores = scores.broadcast_add(&Tensor::from_vec(mask, (s, s), q.device())?)?;
    }
    ops::softmax(&scores, D::Minus1)?.matmul(&v)
}

#[test]
fn attention_agrees_with_candle() {
    let mut rng = StdRng::seed_from_u64(7);
    let (b, hq, hkv, s, d) = (1, 4, 2, 20, 16);
    let q = random(&mut rng, &[b, hq, s, d], -1.0, 1.0);
    let k = random(&mut rng, &[b, hkv, s, d], -1.0, 1.0);
    let v = random(&mut rng, &[b, hkv, s, d], -1.0, 1.0);
    let inputs = [q, k, v];
    for causal in [false, true] {
        let ours = |t: &[Tensor]| ox::attention(&t[0], &t[1], &t[2], causal, None);
        let reference = |t: &[Tensor]| attention_ref(&t[0], &t[1], &t[2], causal);
        let what = format!("attention causal={causal}");
        forward(&what, &inputs, &ours, &reference);
        gradients(&what, &inputs, &[true, true, true], &ours, &reference);
    }
}

#[test]
fn errors_name_the_op_and_the_argument() {
    let x = Tensor::ones((2, 8), DType::F32, &Device::Cpu).unwrap();
    let w = Tensor::ones(7, DType::F32, &Device::Cpu).unwrap();
    let e = ox::rms_norm(&x, &w, 1e-5).unwrap_err().to_string();
    assert!(
        e.contains("oxtile-rms-norm") && e.contains("`weight`"),
        "{e}"
    );
    let x64 = x.to_dtype(DType::F64).unwrap();
    let e = ox::softmax(&x64).unwrap_err().to_string();
    assert!(e.contains("oxtile-softmax") && e.contains("F64"), "{e}");
    let q = Tensor::ones((1, 3, 4, 16), DType::F32, &Device::Cpu).unwrap();
    let kv = Tensor::ones((1, 2, 4, 16), DType::F32, &Device::Cpu).unwrap();
    let e = ox::attention(&q, &kv, &kv, false, None)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("heads_kv = 2 does not divide heads_q = 3"),
        "{e}"
    );
}

#[test]
fn strided_inputs_are_made_contiguous() {
    let mut rng = StdRng::seed_from_u64(8);
    let x = random(&mut rng, &[16, 12], -2.0, 2.0);
    // A transposed view: candle's layout is not contiguous.
    let xt = x.t().unwrap();
    let got = ox::softmax(&xt).unwrap();
    let want = ops::softmax_last_dim(&xt.contiguous().unwrap()).unwrap();
    assert!(rel_err(&got, &want) < 1e-6);
}
