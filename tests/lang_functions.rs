//! Device functions (`#[kernel_fn]`) through `#[kernel]`, on whatever device the suite runs
//! on, against plain-Rust references on random inputs: a function called by two kernels, a
//! function calling another, functions in another module called by path and imported with
//! `use`, a dtype-generic function at f16 and f32, a function without a result, and
//! dimensions taken from the arguments.

mod common;

use common::*;
use half::f16;
use oxtile::prelude::*;

/// The tanh approximation of GELU, generic over the float dtype; computed in f32.
#[kernel_fn]
fn gelu<T: Float, const N: usize>(x: Tile<T, N>) -> Tile<T, N> {
    let v = x as f32;
    let inner = 0.7978845608 * (v + 0.044715 * v * v * v);
    (0.5 * v * (1.0 + tanh(inner))) as T
}

mod act {
    use oxtile::prelude::*;

    /// `x * sigmoid(x)`, on f32 tiles of any length.
    #[kernel_fn]
    pub fn silu<const N: usize>(x: Tile<f32, N>) -> Tile<f32, N> {
        x * sigmoid(x)
    }

    /// A function calling another one of this module, and a builtin.
    #[kernel_fn]
    pub fn silu_scaled<const N: usize>(x: Tile<f32, N>, s: f32) -> Tile<f32, N> {
        silu(x) * s
    }
}

use act::silu_scaled;

/// Stores `v` at `out + offs` under `m`: a function without a result.
#[kernel_fn]
fn put<const N: usize>(out: Ptr<f32>, offs: Tile<i32, N>, v: Tile<f32, N>, m: Tile<bool, N>) {
    store(out + offs, v, m);
}

#[kernel]
fn apply_gelu<T: Float, const B: usize>(x: Ptr<T>, out: Ptr<T>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    store(out + offs, gelu(load(x + offs, m, 0)), m);
}

#[kernel]
fn activations<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    let v = load(x + offs, m, 0.0);
    put(out, offs, gelu(v), m);
    put(out, offs + n, act::silu(v), m);
    put(out, offs + 2 * n, silu_scaled(v, 3.0), m);
}

/// Two results: the positive and negative parts of a tile, and a row's maximum with where
/// it is.
#[kernel_fn]
fn parts<const N: usize>(x: Tile<f32, N>) -> (Tile<f32, N>, Tile<f32, N>) {
    (maximum(x, 0.0), minimum(x, 0.0))
}

#[kernel_fn]
fn max_at<const N: usize>(x: Tile<f32, N>) -> (f32, i32) {
    (max(x, 0), argmax(x, 0))
}

#[kernel]
fn tuples<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, at: Ptr<i32>) {
    let offs = arange(0, B);
    let v = load(x + offs);
    let (pos, neg) = parts(v);
    store(out + offs, pos);
    store(out + B + offs, neg);
    let (m, i) = max_at(v);
    let (_, j) = max_at(-v);
    store(out + 2 * B, m);
    store(at, i);
    store(at + 1, j);
}

/// `x + x² + ... + x^k` with a loop and two variables: called twice, each call gets its own
/// copy of the loop and of the variables.
#[kernel_fn]
fn powsum<const N: usize>(x: Tile<f32, N>, k: i32) -> Tile<f32, N> {
    let mut acc = x;
    let mut p = x;
    for _ in 1..k {
        p = p * x;
        acc = acc + p;
    }
    acc
}

#[kernel]
fn powsums<const B: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, B);
    let v = load(x + offs);
    let a = powsum(v, 3);
    let b = powsum(a * 0.5, 2);
    store(out + offs, a);
    store(out + B + offs, b);
}

fn gelu_ref(v: f32) -> f32 {
    0.5 * v * (1.0 + (0.797_884_6 * (v + 0.044715 * v * v * v)).tanh())
}

fn silu_ref(v: f32) -> f32 {
    v / (1.0 + (-v).exp())
}

