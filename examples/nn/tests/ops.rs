//! Every op against a plain-Rust reference in f64, on random inputs (never zeros), at f32,
//! f16 and bf16, on `Device::default()` (`OXTILE_DEVICE` picks another: CI runs these on the
//! `cpu` device and on wgpu): ragged rows, rows longer than one block, row strides wider
//! than the rows, in place, and the shape errors.

use oxtile::half::{bf16, f16};
use oxtile::prelude::*;
use oxtile_nn::{Gelu, NnError, NnFloat, Rows};
use rand::{Rng, SeedableRng, rngs::StdRng};

fn dev() -> Device {
    Device::default().expect("a device")
}

/// A float dtype under test: conversions and the tolerance of its rounding.
trait Dt: NnFloat + std::fmt::Debug {
    const NAME: &'static str;
    /// Relative tolerance (of the 2-norm of the error): a few roundings to the dtype.
    const TOL: f64;
    fn of(x: f64) -> Self;
    fn to(self) -> f64;
}
impl Dt for f32 {
    const NAME: &'static str = "f32";
    const TOL: f64 = 2e-6;
    fn of(x: f64) -> Self {
        x as f32
    }
    fn to(self) -> f64 {
        self as f64
    }
}
impl Dt for f16 {
    const NAME: &'static str = "f16";
    const TOL: f64 = 1.5e-3;
    fn of(x: f64) -> Self {
        f16::from_f64(x)
    }
    fn to(self) -> f64 {
        self.to_f64()
    }
}
impl Dt for bf16 {
    const NAME: &'static str = "bf16";
    const TOL: f64 = 1e-2;
    fn of(x: f64) -> Self {
        bf16::from_f64(x)
    }
    fn to(self) -> f64 {
        self.to_f64()
    }
}

/// `n` values uniform in `[lo, hi)`, rounded to `T`, and their f64 values.
fn random<T: Dt>(rng: &mut StdRng, n: usize, lo: f64, hi: f64) -> (Vec<T>, Vec<f64>) {
    let v: Vec<T> = (0..n).map(|_| T::of(rng.random_range(lo..hi))).collect();
    let f = v.iter().map(|x| x.to()).collect();
    (v, f)
}

/// ‖got − want‖ / ‖want‖ within `tol`, and no NaN.
fn check(what: &str, got: &[f64], want: &[f64], tol: f64) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    assert!(got.iter().all(|g| !g.is_nan()), "{what}: NaN in the result");
    let num: f64 = got.iter().zip(want).map(|(g, w)| (g - w) * (g - w)).sum();
    let den: f64 = want.iter().map(|w| w * w).sum();
    let err = (num / den.max(f64::MIN_POSITIVE)).sqrt();
    assert!(err <= tol, "{what}: relative error {err:e} > {tol:e}");
}

/// The `rows x cols` elements of a strided matrix, dense.
fn dense<T: Dt>(v: &[T], rows: usize, cols: usize, stride: usize) -> Vec<f64> {
    (0..rows)
        .flat_map(|r| v[r * stride..r * stride + cols].iter().map(|x| x.to()))
        .collect()
}