#[test]
fn one_function_serves_two_kernels_and_another_function() {
    let n = 1000;
    let x = f32s(&mut rng(81), n, -4.0, 4.0);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<f32>(3 * n).unwrap();
    activations::<256>::launch(&d, Grid::x(4), &xd, &out, n as i32).unwrap();
    let got = out.to_vec().unwrap();
    let want: Vec<f32> = x
        .iter()
        .map(|v| gelu_ref(*v))
        .chain(x.iter().map(|v| silu_ref(*v)))
        .chain(x.iter().map(|v| 3.0 * silu_ref(*v)))
        .collect();
    assert_close(&got, &want, 1e-5, 1e-5);

    let out = d.alloc::<f32>(n).unwrap();
    apply_gelu::<f32, 128>::launch(&d, Grid::x(8), &xd, &out, n as i32).unwrap();
    assert_close(&out.to_vec().unwrap(), &want[..n], 1e-5, 1e-5);
}

/// Calls in the branches of a value `if`, nested in its `else` (an `else if` chain), chosen
/// by a const generic: the macro once refused this with an internal error.
#[kernel]
fn chosen_activation<const B: usize, const ACT: i32>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    let v = load(x + offs, m, 0.0);
    let y = if ACT == 1 {
        maximum(v, 0.0)
    } else if ACT == 2 {
        gelu(v)
    } else if ACT == 3 {
        act::silu(v)
    } else {
        v
    };
    store(out + offs, y, m);
}

#[test]
fn functions_called_in_nested_value_ifs() {
    let n = 300;
    let x = f32s(&mut rng(86), n, -4.0, 4.0);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<f32>(n).unwrap();
    let grid = Grid::x(3);
    chosen_activation::<128, 1>::launch(&d, grid, &xd, &out, n as i32).unwrap();
    let relu: Vec<f32> = x.iter().map(|v| v.max(0.0)).collect();
    assert_close(&out.to_vec().unwrap(), &relu, 0.0, 0.0);
    chosen_activation::<128, 2>::launch(&d, grid, &xd, &out, n as i32).unwrap();
    let want: Vec<f32> = x.iter().map(|v| gelu_ref(*v)).collect();
    assert_close(&out.to_vec().unwrap(), &want, 1e-5, 1e-5);
    chosen_activation::<128, 3>::launch(&d, grid, &xd, &out, n as i32).unwrap();
    let want: Vec<f32> = x.iter().map(|v| silu_ref(*v)).collect();
    assert_close(&out.to_vec().unwrap(), &want, 1e-5, 1e-5);
    chosen_activation::<128, 0>::launch(&d, grid, &xd, &out, n as i32).unwrap();
    assert_close(&out.to_vec().unwrap(), &x, 0.0, 0.0);
}

#[test]
fn a_generic_function_runs_at_the_callers_dtype() {
    let n = 500;
    let x: Vec<f16> = f32s(&mut rng(82), n, -4.0, 4.0)
        .into_iter()
        .map(f16::from_f32)
        .collect();
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<f16>(n).unwrap();
    apply_gelu::<f16, 128>::launch(&d, Grid::x(4), &xd, &out, n as i32).unwrap();
    let got: Vec<f32> = out.to_vec().unwrap().iter().map(|v| v.to_f32()).collect();
    let want: Vec<f32> = x.iter().map(|v| gelu_ref(v.to_f32())).collect();
    assert_close(&got, &want, 2e-3, 2e-3);
}

#[test]
fn a_function_with_a_loop_and_variables_is_copied_per_call() {
    const B: usize = 128;
    let x = f32s(&mut rng(85), B, -1.5, 1.5);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<f32>(2 * B).unwrap();
    powsums::<B>::launch(&d, Grid::x(1), &xd, &out).unwrap();
    let powsum = |x: f32, k: i32| {
        let (mut acc, mut p) = (x, x);
        for _ in 1..k {
            p *= x;
            acc += p;
        }
        acc
    };
    let a: Vec<f32> = x.iter().map(|v| powsum(*v, 3)).collect();
    let b: Vec<f32> = a.iter().map(|v| powsum(v * 0.5, 2)).collect();
    let want: Vec<f32> = a.iter().chain(&b).copied().collect();
    assert_close(&out.to_vec().unwrap(), &want, 1e-6, 1e-6);
    // One instance in the IR, two calls; two loops once inlined.
    let ir = powsums::<B>::IR;
    assert_eq!(ir.matches("fn 0 @powsum").count(), 1, "{ir}");
    assert_eq!(ir.matches("call 0 @powsum").count(), 2, "{ir}");
    let k = oxtile::text::parse_kernel(ir).unwrap();
    let spec = oxtile::specialize::specialize(&k, &[B as i64]).unwrap();
    let text = oxtile::text::print_kernel(&spec);
    assert_eq!(text.matches("for %").count(), 2, "{text}");
    assert_eq!(spec.vars.len(), 4, "{text}");
}