fn softmax_ref(x: &[f64], cols: usize, log: bool) -> Vec<f64> {
    x.chunks(cols)
        .flat_map(|row| {
            let m = row.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let s: f64 = row.iter().map(|v| (v - m).exp()).sum();
            row.iter()
                .map(move |v| {
                    if log {
                        v - m - s.ln()
                    } else {
                        (v - m).exp() / s
                    }
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

fn softmax_case<T: Dt>(rows: usize, cols: usize, stride: usize, log: bool, seed: u64) {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(seed);
    let (x, _) = random::<T>(&mut rng, rows * stride, -6.0, 6.0);
    let xd = dev.upload(&x).unwrap();
    let yd = dev.alloc::<T>(rows * cols).unwrap();
    let xv = Rows::with_stride(&xd, rows, cols, stride).unwrap();
    let yv = Rows::new(&yd, rows, cols).unwrap();
    if log {
        oxtile_nn::log_softmax(&dev, &xv, &yv).unwrap();
    } else {
        oxtile_nn::softmax(&dev, &xv, &yv).unwrap();
    }
    let got: Vec<f64> = yd.to_vec().unwrap().iter().map(|v| v.to()).collect();
    let want = softmax_ref(&dense(&x, rows, cols, stride), cols, log);
    let what = format!(
        "{}softmax {} {rows}x{cols} stride {stride}",
        if log { "log_" } else { "" },
        T::NAME
    );
    check(&what, &got, &want, T::TOL);
}

#[test]
fn softmax_matches_the_reference() {
    for log in [false, true] {
        // One block (ragged), the widest one-pass row, and two-pass rows (one chunk and a
        // ragged last one).
        for (rows, cols, stride) in [(7, 300, 300), (3, 4096, 4100), (2, 5000, 5000), (1, 9, 9)] {
            softmax_case::<f32>(rows, cols, stride, log, 1);
        }
        softmax_case::<f16>(5, 777, 800, log, 2);
        softmax_case::<bf16>(3, 4500, 4500, log, 3);
    }
}

#[test]
fn softmax_works_in_place() {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(4);
    for cols in [100, 6000] {
        let (x, xf) = random::<f32>(&mut rng, 3 * cols, -3.0, 3.0);
        let xd = dev.upload(&x).unwrap();
        let v = Rows::new(&xd, 3, cols).unwrap();
        oxtile_nn::softmax(&dev, &v, &v).unwrap();
        let got: Vec<f64> = xd.to_vec().unwrap().iter().map(|&v| v as f64).collect();
        check(
            "softmax in place",
            &got,
            &softmax_ref(&xf, cols, false),
            2e-6,
        );
    }
}

fn norm_ref(x: &[f64], cols: usize, w: &[f64], b: Option<&[f64]>, eps: f64) -> Vec<f64> {
    x.chunks(cols)
        .flat_map(|row| {
            let n = cols as f64;
            let (mu, var) = match b {
                Some(_) => {
                    let mu = row.iter().sum::<f64>() / n;
                    (mu, row.iter().map(|v| (v - mu) * (v - mu)).sum::<f64>() / n)
                }
                None => (0.0, row.iter().map(|v| v * v).sum::<f64>() / n),
            };
            let rs = 1.0 / (var + eps).sqrt();
            row.iter()
                .enumerate()
                .map(move |(c, v)| (v - mu) * rs * w[c] + b.map_or(0.0, |b| b[c]))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn norm_case<T: Dt>(rows: usize, cols: usize, stride: usize, layer: bool, seed: u64) {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(seed);
    let (x, _) = random::<T>(&mut rng, rows * stride, -2.0, 3.0);
    let (w, wf) = random::<T>(&mut rng, cols, 0.5, 1.5);
    let (b, bf) = random::<T>(&mut rng, cols, -0.5, 0.5);
    let (xd, wd, bd) = (
        dev.upload(&x).unwrap(),
        dev.upload(&w).unwrap(),
        dev.upload(&b).unwrap(),
    );
    let yd = dev.alloc::<T>(rows * stride).unwrap();
    let xv = Rows::with_stride(&xd, rows, cols, stride).unwrap();
    let yv = Rows::with_stride(&yd, rows, cols, stride).unwrap();
    let eps = 1e-5;
    if layer {
        oxtile_nn::layer_norm(&dev, &xv, &wd, &bd, eps, &yv).unwrap();
    } else {
        oxtile_nn::rms_norm(&dev, &xv, &wd, eps, &yv).unwrap();
    }
    let got = dense(&yd.to_vec().unwrap(), rows, cols, stride);
    let want = norm_ref(
        &dense(&x, rows, cols, stride),
        cols,
        &wf,
        layer.then_some(&bf[..]),
        eps as f64,
    );
    let what = format!(
        "{} {} {rows}x{cols}",
        if layer { "layer_norm" } else { "rms_norm" },
        T::NAME
    );
    check(&what, &got, &want, T::TOL);
}

#[test]
fn norms_match_the_reference() {
    for layer in [false, true] {
        norm_case::<f32>(6, 333, 340, layer, 5);
        // Longer than a block: several chunks, the last ragged.
        norm_case::<f32>(2, 9000, 9000, layer, 6);
        norm_case::<f16>(4, 768, 768, layer, 7);
        norm_case::<bf16>(3, 1000, 1024, layer, 8);
    }
}

fn gelu_ref(v: f64, g: Gelu) -> f64 {
    match g {
        Gelu::Tanh => {
            0.5 * v
                * (1.0 + ((2.0 / std::f64::consts::PI).sqrt() * (v + 0.044715 * v.powi(3))).tanh())
        }
        Gelu::Erf => 0.5 * v * (1.0 + erf(v / std::f64::consts::SQRT_2)),
    }
}

/// erf to ~1e-12 (Abramowitz-Stegun 7.1.26 is too coarse for f32 checks): its series near
/// 0, its continued fraction's complement in the tail.
fn erf(x: f64) -> f64 {
    if x.abs() < 2.5 {
        // Maclaurin series.
        let (mut term, mut sum, x2) = (x, x, x * x);
        for n in 1..80 {
            term *= -x2 / n as f64;
            sum += term / (2 * n + 1) as f64;
        }
        sum * 2.0 / std::f64::consts::PI.sqrt()
    } else {
        // erfc by a continued fraction (Lentz), then 1 - erfc.
        let z = x.abs();
        let mut f = z;
        for k in (1..60).rev() {
            f = z + (k as f64 / 2.0) / f;
        }
        let erfc = (-z * z).exp() / (f * std::f64::consts::PI.sqrt());
        (1.0 - erfc).copysign(x)
    }
}

fn gelu_case<T: Dt>(rows: usize, cols: usize, g: Gelu, seed: u64) {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(seed);
    let (x, xf) = random::<T>(&mut rng, rows * cols, -4.0, 4.0);
    let (b, bf) = random::<T>(&mut rng, cols, -1.0, 1.0);
    let (xd, bd) = (dev.upload(&x).unwrap(), dev.upload(&b).unwrap());
    let yd = dev.alloc::<T>(rows * cols).unwrap();
    let (xv, yv) = (
        Rows::new(&xd, rows, cols).unwrap(),
        Rows::new(&yd, rows, cols).unwrap(),
    );
    oxtile_nn::bias_gelu(&dev, &xv, &bd, g, &yv).unwrap();
    let got: Vec<f64> = yd.to_vec().unwrap().iter().map(|v| v.to()).collect();
    // The sum x + b is rounded in f32 in the kernel (exact here for f16/bf16 inputs).
    let want: Vec<f64> = xf
        .iter()
        .enumerate()
        .map(|(i, v)| gelu_ref(((v + bf[i % cols]) as f32) as f64, g))
        .collect();
    check(&format!("bias_gelu {g:?} {}", T::NAME), &got, &want, T::TOL);
}

#[test]
fn bias_gelu_matches_the_reference() {
    for g in [Gelu::Tanh, Gelu::Erf] {
        gelu_case::<f32>(5, 1500, g, 9);
        gelu_case::<f16>(3, 130, g, 10);
        gelu_case::<bf16>(2, 64, g, 11);
    }
}

#[test]
fn swiglu_matches_the_reference() {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(12);
    let (rows, cols) = (4, 1100);
    let (g, gf) = random::<f32>(&mut rng, rows * cols, -5.0, 5.0);
    let (u, uf) = random::<f32>(&mut rng, rows * cols, -2.0, 2.0);
    let (gd, ud) = (dev.upload(&g).unwrap(), dev.upload(&u).unwrap());
    let yd = dev.alloc::<f32>(rows * cols).unwrap();
    let view = |b| Rows::new(b, rows, cols).unwrap();
    oxtile_nn::swiglu(&dev, &view(&gd), &view(&ud), &view(&yd)).unwrap();
    let got: Vec<f64> = yd.to_vec().unwrap().iter().map(|&v| v as f64).collect();
    let want: Vec<f64> = gf
        .iter()
        .zip(&uf)
        .map(|(g, u)| g / (1.0 + (-g).exp()) * u)
        .collect();
    check("swiglu f32", &got, &want, 2e-6);
}

#[test]
fn shape_errors_name_the_op_and_the_argument() {
    let dev = dev();
    let x = dev.upload(&[1.0f32; 12]).unwrap();
    let y = dev.alloc::<f32>(12).unwrap();
    // A view past its buffer.
    let e = Rows::new(&x, 4, 4).unwrap_err();
    assert!(
        e.to_string()
            .contains("needs 16 elements; the buffer has 12"),
        "{e}"
    );
    let e = Rows::with_stride(&x, 2, 5, 4).unwrap_err();
    assert!(e.to_string().contains("stride 4 is less than 5"), "{e}");
    // Mismatched shapes.
    let e = oxtile_nn::softmax(
        &dev,
        &Rows::new(&x, 3, 4).unwrap(),
        &Rows::new(&y, 4, 3).unwrap(),
    )
    .unwrap_err();
    assert!(
        matches!(
            e,
            NnError::Shape {
                op: "softmax",
                arg: "out",
                ..
            }
        ),
        "{e}"
    );
    assert_eq!(
        e.to_string(),
        "softmax: argument `out`: is 4 x 3, expected 3 x 4"
    );
    let w = dev.upload(&[1.0f32; 3]).unwrap();
    let e = oxtile_nn::rms_norm(
        &dev,
        &Rows::new(&x, 3, 4).unwrap(),
        &w,
        1e-5,
        &Rows::new(&y, 3, 4).unwrap(),
    )
    .unwrap_err();
    assert!(
        matches!(
            e,
            NnError::Shape {
                op: "rms_norm",
                arg: "weight",
                ..
            }
        ),
        "{e}"
    );
    // Nothing to do is not an error.
    let empty = Rows::new(&x, 0, 4).unwrap();
    oxtile_nn::softmax(&dev, &empty, &empty).unwrap();
}

/// Cross-entropy per row in f64: `(loss, lse)`.
fn ce_ref(x: &[f64], cols: usize, t: &[i32], ignore: Option<i32>) -> (Vec<f64>, Vec<f64>) {
    x.chunks(cols)
        .zip(t)
        .map(|(row, &t)| {
            let m = row.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let lse = m + row.iter().map(|v| (v - m).exp()).sum::<f64>().ln();
            let loss = if Some(t) == ignore {
                0.0
            } else {
                lse - row[t as usize]
            };
            (loss, lse)
        })
        .unzip()
}

/// Its gradient with respect to the logits, in f64, each row scaled by `dloss`.
fn ce_grad_ref(x: &[f64], cols: usize, t: &[i32], ignore: Option<i32>, dloss: &[f64]) -> Vec<f64> {
    let (_, lse) = ce_ref(x, cols, t, ignore);
    x.chunks(cols)
        .enumerate()
        .flat_map(|(r, row)| {
            let g = if Some(t[r]) == ignore { 0.0 } else { dloss[r] };
            row.iter()
                .enumerate()
                .map(|(c, v)| g * ((v - lse[r]).exp() - if c as i32 == t[r] { 1.0 } else { 0.0 }))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn ce_case<T: Dt>(rows: usize, vocab: usize, ignore: Option<i32>, seed: u64) {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(seed);
    let (x, xf) = random::<T>(&mut rng, rows * vocab, -4.0, 4.0);
    let t: Vec<i32> = (0..rows)
        .map(|r| match ignore {
            Some(i) if r % 3 == 1 => i,
            _ => rng.random_range(0..vocab as i32),
        })
        .collect();
    let (_, dlf) = random::<f32>(&mut rng, rows, 0.5, 1.5);
    let dl: Vec<f32> = dlf.iter().map(|&v| v as f32).collect();
    let xd = dev.upload(&x).unwrap();
    let td = dev.upload(&t).unwrap();
    let (loss, lse) = (
        dev.alloc::<f32>(rows).unwrap(),
        dev.alloc::<f32>(rows).unwrap(),
    );
    let xv = Rows::new(&xd, rows, vocab).unwrap();
    oxtile_nn::cross_entropy(&dev, &xv, &td, ignore, &loss, &lse).unwrap();
    let (want_loss, want_lse) = ce_ref(&xf, vocab, &t, ignore);
    let f = |v: Vec<f32>| v.into_iter().map(|x| x as f64).collect::<Vec<_>>();
    let what = format!("cross_entropy {} {rows}x{vocab}", T::NAME);
    check(
        &format!("{what} lse"),
        &f(lse.to_vec().unwrap()),
        &want_lse,
        1e-6,
    );
    check(
        &format!("{what} loss"),
        &f(loss.to_vec().unwrap()),
        &want_loss,
        1e-5,
    );
    let dld = dev.upload(&dl).unwrap();
    let dx = dev.alloc::<T>(rows * vocab).unwrap();
    let dxv = Rows::new(&dx, rows, vocab).unwrap();
    oxtile_nn::cross_entropy_backward(&dev, &xv, &td, ignore, &lse, &dld, &dxv).unwrap();
    let got: Vec<f64> = dx.to_vec().unwrap().iter().map(|v| v.to()).collect();
    let want = ce_grad_ref(&xf, vocab, &t, ignore, &f(dl));
    // The gradient is small where a row's probability is: measured against the whole.
    check(&format!("{what} backward"), &got, &want, T::TOL.max(1e-5));
}

#[test]
fn cross_entropy_matches_the_reference() {
    // Vocabularies within one chunk, several chunks with a ragged last one, and
    // GPT-2's 50257.
    ce_case::<f32>(5, 300, None, 13);
    ce_case::<f32>(7, 2500, Some(-100), 14);
    ce_case::<f32>(2, 50257, None, 15);
    ce_case::<f16>(4, 1100, Some(-100), 16);
    ce_case::<bf16>(3, 777, None, 17);
}

/// The reference gradient is the loss's: central differences of the f64 forward.
#[test]
fn the_cross_entropy_reference_gradient_is_the_derivative() {
    let mut rng = StdRng::seed_from_u64(18);
    let (rows, cols) = (3, 7);
    let x: Vec<f64> = (0..rows * cols)
        .map(|_| rng.random_range(-3.0..3.0))
        .collect();
    let t = [4, -100, 0];
    let dloss = [0.7, 1.1, 1.3];
    let grad = ce_grad_ref(&x, cols, &t, Some(-100), &dloss);
    let total = |x: &[f64]| -> f64 {
        let (loss, _) = ce_ref(x, cols, &t, Some(-100));
        loss.iter().zip(&dloss).map(|(l, d)| l * d).sum()
    };
    let h = 1e-6;
    for i in 0..x.len() {
        let (mut up, mut down) = (x.clone(), x.clone());
        up[i] += h;
        down[i] -= h;
        let fd = (total(&up) - total(&down)) / (2.0 * h);
        assert!(
            (fd - grad[i]).abs() < 1e-7,
            "element {i}: {fd} vs {}",
            grad[i]
        );
    }
}

#[test]
fn a_target_outside_the_vocabulary_fails_the_launch_in_checked_mode() {
    let dev = dev();
    // The CPU devices always check; the GPU backends in checked mode (the default of debug
    // builds). Unchecked, the row's loss is NaN instead.
    let cpu = matches!(dev.name(), "cpu" | "interpreter");
    if !cpu && !oxtile::runtime::default_checked().unwrap() {
        return;
    }
    let x = dev.upload(&[0.5f32; 8]).unwrap();
    let t = dev.upload(&[1i32, 4]).unwrap();
    let (loss, lse) = (dev.alloc::<f32>(2).unwrap(), dev.alloc::<f32>(2).unwrap());
    let e = oxtile_nn::cross_entropy(&dev, &Rows::new(&x, 2, 4).unwrap(), &t, None, &loss, &lse)
        .unwrap_err();
    assert!(
        matches!(
            e,
            NnError::Launch {
                op: "cross_entropy",
                ..
            }
        ),
        "{e}"
    );
    assert!(
        e.to_string().contains("a target is outside 0..vocab"),
        "{e}"
    );
}

/// The forward of a norm, in f64, one row: `(y, xhat, rstd)`.
fn norm_row(row: &[f64], w: &[f64], b: Option<&[f64]>, eps: f64) -> Vec<f64> {
    norm_ref(row, row.len(), w, b, eps)
}

/// The backward of a norm, in f64: `(dx, dweight, dbias)`.
fn norm_bwd_ref(
    x: &[f64],
    cols: usize,
    w: &[f64],
    layer: bool,
    eps: f64,
    dy: &[f64],
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let n = cols as f64;
    let (mut dx, mut dw, mut db) = (Vec::new(), vec![0.0; cols], vec![0.0; cols]);
    for (row, g) in x.chunks(cols).zip(dy.chunks(cols)) {
        let mu = if layer {
            row.iter().sum::<f64>() / n
        } else {
            0.0
        };
        let var = row.iter().map(|v| (v - mu) * (v - mu)).sum::<f64>() / n;
        let rs = 1.0 / (var + eps).sqrt();
        let xhat: Vec<f64> = row.iter().map(|v| (v - mu) * rs).collect();
        let wdy: Vec<f64> = g.iter().zip(w).map(|(g, w)| g * w).collect();
        let c1 = xhat.iter().zip(&wdy).map(|(a, b)| a * b).sum::<f64>() / n;
        let c2 = if layer {
            wdy.iter().sum::<f64>() / n
        } else {
            0.0
        };
        for c in 0..cols {
            dx.push((wdy[c] - (xhat[c] * c1 + c2)) * rs);
            dw[c] += g[c] * xhat[c];
            db[c] += g[c];
        }
    }
    (dx, dw, db)
}

/// The backward reference is the forward's derivative: central differences in f64 of
/// `sum(dy * y)` with respect to `x`, the weight and the bias.
#[test]
fn the_norm_backward_reference_is_the_derivative() {
    let mut rng = StdRng::seed_from_u64(19);
    let (rows, cols, eps) = (3, 6, 1e-5);
    let x: Vec<f64> = (0..rows * cols)
        .map(|_| rng.random_range(-2.0..2.0))
        .collect();
    let w: Vec<f64> = (0..cols).map(|_| rng.random_range(0.5..1.5)).collect();
    let b: Vec<f64> = (0..cols).map(|_| rng.random_range(-0.5..0.5)).collect();
    let dy: Vec<f64> = (0..rows * cols)
        .map(|_| rng.random_range(-1.0..1.0))
        .collect();
    for layer in [false, true] {
        let (dx, dw, db) = norm_bwd_ref(&x, cols, &w, layer, eps, &dy);
        let total = |x: &[f64], w: &[f64], b: &[f64]| -> f64 {
            x.chunks(cols)
                .zip(dy.chunks(cols))
                .map(|(row, g)| {
                    let y = norm_row(row, w, layer.then_some(b), eps);
                    y.iter().zip(g).map(|(y, g)| y * g).sum::<f64>()
                })
                .sum()
        };
        let h = 1e-6;
        let fd = |f: &dyn Fn(f64) -> f64| (f(h) - f(-h)) / (2.0 * h);
        for i in 0..x.len() {
            let d = fd(&|e| {
                let mut x2 = x.clone();
                x2[i] += e;
                total(&x2, &w, &b)
            });
            assert!(
                (d - dx[i]).abs() < 1e-6,
                "layer {layer} dx[{i}]: {d} vs {}",
                dx[i]
            );
        }
        for c in 0..cols {
            let d = fd(&|e| {
                let mut w2 = w.clone();
                w2[c] += e;
                total(&x, &w2, &b)
            });
            assert!(
                (d - dw[c]).abs() < 1e-6,
                "layer {layer} dw[{c}]: {d} vs {}",
                dw[c]
            );
            if layer {
                let d = fd(&|e| {
                    let mut b2 = b.clone();
                    b2[c] += e;
                    total(&x, &w, &b2)
                });
                assert!((d - db[c]).abs() < 1e-6, "db[{c}]: {d} vs {}", db[c]);
            }
        }
    }
}

fn norm_bwd_case<T: Dt>(rows: usize, cols: usize, stride: usize, layer: bool, seed: u64) {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(seed);
    let (x, _) = random::<T>(&mut rng, rows * stride, -2.0, 3.0);
    let (w, wf) = random::<T>(&mut rng, cols, 0.5, 1.5);
    let (dy, dyf) = random::<T>(&mut rng, rows * cols, -1.0, 1.0);
    let (xd, wd, dyd) = (
        dev.upload(&x).unwrap(),
        dev.upload(&w).unwrap(),
        dev.upload(&dy).unwrap(),
    );
    let dxd = dev.alloc::<T>(rows * cols).unwrap();
    let (dwd, dbd) = (dev.alloc::<T>(cols).unwrap(), dev.alloc::<T>(cols).unwrap());
    let xv = Rows::with_stride(&xd, rows, cols, stride).unwrap();
    let (dyv, dxv) = (
        Rows::new(&dyd, rows, cols).unwrap(),
        Rows::new(&dxd, rows, cols).unwrap(),
    );
    let eps = 1e-5;
    if layer {
        oxtile_nn::layer_norm_backward(&dev, &xv, &wd, eps, &dyv, &dxv, &dwd, &dbd).unwrap();
    } else {
        oxtile_nn::rms_norm_backward(&dev, &xv, &wd, eps, &dyv, &dxv, &dwd).unwrap();
    }
    let (dx, dw, db) = norm_bwd_ref(
        &dense(&x, rows, cols, stride),
        cols,
        &wf,
        layer,
        eps as f64,
        &dyf,
    );
    let f = |v: Vec<T>| v.iter().map(|x| x.to()).collect::<Vec<_>>();
    let what = format!(
        "{}_backward {} {rows}x{cols}",
        if layer { "layer_norm" } else { "rms_norm" },
        T::NAME
    );
    // dx is a difference of nearly equal terms: a looser bound than one rounding.
    let tol = (T::TOL * 4.0).max(2e-5);
    check(&format!("{what} dx"), &f(dxd.to_vec().unwrap()), &dx, tol);
    check(
        &format!("{what} dweight"),
        &f(dwd.to_vec().unwrap()),
        &dw,
        tol,
    );
    if layer {
        check(
            &format!("{what} dbias"),
            &f(dbd.to_vec().unwrap()),
            &db,
            tol,
        );
    }
}

#[test]
fn norm_backward_matches_the_reference() {
    for layer in [false, true] {
        norm_bwd_case::<f32>(9, 333, 340, layer, 20);
        // More rows than programs (several rows each, the last program short), and rows
        // longer than a block.
        norm_bwd_case::<f32>(600, 40, 40, layer, 21);
        norm_bwd_case::<f32>(3, 5000, 5000, layer, 22);
        norm_bwd_case::<f16>(17, 256, 256, layer, 23);
        norm_bwd_case::<bf16>(5, 300, 300, layer, 24);
    }
}

#[test]
fn norm_backward_is_deterministic() {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(25);
    let (rows, cols) = (700, 64);
    let (x, _) = random::<f32>(&mut rng, rows * cols, -2.0, 2.0);
    let (dy, _) = random::<f32>(&mut rng, rows * cols, -1.0, 1.0);
    let (w, _) = random::<f32>(&mut rng, cols, 0.5, 1.5);
    let (xd, dyd, wd) = (
        dev.upload(&x).unwrap(),
        dev.upload(&dy).unwrap(),
        dev.upload(&w).unwrap(),
    );
    let dxd = dev.alloc::<f32>(rows * cols).unwrap();
    let v = |b| Rows::new(b, rows, cols).unwrap();
    let mut seen = Vec::new();
    for _ in 0..3 {
        let (dw, db) = (
            dev.alloc::<f32>(cols).unwrap(),
            dev.alloc::<f32>(cols).unwrap(),
        );
        oxtile_nn::layer_norm_backward(&dev, &v(&xd), &wd, 1e-5, &v(&dyd), &v(&dxd), &dw, &db)
            .unwrap();
        seen.push((dw.to_vec().unwrap(), db.to_vec().unwrap()));
    }
    let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    for s in &seen[1..] {
        assert_eq!(bits(&s.0), bits(&seen[0].0), "dweight differs between runs");
        assert_eq!(bits(&s.1), bits(&seen[0].1), "dbias differs between runs");
    }
}

fn gelu_grad_ref(v: f64, g: Gelu) -> f64 {
    match g {
        Gelu::Tanh => {
            let k = (2.0 / std::f64::consts::PI).sqrt();
            let t = (k * (v + 0.044715 * v.powi(3))).tanh();
            0.5 * (1.0 + t) + 0.5 * v * (1.0 - t * t) * k * (1.0 + 3.0 * 0.044715 * v * v)
        }
        Gelu::Erf => {
            0.5 * (1.0 + erf(v / std::f64::consts::SQRT_2))
                + v * (-0.5 * v * v).exp() / (2.0 * std::f64::consts::PI).sqrt()
        }
    }
}

fn silu_ref(g: f64) -> f64 {
    g / (1.0 + (-g).exp())
}

fn silu_grad_ref(g: f64) -> f64 {
    let s = 1.0 / (1.0 + (-g).exp());
    s * (1.0 + g * (1.0 - s))
}

/// The references' derivatives are the derivatives: central differences in f64.
#[test]
fn the_activation_reference_gradients_are_the_derivatives() {
    let h = 1e-6;
    for i in 0..200 {
        let v = -6.0 + 0.06 * i as f64;
        for g in [Gelu::Tanh, Gelu::Erf] {
            let fd = (gelu_ref(v + h, g) - gelu_ref(v - h, g)) / (2.0 * h);
            assert!((fd - gelu_grad_ref(v, g)).abs() < 1e-8, "{g:?} at {v}");
        }
        let fd = (silu_ref(v + h) - silu_ref(v - h)) / (2.0 * h);
        assert!((fd - silu_grad_ref(v)).abs() < 1e-8, "silu at {v}");
    }
}

fn bias_gelu_bwd_case<T: Dt>(rows: usize, cols: usize, g: Gelu, seed: u64) {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(seed);
    let (x, xf) = random::<T>(&mut rng, rows * cols, -4.0, 4.0);
    let (b, bf) = random::<T>(&mut rng, cols, -1.0, 1.0);
    let (dy, dyf) = random::<T>(&mut rng, rows * cols, -1.0, 1.0);
    let (xd, bd, dyd) = (
        dev.upload(&x).unwrap(),
        dev.upload(&b).unwrap(),
        dev.upload(&dy).unwrap(),
    );
    let (dxd, dbd) = (
        dev.alloc::<T>(rows * cols).unwrap(),
        dev.alloc::<T>(cols).unwrap(),
    );
    let v = |buf| Rows::new(buf, rows, cols).unwrap();
    oxtile_nn::bias_gelu_backward(&dev, &v(&xd), &bd, g, &v(&dyd), &v(&dxd), &dbd).unwrap();
    let dx: Vec<f64> = (0..rows * cols)
        .map(|i| dyf[i] * gelu_grad_ref(((xf[i] + bf[i % cols]) as f32) as f64, g))
        .collect();
    let db: Vec<f64> = (0..cols)
        .map(|c| (0..rows).map(|r| dx[r * cols + c]).sum())
        .collect();
    let f = |v: Vec<T>| v.iter().map(|x| x.to()).collect::<Vec<_>>();
    let what = format!("bias_gelu_backward {g:?} {} {rows}x{cols}", T::NAME);
    let tol = (T::TOL * 2.0).max(1e-5);
    check(&format!("{what} dx"), &f(dxd.to_vec().unwrap()), &dx, tol);
    check(
        &format!("{what} dbias"),
        &f(dbd.to_vec().unwrap()),
        &db,
        tol,
    );
}

#[test]
fn activation_backward_matches_the_reference() {
    for g in [Gelu::Tanh, Gelu::Erf] {
        bias_gelu_bwd_case::<f32>(300, 70, g, 26);
        bias_gelu_bwd_case::<f16>(5, 1500, g, 27);
        bias_gelu_bwd_case::<bf16>(9, 64, g, 28);
    }
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(29);
    let (rows, cols) = (6, 900);
    let (gt, gf) = random::<f32>(&mut rng, rows * cols, -5.0, 5.0);
    let (u, uf) = random::<f32>(&mut rng, rows * cols, -2.0, 2.0);
    let (dy, dyf) = random::<f32>(&mut rng, rows * cols, -1.0, 1.0);
    let (gd, ud, dyd) = (
        dev.upload(&gt).unwrap(),
        dev.upload(&u).unwrap(),
        dev.upload(&dy).unwrap(),
    );
    let (dgd, dud) = (
        dev.alloc::<f32>(rows * cols).unwrap(),
        dev.alloc::<f32>(rows * cols).unwrap(),
    );
    let v = |b| Rows::new(b, rows, cols).unwrap();
    oxtile_nn::swiglu_backward(&dev, &v(&gd), &v(&ud), &v(&dyd), &v(&dgd), &v(&dud)).unwrap();
    let dg: Vec<f64> = (0..rows * cols)
        .map(|i| dyf[i] * uf[i] * silu_grad_ref(gf[i]))
        .collect();
    let du: Vec<f64> = (0..rows * cols).map(|i| dyf[i] * silu_ref(gf[i])).collect();
    let f = |v: Vec<f32>| v.iter().map(|&x| x as f64).collect::<Vec<_>>();
    check(
        "swiglu_backward dgate",
        &f(dgd.to_vec().unwrap()),
        &dg,
        1e-5,
    );
    check("swiglu_backward dup", &f(dud.to_vec().unwrap()), &du, 1e-5);
}

/// RoPE in f64: `(tokens * heads) x dim` rows, tables `seq x dim/2`.
fn rope_ref(x: &[f64], dim: usize, heads: usize, cos: &[f64], sin: &[f64], seq: usize) -> Vec<f64> {
    let half = dim / 2;
    x.chunks(dim)
        .enumerate()
        .flat_map(|(r, row)| {
            let p = (r / heads) % seq;
            let (c, s) = (&cos[p * half..][..half], &sin[p * half..][..half]);
            let mut y = vec![0.0; dim];
            for i in 0..half {
                y[i] = row[i] * c[i] - row[half + i] * s[i];
                y[half + i] = row[half + i] * c[i] + row[i] * s[i];
            }
            y
        })
        .collect()
}

fn rope_case<T: Dt>(tokens: usize, heads: usize, dim: usize, seq: usize, seed: u64) {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(seed);
    let rows = tokens * heads;
    let (x, xf) = random::<T>(&mut rng, rows * dim, -2.0, 2.0);
    let half = dim / 2;
    let angles: Vec<f64> = (0..seq * half)
        .map(|k| (k / half) as f64 * 10000f64.powf(-2.0 * (k % half) as f64 / dim as f64))
        .collect();
    let cos: Vec<f32> = angles.iter().map(|a| a.cos() as f32).collect();
    let sin: Vec<f32> = angles.iter().map(|a| a.sin() as f32).collect();
    let (xd, cd, sd) = (
        dev.upload(&x).unwrap(),
        dev.upload(&cos).unwrap(),
        dev.upload(&sin).unwrap(),
    );
    let yd = dev.alloc::<T>(rows * dim).unwrap();
    let (cv, sv) = (
        Rows::new(&cd, seq, half).unwrap(),
        Rows::new(&sd, seq, half).unwrap(),
    );
    let v = |b| Rows::new(b, rows, dim).unwrap();
    oxtile_nn::rope(&dev, &v(&xd), &cv, &sv, heads, &v(&yd)).unwrap();
    let f64s = |v: &[f32]| v.iter().map(|&x| x as f64).collect::<Vec<_>>();
    let (cf, sf) = (f64s(&cos), f64s(&sin));
    let want = rope_ref(&xf, dim, heads, &cf, &sf, seq);
    let got: Vec<f64> = yd.to_vec().unwrap().iter().map(|v| v.to()).collect();
    let what = format!("rope {} {tokens}x{heads}x{dim}", T::NAME);
    check(&what, &got, &want, T::TOL);
    // The backward is the transpose: <rope(x), g> = <x, rope_backward(g)>.
    let (g, gf) = random::<T>(&mut rng, rows * dim, -1.0, 1.0);
    let gd = dev.upload(&g).unwrap();
    let dxd = dev.alloc::<T>(rows * dim).unwrap();
    oxtile_nn::rope_backward(&dev, &v(&gd), &cv, &sv, heads, &v(&dxd)).unwrap();
    let dx: Vec<f64> = dxd.to_vec().unwrap().iter().map(|v| v.to()).collect();
    let lhs: f64 = want.iter().zip(&gf).map(|(a, b)| a * b).sum();
    let rhs: f64 = xf.iter().zip(&dx).map(|(a, b)| a * b).sum();
    let scale: f64 = want.iter().map(|a| a.abs()).sum::<f64>();
    assert!(
        (lhs - rhs).abs() <= T::TOL * scale,
        "{what}: backward is not the transpose ({lhs} vs {rhs})"
    );
}

#[test]
fn rope_matches_the_reference() {
    // Positions past the table's length wrap (a batch of sequences).
    rope_case::<f32>(10, 4, 64, 5, 30);
    rope_case::<f16>(7, 2, 128, 7, 31);
    rope_case::<bf16>(3, 3, 6, 3, 32);
    // In place.
    let dev = dev();
    let x = dev.upload(&[1.0f32, 2.0, 3.0, 4.0]).unwrap();
    let (c, s) = (
        dev.upload(&[0.0f32, 1.0]).unwrap(),
        dev.upload(&[1.0f32, 0.0]).unwrap(),
    );
    let v = Rows::new(&x, 1, 4).unwrap();
    let t = |b| Rows::new(b, 1, 2).unwrap();
    oxtile_nn::rope(&dev, &v, &t(&c), &t(&s), 1, &v).unwrap();
    // Pair 0 rotated by 90 degrees, pair 1 not at all.
    assert_eq!(x.to_vec().unwrap(), [-3.0, 2.0, 1.0, 4.0]);
    let e = oxtile_nn::rope(&dev, &v, &t(&c), &t(&s), 3, &v).unwrap_err();
    assert!(
        matches!(
            e,
            NnError::Shape {
                op: "rope",
                arg: "heads",
                ..
            }
        ),
        "{e}"
    );
}

fn quant_case<T: Dt, Q: oxtile_nn::Quantized + std::fmt::Debug>(
    rows: usize,
    cols: usize,
    seed: u64,
    to_f64: fn(Q) -> f64,
) {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(seed);
    let (mut x, _) = random::<T>(&mut rng, rows * cols, -3.0, 3.0);
    // A row of zeros (scale 1), and a row with one large value.
    for v in &mut x[cols..2 * cols] {
        *v = T::of(0.0);
    }
    x[2 * cols + 3] = T::of(100.0);
    let xf: Vec<f64> = x.iter().map(|v| v.to()).collect();
    let xd = dev.upload(&x).unwrap();
    let qd = dev.alloc::<Q>(rows * cols).unwrap();
    let sd = dev.alloc::<f32>(rows).unwrap();
    let xv = Rows::new(&xd, rows, cols).unwrap();
    let qv = Rows::new(&qd, rows, cols).unwrap();
    oxtile_nn::quantize(&dev, &xv, &qv, &sd).unwrap();
    let (q, s) = (qd.to_vec().unwrap(), sd.to_vec().unwrap());
    let what = format!("quantize {} -> {}", T::NAME, std::any::type_name::<Q>());
    for r in 0..rows {
        let row = &xf[r * cols..(r + 1) * cols];
        let amax = row.iter().fold(0.0f64, |a, v| a.max(v.abs())) as f32;
        let want = if amax > 0.0 { amax / Q::QMAX } else { 1.0 };
        assert_eq!(s[r], want, "{what}: row {r}'s scale");
        for c in 0..cols {
            let (qv, x) = (to_f64(q[r * cols + c]), row[c]);
            assert!(qv.abs() <= Q::QMAX as f64, "{what}: {qv} out of range");
            // Within half a step of the format at x / scale (a step is 1 for int8, an eighth
            // of the binade, or the subnormal spacing 2^-9, for e4m3), plus a division's
            // rounding.
            let y = x / s[r] as f64;
            let step = if Q::QMAX == 127.0 {
                1.0
            } else {
                (y.abs().log2().floor().exp2() / 8.0).max(2f64.powi(-9))
            };
            assert!(
                (qv - y).abs() <= step * 0.5 + 1e-6 * y.abs(),
                "{what}: row {r} col {c}: {x} / {} = {y} became {qv}",
                s[r]
            );
        }
    }
    // Round trip: dequantized within half a step (times the scale) of the input.
    let back = dev.alloc::<T>(rows * cols).unwrap();
    oxtile_nn::dequantize(&dev, &qv, &sd, &Rows::new(&back, rows, cols).unwrap()).unwrap();
    for (i, (b, x)) in back.to_vec().unwrap().iter().zip(&xf).enumerate() {
        let want = to_f64(q[i]) * s[i / cols] as f64;
        assert!(
            (b.to() - want).abs() <= T::TOL * want.abs().max(1e-30),
            "{what}: dequantized {i}: {} vs {want} (input {x})",
            b.to()
        );
    }
}

#[test]
fn quantization_round_trips() {
    let i8f = |q: i8| q as f64;
    let f8f = |q: oxtile::F8E4M3| q.to_f64();
    quant_case::<f32, i8>(4, 1000, 33, i8f);
    quant_case::<f16, i8>(3, 5000, 34, i8f);
    quant_case::<bf16, i8>(3, 64, 35, i8f);
    quant_case::<f32, oxtile::F8E4M3>(4, 700, 36, f8f);
    quant_case::<f16, oxtile::F8E4M3>(3, 130, 37, f8f);
}

fn act_ref(v: f64, a: oxtile_nn::Activation) -> f64 {
    use oxtile_nn::Activation::*;
    match a {
        Identity => v,
        Relu => v.max(0.0),
        GeluTanh => gelu_ref(v, Gelu::Tanh),
        GeluErf => gelu_ref(v, Gelu::Erf),
        Silu => silu_ref(v),
    }
}

/// `c = act(a @ b + bias)` (or `a @ w^T` with `nt`) against f64, at `T`.
fn matmul_case<T: Dt>(
    (m, n, k): (usize, usize, usize),
    with_bias: bool,
    act: oxtile_nn::Activation,
    nt: bool,
    seed: u64,
) {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(seed);
    let (a, af) = random::<T>(&mut rng, m * k, -1.0, 1.0);
    let (b, bf) = random::<T>(&mut rng, k * n, -1.0, 1.0);
    let (bias, biasf) = random::<T>(&mut rng, n, -0.5, 0.5);
    let (ad, bd, biasd) = (
        dev.upload(&a).unwrap(),
        dev.upload(&b).unwrap(),
        dev.upload(&bias).unwrap(),
    );
    let cd = dev.alloc::<T>(m * n).unwrap();
    let av = Rows::new(&ad, m, k).unwrap();
    let cv = Rows::new(&cd, m, n).unwrap();
    let bias_arg = with_bias.then_some(&biasd);
    // `b` read as [K, N], or as `w` = [N, K] (the same numbers, another product).
    let bw = |i: usize, j: usize| if nt { bf[j * k + i] } else { bf[i * n + j] };
    if nt {
        let wv = Rows::new(&bd, n, k).unwrap();
        oxtile_nn::linear(&dev, &av, &wv, bias_arg, act, &cv).unwrap();
    } else {
        let bv = Rows::new(&bd, k, n).unwrap();
        oxtile_nn::matmul(&dev, &av, &bv, bias_arg, act, &cv).unwrap();
    }
    let want: Vec<f64> = (0..m * n)
        .map(|e| {
            let (i, j) = (e / n, e % n);
            let s: f64 = (0..k).map(|p| af[i * k + p] * bw(p, j)).sum();
            act_ref(s + if with_bias { biasf[j] } else { 0.0 }, act)
        })
        .collect();
    let got: Vec<f64> = cd.to_vec().unwrap().iter().map(|v| v.to()).collect();
    let what = format!(
        "{} {} {m}x{n}x{k} bias {with_bias} {act:?}",
        if nt { "linear" } else { "matmul" },
        T::NAME
    );
    check(&what, &got, &want, T::TOL.max(1e-5));
}

#[test]
fn matmul_with_an_epilogue_matches_the_reference() {
    use oxtile_nn::Activation::*;
    // Ragged in every dimension.
    for act in [Identity, Relu, GeluTanh, GeluErf, Silu] {
        matmul_case::<f32>((70, 50, 90), true, act, false, 40);
    }
    matmul_case::<f32>((33, 65, 17), false, Identity, true, 41);
    matmul_case::<f16>((40, 72, 100), true, GeluTanh, true, 42);
    matmul_case::<bf16>((20, 30, 64), false, Relu, false, 43);
}

#[test]
fn matmul_shape_errors() {
    let dev = dev();
    let a = dev.upload(&[1.0f32; 6]).unwrap();
    let c = dev.alloc::<f32>(6).unwrap();
    let e = oxtile_nn::matmul(
        &dev,
        &Rows::new(&a, 2, 3).unwrap(),
        &Rows::new(&a, 2, 3).unwrap(),
        None,
        oxtile_nn::Activation::Identity,
        &Rows::new(&c, 2, 3).unwrap(),
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "matmul: argument `b`: has 2 rows, expected K = 3 (the columns of `a`)"
    );
    let bias = dev.upload(&[0.0f32; 2]).unwrap();
    let e = oxtile_nn::linear(
        &dev,
        &Rows::new(&a, 2, 3).unwrap(),
        &Rows::new(&a, 2, 3).unwrap(),
        Some(&bias),
        oxtile_nn::Activation::Relu,
        &Rows::new(&c, 2, 3).unwrap(),
    )
    .unwrap_err();
    assert!(
        matches!(
            e,
            NnError::Shape {
                op: "linear",
                arg: "c",
                ..
            }
        ),
        "{e}"
    );
}

/// Attention in f64: `(out, lse)` for `[b * hq * s, d]` queries and `[b * hkv * s, d]` keys.
#[allow(clippy::too_many_arguments)]
fn attention_ref(
    (q, k, v): (&[f64], &[f64], &[f64]),
    (b, hq, hkv, s, d): (usize, usize, usize, usize, usize),
    causal: bool,
    scale: f64,
) -> (Vec<f64>, Vec<f64>) {
    let (mut out, mut lse) = (Vec::new(), Vec::new());
    for h in 0..b * hq {
        let kvh = (h / hq) * hkv + (h % hq) / (hq / hkv);
        for i in 0..s {
            let qi = &q[(h * s + i) * d..][..d];
            let n = if causal { i + 1 } else { s };
            let sc: Vec<f64> = (0..n)
                .map(|j| {
                    let kj = &k[(kvh * s + j) * d..][..d];
                    qi.iter().zip(kj).map(|(a, b)| a * b).sum::<f64>() * scale
                })
                .collect();
            let m = sc.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let z: f64 = sc.iter().map(|x| (x - m).exp()).sum();
            lse.push(m + z.ln());
            for c in 0..d {
                out.push(
                    (0..n)
                        .map(|j| (sc[j] - m).exp() * v[(kvh * s + j) * d + c])
                        .sum::<f64>()
                        / z,
                );
            }
        }
    }
    (out, lse)
}

fn attention_case<T: Dt>(
    (b, hq, hkv, s, d): (usize, usize, usize, usize, usize),
    causal: bool,
    seed: u64,
) {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(seed);
    let (nq, nkv) = (b * hq * s, b * hkv * s);
    let (q, qf) = random::<T>(&mut rng, nq * d, -1.0, 1.0);
    let (k, kf) = random::<T>(&mut rng, nkv * d, -1.0, 1.0);
    let (v, vf) = random::<T>(&mut rng, nkv * d, -1.0, 1.0);
    let (qd, kd, vd) = (
        dev.upload(&q).unwrap(),
        dev.upload(&k).unwrap(),
        dev.upload(&v).unwrap(),
    );
    let od = dev.alloc::<T>(nq * d).unwrap();
    let ld = dev.alloc::<f32>(nq).unwrap();
    let shape = oxtile_nn::AttentionShape {
        batch: b,
        heads_q: hq,
        heads_kv: hkv,
        seq: s,
    };
    let rq = |buf| Rows::new(buf, nq, d).unwrap();
    let rk = |buf| Rows::new(buf, nkv, d).unwrap();
    oxtile_nn::attention(
        &dev,
        &rq(&qd),
        &rk(&kd),
        &rk(&vd),
        shape,
        causal,
        None,
        Some(&ld),
        &rq(&od),
    )
    .unwrap();
    let scale = 1.0 / (d as f64).sqrt();
    let (want, want_lse) = attention_ref((&qf, &kf, &vf), (b, hq, hkv, s, d), causal, scale);
    let got: Vec<f64> = od.to_vec().unwrap().iter().map(|x| x.to()).collect();
    let what = format!(
        "attention {} {b}x{hq}/{hkv}x{s}x{d} causal {causal}",
        T::NAME
    );
    check(&what, &got, &want, T::TOL.max(1e-5));
    let lse: Vec<f64> = ld.to_vec().unwrap().iter().map(|&x| x as f64).collect();
    check(&format!("{what} lse"), &lse, &want_lse, 1e-5);
}

#[test]
fn attention_matches_the_reference() {
    // Multi-head, grouped (4 query heads on 2 key/value heads), multi-query; ragged seq.
    attention_case::<f32>((2, 2, 2, 70, 32), false, 44);
    attention_case::<f32>((1, 4, 2, 100, 16), true, 45);
    attention_case::<f16>((1, 3, 1, 65, 64), true, 46);
    attention_case::<bf16>((2, 2, 1, 33, 16), false, 47);
}

/// The gradients of attention in f64, `(dq, dk, dv)`, for the output gradient `dout`.
fn attention_grad_ref(
    (q, k, v): (&[f64], &[f64], &[f64]),
    dout: &[f64],
    (b, hq, hkv, s, d): (usize, usize, usize, usize, usize),
    causal: bool,
    scale: f64,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let (mut dq, mut dk, mut dv) = (vec![0.0; q.len()], vec![0.0; k.len()], vec![0.0; v.len()]);
    for h in 0..b * hq {
        let kvh = (h / hq) * hkv + (h % hq) / (hq / hkv);
        for i in 0..s {
            let qi = &q[(h * s + i) * d..][..d];
            let doi = &dout[(h * s + i) * d..][..d];
            let n = if causal { i + 1 } else { s };
            let sc: Vec<f64> = (0..n)
                .map(|j| {
                    let kj = &k[(kvh * s + j) * d..][..d];
                    qi.iter().zip(kj).map(|(a, b)| a * b).sum::<f64>() * scale
                })
                .collect();
            let m = sc.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let z: f64 = sc.iter().map(|x| (x - m).exp()).sum();
            let p: Vec<f64> = sc.iter().map(|x| (x - m).exp() / z).collect();
            let dp: Vec<f64> = (0..n)
                .map(|j| {
                    let vj = &v[(kvh * s + j) * d..][..d];
                    doi.iter().zip(vj).map(|(a, b)| a * b).sum::<f64>()
                })
                .collect();
            let delta: f64 = p.iter().zip(&dp).map(|(a, b)| a * b).sum();
            for j in 0..n {
                let ds = p[j] * (dp[j] - delta);
                for c in 0..d {
                    dv[(kvh * s + j) * d + c] += p[j] * doi[c];
                    dq[(h * s + i) * d + c] += scale * ds * k[(kvh * s + j) * d + c];
                    dk[(kvh * s + j) * d + c] += scale * ds * qi[c];
                }
            }
        }
    }
    (dq, dk, dv)
}

/// The reference gradients are the derivatives of `sum(out * dout)`: central differences in
/// f64, on a grouped, causal attention.
#[test]
fn the_attention_reference_gradients_are_the_derivatives() {
    let mut rng = StdRng::seed_from_u64(48);
    let dims = (1, 2, 1, 4, 3);
    let (b, hq, hkv, s, d) = dims;
    let r = |rng: &mut StdRng, n: usize| -> Vec<f64> {
        (0..n).map(|_| rng.random_range(-1.0..1.0)).collect()
    };
    let (q, k, v) = (
        r(&mut rng, b * hq * s * d),
        r(&mut rng, b * hkv * s * d),
        r(&mut rng, b * hkv * s * d),
    );
    let dout = r(&mut rng, q.len());
    let scale = 0.7;
    let (dq, dk, dv) = attention_grad_ref((&q, &k, &v), &dout, dims, true, scale);
    let total = |q: &[f64], k: &[f64], v: &[f64]| -> f64 {
        let (o, _) = attention_ref((q, k, v), dims, true, scale);
        o.iter().zip(&dout).map(|(a, b)| a * b).sum()
    };
    let h = 1e-6;
    for (which, grad) in [(0, &dq), (1, &dk), (2, &dv)] {
        for i in 0..grad.len() {
            let mut args = [q.clone(), k.clone(), v.clone()];
            args[which][i] += h;
            let up = total(&args[0], &args[1], &args[2]);
            args[which][i] -= 2.0 * h;
            let down = total(&args[0], &args[1], &args[2]);
            let fd = (up - down) / (2.0 * h);
            assert!(
                (fd - grad[i]).abs() < 1e-7,
                "input {which} [{i}]: {fd} vs {}",
                grad[i]
            );
        }
    }
}

fn attention_bwd_case<T: Dt>(
    (b, hq, hkv, s, d): (usize, usize, usize, usize, usize),
    causal: bool,
    seed: u64,
) {
    let dev = dev();
    let mut rng = StdRng::seed_from_u64(seed);
    let (nq, nkv) = (b * hq * s, b * hkv * s);
    let (q, qf) = random::<T>(&mut rng, nq * d, -1.0, 1.0);
    let (k, kf) = random::<T>(&mut rng, nkv * d, -1.0, 1.0);
    let (v, vf) = random::<T>(&mut rng, nkv * d, -1.0, 1.0);
    let (dout, doutf) = random::<T>(&mut rng, nq * d, -1.0, 1.0);
    let up = |x: &[T]| dev.upload(x).unwrap();
    let (qd, kd, vd, dod) = (up(&q), up(&k), up(&v), up(&dout));
    let od = dev.alloc::<T>(nq * d).unwrap();
    let ld = dev.alloc::<f32>(nq).unwrap();
    let (dqd, dkd, dvd) = (
        dev.alloc::<T>(nq * d).unwrap(),
        dev.alloc::<T>(nkv * d).unwrap(),
        dev.alloc::<T>(nkv * d).unwrap(),
    );
    let shape = oxtile_nn::AttentionShape {
        batch: b,
        heads_q: hq,
        heads_kv: hkv,
        seq: s,
    };
    let rq = |buf| Rows::new(buf, nq, d).unwrap();
    let rk = |buf| Rows::new(buf, nkv, d).unwrap();
    let (qv, kv, vv, ov) = (rq(&qd), rk(&kd), rk(&vd), rq(&od));
    oxtile_nn::attention(&dev, &qv, &kv, &vv, shape, causal, None, Some(&ld), &ov).unwrap();
    let saved = oxtile_nn::AttentionSaved {
        q: &qv,
        k: &kv,
        v: &vv,
        out: &ov,
        lse: &ld,
    };
    oxtile_nn::attention_backward(
        &dev,
        saved,
        &rq(&dod),
        shape,
        causal,
        None,
        &rq(&dqd),
        &rk(&dkd),
        &rk(&dvd),
    )
    .unwrap();
    let scale = 1.0 / (d as f64).sqrt();
    let (dq, dk, dv) =
        attention_grad_ref((&qf, &kf, &vf), &doutf, (b, hq, hkv, s, d), causal, scale);
    let f = |v: Vec<T>| v.iter().map(|x| x.to()).collect::<Vec<_>>();
    let what = format!(
        "attention_backward {} {b}x{hq}/{hkv}x{s}x{d} causal {causal}",
        T::NAME
    );
    let tol = (T::TOL * 4.0).max(2e-5);
    check(&format!("{what} dq"), &f(dqd.to_vec().unwrap()), &dq, tol);
    check(&format!("{what} dk"), &f(dkd.to_vec().unwrap()), &dk, tol);
    check(&format!("{what} dv"), &f(dvd.to_vec().unwrap()), &dv, tol);
}

#[test]
fn attention_backward_matches_the_reference() {
    attention_bwd_case::<f32>((2, 2, 2, 70, 32), false, 49);
    attention_bwd_case::<f32>((1, 4, 2, 100, 16), true, 50);
    attention_bwd_case::<f16>((1, 3, 1, 40, 64), true, 51);
    attention_bwd_case::<bf16>((1, 2, 1, 33, 16), false, 52);
}