/// The IR shows each function instance once, called where the source calls it (`put` three
/// times, `silu` directly and through `silu_scaled`); specialization inlines every call.
#[test]
fn the_ir_shows_functions_and_specialization_inlines_them() {
    let ir = activations::<256>::IR;
    assert!(ir.contains("fn 0 @gelu |"), "{ir}");
    assert!(ir.contains("fn 1 @put |"), "{ir}");
    assert_eq!(ir.matches("call 1 @put (").count(), 3, "{ir}");
    assert_eq!(ir.matches("@silu (").count(), 2, "{ir}");
    let k = oxtile::text::parse_kernel(ir).unwrap();
    let spec = oxtile::specialize::specialize(&k, &[256]).unwrap();
    assert!(spec.functions.is_empty());
    let text = oxtile::text::print_kernel(&spec);
    assert!(!text.contains("call"), "{text}");
    assert_eq!(text.matches("tanh").count(), 1, "{text}");
    assert_eq!(text.matches("sigmoid").count(), 2, "{text}");
    assert_eq!(text.matches("store").count(), 3, "{text}");
}

use oxtile_test_fnlib::act::leaky_relu;
use oxtile_test_fnlib::softsign;

/// Functions of another crate, imported with `use`, one of which calls a private function of
/// its own crate.
#[kernel]
fn from_another_crate<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    let v = load(x + offs, m, 0.0);
    store(out + offs, leaky_relu(v, 0.1), m);
    store(out + n + offs, softsign(v), m);
}

#[test]
fn functions_of_another_crate_are_called_through_use() {
    let n = 700;
    let x = f32s(&mut rng(83), n, -4.0, 4.0);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<f32>(2 * n).unwrap();
    from_another_crate::<256>::launch(&d, Grid::x(3), &xd, &out, n as i32).unwrap();
    let want: Vec<f32> = x
        .iter()
        .map(|v| if *v > 0.0 { *v } else { v * 0.1 })
        .chain(x.iter().map(|v| v / (1.0 + v.abs())))
        .collect();
    assert_close(&out.to_vec().unwrap(), &want, 1e-6, 1e-6);
}

#[test]
fn a_function_returns_several_values_as_a_tuple() {
    const B: usize = 64;
    let x = f32s(&mut rng(84), B, -4.0, 4.0);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<f32>(2 * B + 1).unwrap();
    let at = d.alloc::<i32>(2).unwrap();
    tuples::<B>::launch(&d, Grid::x(1), &xd, &out, &at).unwrap();
    let got = out.to_vec().unwrap();
    let pos: Vec<f32> = x.iter().map(|v| v.max(0.0)).collect();
    let neg: Vec<f32> = x.iter().map(|v| v.min(0.0)).collect();
    assert_eq!(&got[..B], &pos[..]);
    assert_eq!(&got[B..2 * B], &neg[..]);
    let (imax, m) =
        x.iter().enumerate().fold(
            (0, f32::NEG_INFINITY),
            |a, (i, v)| if *v > a.1 { (i, *v) } else { a },
        );
    let imin = x
        .iter()
        .enumerate()
        .fold(
            (0, f32::INFINITY),
            |a, (i, v)| if *v < a.1 { (i, *v) } else { a },
        )
        .0;
    assert_eq!(got[2 * B], m);
    assert_eq!(at.to_vec().unwrap(), [imax as i32, imin as i32]);
}
