//! Elementwise ops through `#[kernel]` on the interpreter, against plain-Rust references on
//! random inputs: float math in f32/f16/bf16, integer arithmetic with wrapping and the
//! defined division by zero, bit ops, comparisons, `select`, casts and bitcasts.

// Index loops mirror the math of the references.
#![allow(clippy::needless_range_loop)]

mod common;

use common::*;
use oxtile::prelude::*;
use rand::Rng;

#[kernel]
fn unary_f32<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = arange(0, B);
    let m = offs < n;
    let v = load(x + offs, m, 1.0);
    let row = n;
    store(out + 0 * row + offs, exp(v), m);
    store(out + 1 * row + offs, exp2(v), m);
    store(out + 2 * row + offs, log(abs(v)), m);
    store(out + 3 * row + offs, log2(abs(v)), m);
    store(out + 4 * row + offs, sqrt(abs(v)), m);
    store(out + 5 * row + offs, rsqrt(abs(v)), m);
    store(out + 6 * row + offs, sin(v), m);
    store(out + 7 * row + offs, cos(v), m);
    store(out + 8 * row + offs, tanh(v), m);
    store(out + 9 * row + offs, abs(v), m);
    store(out + 10 * row + offs, floor(v), m);
    store(out + 11 * row + offs, ceil(v), m);
    store(out + 12 * row + offs, sigmoid(v), m);
    store(out + 13 * row + offs, erf(v), m);
    store(out + 14 * row + offs, -v, m);
    store(out + 15 * row + offs, v.exp().sqrt(), m);
}

#[test]
fn float_math_matches_rust() {
    for seed in 0..4 {
        float_math_matches_rust_with(seed);
    }
}

fn float_math_matches_rust_with(seed: u64) {
    let n = 200;
    let mut r = rng(seed * 1000 + 10);
    let x = f32s(&mut r, n, -3.0, 3.0);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<f32>(16 * n).unwrap();
    unary_f32::<256>::launch(&d, Grid::x(1), &xd, &out, n as i32).unwrap();
    let got = out.to_vec().unwrap();
    let fns: [fn(f32) -> f32; 16] = [
        f32::exp,
        f32::exp2,
        |v| v.abs().ln(),
        |v| v.abs().log2(),
        |v| v.abs().sqrt(),
        |v| 1.0 / v.abs().sqrt(),
        f32::sin,
        f32::cos,
        f32::tanh,
        f32::abs,
        f32::floor,
        f32::ceil,
        |v| 1.0 / (1.0 + (-v).exp()),
        |v| libm::erf(v as f64) as f32,
        |v| -v,
        |v| v.exp().sqrt(),
    ];
    for (k, f) in fns.iter().enumerate() {
        let want: Vec<f32> = x.iter().map(|v| f(*v)).collect();
        assert_close(&got[k * n..(k + 1) * n], &want, 1e-6, 2e-6);
    }
}

#[kernel]
fn binary_f32<const B: usize>(a: Ptr<f32>, b: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, B);
    let x = load(a + offs);
    let y = load(b + offs);
    store(out + offs, x + y);
    store(out + B + offs, x - y);
    store(out + 2 * B + offs, x * y);
    store(out + 3 * B + offs, x / y);
    store(out + 4 * B + offs, x % y);
    store(out + 5 * B + offs, minimum(x, y));
    store(out + 6 * B + offs, maximum(x, y));
    store(out + 7 * B + offs, pow(abs(x), y));
    store(out + 8 * B + offs, fma(x, y, 0.25));
    store(out + 9 * B + offs, clamp(x, -0.5, 0.5));
    store(out + 10 * B + offs, 2.0 * x - 1.0);
}

#[test]
fn float_binary_ops_match_rust() {
    for seed in 0..4 {
        float_binary_ops_match_rust_with(seed);
    }
}

fn float_binary_ops_match_rust_with(seed: u64) {
    const B: usize = 128;
    let mut r = rng(seed * 1000 + 11);
    let a = f32s(&mut r, B, -4.0, 4.0);
    let b = f32s(&mut r, B, 0.5, 3.0);
    let d = dev();
    let (ad, bd) = (d.upload(&a).unwrap(), d.upload(&b).unwrap());
    let out = d.alloc::<f32>(11 * B).unwrap();
    binary_f32::<B>::launch(&d, Grid::x(1), &ad, &bd, &out).unwrap();
    let got = out.to_vec().unwrap();
    let fns: [fn(f32, f32) -> f32; 11] = [
        |x, y| x + y,
        |x, y| x - y,
        |x, y| x * y,
        |x, y| x / y,
        |x, y| x % y,
        f32::min,
        f32::max,
        |x, y| x.abs().powf(y),
        |x, y| x.mul_add(y, 0.25),
        |x, _| x.clamp(-0.5, 0.5),
        |x, _| 2.0 * x - 1.0,
    ];
    for (k, f) in fns.iter().enumerate() {
        let want: Vec<f32> = a.iter().zip(&b).map(|(x, y)| f(*x, *y)).collect();
        // + - * / % min max fma are exactly rounded; pow within a few ulps.
        let tol = if k == 7 { 4e-7 } else { 0.0 };
        assert_close(&got[k * B..(k + 1) * B], &want, 0.0, tol);
    }
}

#[kernel]
fn half_ops<const B: usize>(
    a: Ptr<f16>,
    b: Ptr<f16>,
    out: Ptr<f16>,
    a2: Ptr<bf16>,
    b2: Ptr<bf16>,
    out2: Ptr<bf16>,
) {
    let offs = arange(0, B);
    let x = load(a + offs);
    let y = load(b + offs);
    store(out + offs, x * y + x);
    store(out + B + offs, x / y);
    let p = load(a2 + offs);
    let q = load(b2 + offs);
    store(out2 + offs, p * q + p);
    store(out2 + B + offs, exp(p) as bf16);
}

#[test]
fn f16_and_bf16_round_after_every_op() {
    for seed in 0..4 {
        f16_and_bf16_round_after_every_op_with(seed);
    }
}

fn f16_and_bf16_round_after_every_op_with(seed: u64) {
    const B: usize = 64;
    let mut r = rng(seed * 1000 + 12);
    let af = f32s(&mut r, B, -2.0, 2.0);
    let bf = f32s(&mut r, B, 0.5, 2.0);
    let a: Vec<f16> = af.iter().map(|v| f16::from_f32(*v)).collect();
    let b: Vec<f16> = bf.iter().map(|v| f16::from_f32(*v)).collect();
    let a2: Vec<bf16> = af.iter().map(|v| bf16::from_f32(*v)).collect();
    let b2: Vec<bf16> = bf.iter().map(|v| bf16::from_f32(*v)).collect();
    let d = dev();
    let out = d.alloc::<f16>(2 * B).unwrap();
    let out2 = d.alloc::<bf16>(2 * B).unwrap();
    half_ops::<B>::launch(
        &d,
        Grid::x(1),
        &d.upload(&a).unwrap(),
        &d.upload(&b).unwrap(),
        &out,
        &d.upload(&a2).unwrap(),
        &d.upload(&b2).unwrap(),
        &out2,
    )
    .unwrap();
    let got = out.to_vec().unwrap();
    let got2 = out2.to_vec().unwrap();
    for i in 0..B {
        // Each op rounds to the dtype: (x*y) rounded, then + x rounded.
        let prod = f16::from_f32(a[i].to_f32() * b[i].to_f32());
        assert_eq!(
            got[i],
            f16::from_f32(prod.to_f32() + a[i].to_f32()),
            "f16 fma-free x*y+x at {i}"
        );
        assert_eq!(
            got[B + i],
            f16::from_f32(a[i].to_f32() / b[i].to_f32()),
            "f16 x/y at {i}"
        );
        let prod2 = bf16::from_f32(a2[i].to_f32() * b2[i].to_f32());
        assert_eq!(
            got2[i],
            bf16::from_f32(prod2.to_f32() + a2[i].to_f32()),
            "bf16 at {i}"
        );
        let e = bf16::from_f32(a2[i].to_f32().exp()).to_f32();
        assert!(
            (got2[B + i].to_f32() - e).abs() <= e.abs() * 8e-3,
            "bf16 exp at {i}"
        );
    }
}

#[kernel]
fn int_ops<const B: usize>(
    a: Ptr<i32>,
    b: Ptr<i32>,
    out: Ptr<i32>,
    bytes: Ptr<i8>,
    bytes_out: Ptr<i8>,
    u: Ptr<u32>,
    u_out: Ptr<u32>,
) {
    let offs = arange(0, B);
    let x = load(a + offs);
    let y = load(b + offs);
    store(out + offs, x + y);
    store(out + B + offs, x * y);
    store(out + 2 * B + offs, x / y);
    store(out + 3 * B + offs, x % y);
    store(out + 4 * B + offs, (x & y) | (x ^ 7));
    store(out + 5 * B + offs, x << (y & 15));
    store(out + 6 * B + offs, x >> (y & 15));
    store(out + 7 * B + offs, select(x < y, x, y) + (x == y) as i32);
    store(out + 8 * B + offs, !x);
    store(out + 9 * B + offs, minimum(x, y) - maximum(x, y) + abs(x));
    store(out + 10 * B + offs, cdiv(abs(x), 7));
    let s = load(bytes + offs);
    store(bytes_out + offs, s * 3 + 100);
    let w = load(u + offs);
    store(u_out + offs, (w >> 3) - 5);
}

#[test]
fn integer_ops_wrap_and_divide_by_zero_gives_zero() {
    for seed in 0..4 {
        integer_ops_wrap_and_divide_by_zero_gives_zero_with(seed);
    }
}

fn integer_ops_wrap_and_divide_by_zero_gives_zero_with(seed: u64) {
    const B: usize = 64;
    let mut r = rng(seed * 1000 + 13);
    let mut a = i32s(&mut r, B, -1_000_000, 1_000_000);
    let mut b = i32s(&mut r, B, -50, 50);
    a[0] = i32::MAX;
    b[0] = 2; // overflowing add and mul
    b[1] = 0; // division by zero
    a[2] = i32::MIN;
    b[2] = -1; // MIN / -1 wraps
    let bytes: Vec<i8> = (0..B).map(|_| r.random_range(-128..=127)).collect();
    let u: Vec<u32> = (0..B).map(|_| r.random_range(0..40)).collect();
    let d = dev();
    let out = d.alloc::<i32>(11 * B).unwrap();
    let bytes_out = d.alloc::<i8>(B).unwrap();
    let u_out = d.alloc::<u32>(B).unwrap();
    int_ops::<B>::launch(
        &d,
        Grid::x(1),
        &d.upload(&a).unwrap(),
        &d.upload(&b).unwrap(),
        &out,
        &d.upload(&bytes).unwrap(),
        &bytes_out,
        &d.upload(&u).unwrap(),
        &u_out,
    )
    .unwrap();
    let got = out.to_vec().unwrap();
    for i in 0..B {
        let (x, y) = (a[i], b[i]);
        let want = [
            x.wrapping_add(y),
            x.wrapping_mul(y),
            if y == 0 { 0 } else { x.wrapping_div(y) },
            if y == 0 { 0 } else { x.wrapping_rem(y) },
            (x & y) | (x ^ 7),
            x.wrapping_shl((y & 15) as u32),
            x >> (y & 15),
            if x < y { x } else { y } + (x == y) as i32,
            !x,
            x.min(y)
                .wrapping_sub(x.max(y))
                .wrapping_add(x.wrapping_abs()),
            x.wrapping_abs().wrapping_add(7).wrapping_sub(1) / 7,
        ];
        for (k, w) in want.iter().enumerate() {
            assert_eq!(got[k * B + i], *w, "op {k} at {i}: x={x} y={y}");
        }
    }
    let bo = bytes_out.to_vec().unwrap();
    let uo = u_out.to_vec().unwrap();
    for i in 0..B {
        assert_eq!(
            bo[i],
            bytes[i].wrapping_mul(3).wrapping_add(100),
            "i8 wrap at {i}"
        );
        assert_eq!(uo[i], (u[i] >> 3).wrapping_sub(5), "u32 wrap at {i}");
    }
}

#[kernel]
fn casts<const B: usize>(
    x: Ptr<f32>,
    i: Ptr<i32>,
    to_i8: Ptr<i8>,
    to_u8: Ptr<u8>,
    to_h: Ptr<f16>,
    to_bh: Ptr<bf16>,
    to_e4: Ptr<f8e4m3>,
    to_e5: Ptr<f8e5m2>,
    back: Ptr<f32>,
    bits: Ptr<u32>,
    from_int: Ptr<f32>,
) {
    let offs = arange(0, B);
    let v = load(x + offs);
    store(to_i8 + offs, v as i8);
    store(to_u8 + offs, v as u8);
    store(to_h + offs, v as f16);
    store(to_bh + offs, v as bf16);
    let e4 = v as f8e4m3;
    store(to_e4 + offs, e4);
    store(to_e5 + offs, cast::<f8e5m2>(v));
    store(back + offs, e4 as f32);
    store(bits + offs, bitcast::<u32>(v));
    store(from_int + offs, load(i + offs) as f32);
}

#[test]
fn casts_saturate_and_round_like_the_reference() {
    for seed in 0..4 {
        casts_saturate_and_round_like_the_reference_with(seed);
    }
}

fn casts_saturate_and_round_like_the_reference_with(seed: u64) {
    const B: usize = 128;
    let mut r = rng(seed * 1000 + 14);
    let mut x = f32s(&mut r, B, -600.0, 600.0);
    x[0] = f32::NAN;
    x[1] = 1e9;
    x[2] = -1e9;
    x[3] = 0.3;
    let ints = i32s(&mut r, B, -(1 << 30), 1 << 30);
    let d = dev();
    let to_i8 = d.alloc::<i8>(B).unwrap();
    let to_u8 = d.alloc::<u8>(B).unwrap();
    let to_h = d.alloc::<f16>(B).unwrap();
    let to_bh = d.alloc::<bf16>(B).unwrap();
    let to_e4 = d.alloc::<oxtile::F8E4M3>(B).unwrap();
    let to_e5 = d.alloc::<oxtile::F8E5M2>(B).unwrap();
    let back = d.alloc::<f32>(B).unwrap();
    let bits = d.alloc::<u32>(B).unwrap();
    let from_int = d.alloc::<f32>(B).unwrap();
    casts::<B>::launch(
        &d,
        Grid::x(1),
        &d.upload(&x).unwrap(),
        &d.upload(&ints).unwrap(),
        &to_i8,
        &to_u8,
        &to_h,
        &to_bh,
        &to_e4,
        &to_e5,
        &back,
        &bits,
        &from_int,
    )
    .unwrap();
    let (gi8, gu8, gh, gbh) = (
        to_i8.to_vec().unwrap(),
        to_u8.to_vec().unwrap(),
        to_h.to_vec().unwrap(),
        to_bh.to_vec().unwrap(),
    );
    let (ge4, ge5, gback) = (
        to_e4.to_vec().unwrap(),
        to_e5.to_vec().unwrap(),
        back.to_vec().unwrap(),
    );
    let (gbits, gfi) = (bits.to_vec().unwrap(), from_int.to_vec().unwrap());
    for k in 0..B {
        let v = x[k];
        assert_eq!(gi8[k], v as i8, "f32 -> i8 saturates, NaN -> 0 ({v})");
        assert_eq!(gu8[k], v as u8, "f32 -> u8 ({v})");
        assert_eq!(
            gh[k].to_bits(),
            f16::from_f32(v).to_bits(),
            "f32 -> f16 ({v})"
        );
        assert_eq!(
            gbh[k].to_bits(),
            bf16::from_f32(v).to_bits(),
            "f32 -> bf16 ({v})"
        );
        assert_eq!(ge4[k], oxtile::numeric::f32_to_e4m3(v), "f32 -> e4m3 ({v})");
        assert_eq!(ge5[k], oxtile::numeric::f32_to_e5m2(v), "f32 -> e5m2 ({v})");
        let e4 = oxtile::numeric::e4m3_to_f32(ge4[k]);
        assert!(
            gback[k] == e4 || (gback[k].is_nan() && e4.is_nan()),
            "e4m3 -> f32 ({v})"
        );
        assert_eq!(gbits[k], v.to_bits(), "bitcast ({v})");
        assert_eq!(gfi[k], ints[k] as f32, "i32 -> f32 rounds to nearest");
        if v.is_finite() && v.abs() <= 448.0 {
            // E4M3 keeps 3 mantissa bits: relative error at most 2^-4 for normal values.
            assert!(
                (e4 - v).abs() <= v.abs() / 16.0 + 1.0 / 512.0,
                "e4m3 rounding of {v}: {e4}"
            );
        }
    }
    assert_eq!(
        oxtile::numeric::e4m3_to_f32(ge4[1]),
        448.0,
        "E4M3 saturates to 448"
    );
    assert!(
        oxtile::numeric::e5m2_to_f32(ge5[1]).is_infinite(),
        "E5M2 overflows to inf"
    );
}

#[kernel]
fn wide_types<const B: usize>(
    a: Ptr<i64>,
    b: Ptr<u64>,
    c: Ptr<i16>,
    d: Ptr<u16>,
    e: Ptr<f64>,
    f: Ptr<bool>,
    out_a: Ptr<i64>,
    out_b: Ptr<u64>,
    out_c: Ptr<i16>,
    out_d: Ptr<u16>,
    out_e: Ptr<f64>,
    out_f: Ptr<bool>,
) {
    let offs = arange(0, B);
    store(out_a + offs, load(a + offs) * 3 - 1);
    store(out_b + offs, (load(b + offs) ^ 0xff) + 1);
    store(out_c + offs, load(c + offs) * 7);
    store(out_d + offs, load(d + offs) >> 2);
    let x = load(e + offs);
    store(out_e + offs, sqrt(x) * 1.5 + exp(x - 10.0));
    let m = load(f + offs);
    store(out_f + offs, !m | (x > 50.0));
}

#[test]
fn sixty_four_and_sixteen_bit_ints_f64_and_bool() {
    for seed in 0..4 {
        sixty_four_and_sixteen_bit_ints_f64_and_bool_with(seed);
    }
}

fn sixty_four_and_sixteen_bit_ints_f64_and_bool_with(seed: u64) {
    const B: usize = 64;
    let mut r = rng(seed * 1000 + 15);
    let a: Vec<i64> = (0..B)
        .map(|_| r.random_range(i64::MIN / 2..i64::MAX / 2))
        .collect();
    let b: Vec<u64> = (0..B).map(|_| r.random()).collect();
    let c: Vec<i16> = (0..B).map(|_| r.random()).collect();
    let dd: Vec<u16> = (0..B).map(|_| r.random()).collect();
    let e: Vec<f64> = (0..B).map(|_| r.random_range(0.0..100.0)).collect();
    let f: Vec<bool> = (0..B).map(|_| r.random()).collect();
    let d = dev();
    let (oa, ob, oc) = (
        d.alloc::<i64>(B).unwrap(),
        d.alloc::<u64>(B).unwrap(),
        d.alloc::<i16>(B).unwrap(),
    );
    let (od, oe, of) = (
        d.alloc::<u16>(B).unwrap(),
        d.alloc::<f64>(B).unwrap(),
        d.alloc::<bool>(B).unwrap(),
    );
    let launch = |d: &oxtile::Device| {
        wide_types::<B>::launch(
            d,
            Grid::x(1),
            &d.upload(&a).unwrap(),
            &d.upload(&b).unwrap(),
            &d.upload(&c).unwrap(),
            &d.upload(&dd).unwrap(),
            &d.upload(&e).unwrap(),
            &d.upload(&f).unwrap(),
            &oa,
            &ob,
            &oc,
            &od,
            &oe,
            &of,
        )
    };
    if refuses("64-bit") {
        assert_refused(launch(&d), "64-bit");
        return;
    }
    launch(&d).unwrap();
    let (ga, gb, gc) = (
        oa.to_vec().unwrap(),
        ob.to_vec().unwrap(),
        oc.to_vec().unwrap(),
    );
    let (gd, ge, gf) = (
        od.to_vec().unwrap(),
        oe.to_vec().unwrap(),
        of.to_vec().unwrap(),
    );
    for i in 0..B {
        assert_eq!(ga[i], a[i].wrapping_mul(3).wrapping_sub(1));
        assert_eq!(gb[i], (b[i] ^ 0xff).wrapping_add(1));
        assert_eq!(gc[i], c[i].wrapping_mul(7));
        assert_eq!(gd[i], dd[i] >> 2);
        let want = e[i].sqrt() * 1.5 + (e[i] - 10.0).exp();
        assert!(
            (ge[i] - want).abs() <= want.abs() * 1e-14,
            "f64 at {i}: {} vs {want}",
            ge[i]
        );
        assert_eq!(gf[i], !f[i] | (e[i] > 50.0));
    }
}

#[kernel]
fn widen<const B: usize>(
    u: Ptr<u32>,
    i: Ptr<i32>,
    h: Ptr<u16>,
    u_i64: Ptr<i64>,
    u_u64: Ptr<u64>,
    i_i64: Ptr<i64>,
    i_u64: Ptr<u64>,
    h_i64: Ptr<i64>,
) {
    let offs = arange(0, B);
    let x = load(u + offs);
    store(u_i64 + offs, x as i64);
    store(u_u64 + offs, x as u64);
    let y = load(i + offs);
    store(i_i64 + offs, y as i64);
    store(i_u64 + offs, y as u64);
    store(h_i64 + offs, load(h + offs) as i64);
}

/// Widening integer casts keep the value (zero-extending unsigned sources, sign-extending
/// signed ones, as Rust's `as`). wgpu once sign-extended `u32 as i64`: 0x8000_0000 became
/// -2^31.
#[test]
fn widening_integer_casts_keep_the_value() {
    const B: usize = 64;
    let mut r = rng(16);
    let mut u: Vec<u32> = (0..B).map(|_| r.random()).collect();
    u[..4].copy_from_slice(&[0x8000_0000, 0xffff_ffff, 0x7fff_ffff, 1]);
    let mut i: Vec<i32> = (0..B).map(|_| r.random()).collect();
    i[..3].copy_from_slice(&[i32::MIN, -1, i32::MAX]);
    let h: Vec<u16> = (0..B).map(|_| r.random()).collect();
    let d = dev();
    let outs_i64: Vec<_> = (0..3).map(|_| d.alloc::<i64>(B).unwrap()).collect();
    let outs_u64: Vec<_> = (0..2).map(|_| d.alloc::<u64>(B).unwrap()).collect();
    let got = widen::<B>::launch(
        &d,
        Grid::x(1),
        &d.upload(&u).unwrap(),
        &d.upload(&i).unwrap(),
        &d.upload(&h).unwrap(),
        &outs_i64[0],
        &outs_u64[0],
        &outs_i64[1],
        &outs_u64[1],
        &outs_i64[2],
    );
    if refuses("64-bit") {
        assert_refused(got, "64-bit");
        return;
    }
    got.unwrap();
    let (ui, uu) = (outs_i64[0].to_vec().unwrap(), outs_u64[0].to_vec().unwrap());
    let (ii, iu) = (outs_i64[1].to_vec().unwrap(), outs_u64[1].to_vec().unwrap());
    let hi = outs_i64[2].to_vec().unwrap();
    for k in 0..B {
        assert_eq!(ui[k], u[k] as i64, "u32 {:#x} as i64", u[k]);
        assert_eq!(uu[k], u[k] as u64, "u32 {:#x} as u64", u[k]);
        assert_eq!(ii[k], i[k] as i64, "i32 {} as i64", i[k]);
        assert_eq!(iu[k], i[k] as u64, "i32 {} as u64", i[k]);
        assert_eq!(hi[k], h[k] as i64, "u16 {} as i64", h[k]);
    }
}

// ---- f64 math --------------------------------------------------------------------------------
// Few functions per kernel: the WGSL backend's own f64 functions are long (sin's exact argument
// reduction, pow), so lavapipe takes about as long for two kernels as for one with both, and
// the CUDA emulator compiles each kernel with a C++ compiler.

/// Elements per program of the f64 math kernels: a workgroup on wgpu, so one element per
/// thread and each function's code compiled once.
const B64: usize = 64;

#[kernel]
fn f64_logs<const B: usize>(x: Ptr<f64>, ln: Ptr<f64>, lg2: Ptr<f64>) {
    let offs = program_id(0) * B + arange(0, B);
    let v = load(x + offs);
    store(ln + offs, log(v));
    store(lg2 + offs, log2(v));
}

#[kernel]
fn f64_sin_cos<const B: usize>(x: Ptr<f64>, s: Ptr<f64>, c: Ptr<f64>) {
    let offs = program_id(0) * B + arange(0, B);
    let v = load(x + offs);
    store(s + offs, sin(v));
    store(c + offs, cos(v));
}

#[kernel]
fn f64_tanh_erf<const B: usize>(x: Ptr<f64>, t: Ptr<f64>, e: Ptr<f64>) {
    let offs = program_id(0) * B + arange(0, B);
    let v = load(x + offs);
    store(t + offs, tanh(v));
    store(e + offs, erf(v));
}

#[kernel]
fn f64_pow<const B: usize>(x: Ptr<f64>, y: Ptr<f64>, out: Ptr<f64>) {
    let offs = program_id(0) * B + arange(0, B);
    store(out + offs, pow(load(x + offs), load(y + offs)));
}

#[kernel]
fn f64_rem<const B: usize>(x: Ptr<f64>, y: Ptr<f64>, out: Ptr<f64>) {
    let offs = program_id(0) * B + arange(0, B);
    store(out + offs, load(x + offs) % load(y + offs));
}

#[kernel]
fn f64_fma<const B: usize>(x: Ptr<f64>, y: Ptr<f64>, z: Ptr<f64>, out: Ptr<f64>) {
    let offs = program_id(0) * B + arange(0, B);
    store(
        out + offs,
        fma(load(x + offs), load(y + offs), load(z + offs)),
    );
}

/// The most ulps `backend()`'s f64 `name` may be from the host's function (what the
/// interpreter calls: Rust's `f64` methods, `numeric::erf`).
fn f64_tolerance(name: &str) -> u64 {
    match (backend().as_str(), name) {
        // The interpreter is the reference; `%` (fmod) and `fma` are exact everywhere.
        ("interpreter" | "cpu", _) | (_, "rem" | "fma") => 0,
        // fdlibm's tanh (glibc's too) is up to 2 ulps from the exact value, so two of them
        // built differently (the host's uses FMA contractions) can be 3 apart.
        ("wgpu", "tanh") => 4,
        // The WGSL backend's ports of fdlibm: within an ulp of the host's (measured).
        ("wgpu", _) => 1,
        // CUDA's double functions are documented within 2 ulps of the exact value (tanh of
        // the host within 2 more); emulated, they are the host C library's (whose erf is not
        // the `libm` crate's).
        (_, "tanh") => 4,
        _ => 3,
    }
}

/// The special values every f64 math test starts with: zeros, infinities, NaN, the ends of
/// the normal and subnormal ranges, a few ordinary numbers.
const SPECIAL_F64: [f64; 16] = [
    0.0,
    -0.0,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::NAN,
    f64::MIN_POSITIVE,
    -f64::MIN_POSITIVE,
    5e-324,
    -2.5e-320,
    f64::MAX,
    f64::MIN,
    1.0,
    -1.0,
    0.5,
    2.0,
    -3.0,
];

/// A random f64 of random sign whose magnitude is in `[2^lo, 2^hi)`, uniform in the exponent.
fn f64_of_magnitude(r: &mut rand::rngs::StdRng, lo: i32, hi: i32) -> f64 {
    let x = r.random_range(1.0f64..2.0) * 2f64.powi(r.random_range(lo..hi));
    if r.random() { -x } else { x }
}

/// `n` (a multiple of `B64`) inputs: the special values, then `make(r, i)`.
fn f64_inputs(
    r: &mut rand::rngs::StdRng,
    n: usize,
    mut make: impl FnMut(&mut rand::rngs::StdRng, usize) -> f64,
) -> Vec<f64> {
    let mut x: Vec<f64> = (0..n).map(|i| make(r, i)).collect();
    x[..SPECIAL_F64.len()].copy_from_slice(&SPECIAL_F64);
    x
}

/// A reference function of the f64 math tests: the host's, on one element's arguments.
type Reference = fn(&[f64]) -> f64;

/// Runs `launch` (an f64 math kernel over `n / B64` programs, writing one output per entry of
/// `functions`) on `dev()`, unless the backend refuses 64-bit types (then it must say so),
/// and checks each output against its host function with the backend's tolerance for it.
fn check_f64_math(
    args: &[Vec<f64>],
    functions: &[(&str, Reference)],
    launch: impl Fn(&Device, Grid, &[Buffer<f64>], &[Buffer<f64>]) -> Result<(), LaunchError>,
) {
    let n = args[0].len();
    let d = dev();
    let bufs: Vec<Buffer<f64>> = args.iter().map(|a| d.upload(a).unwrap()).collect();
    let outs: Vec<Buffer<f64>> = functions.iter().map(|_| d.alloc(n).unwrap()).collect();
    let started = std::time::Instant::now();
    let result = launch(&d, Grid::x((n / B64) as u32), &bufs, &outs);
    if refuses("64-bit") {
        assert_refused(result, "64-bit");
        return;
    }
    result.unwrap();
    d.synchronize().unwrap();
    // Mostly compiling the kernel (lavapipe: about a second for sin's exact reduction).
    eprintln!("f64 {}: ran in {:?}", functions[0].0, started.elapsed());
    for ((name, reference), out) in functions.iter().zip(&outs) {
        let got = out.to_vec().unwrap();
        let want: Vec<f64> = (0..n)
            .map(|i| reference(&args.iter().map(|a| a[i]).collect::<Vec<_>>()))
            .collect();
        let worst = assert_within_ulps(name, &got, &want, f64_tolerance(name), |i| {
            args.iter()
                .map(|a| format!("{:e}", a[i]))
                .collect::<Vec<_>>()
                .join(", ")
        });
        eprintln!("f64 {name}: at most {worst} ulps from the host on {n} inputs");
    }
}

/// f64 `log` and `log2`: every binade (subnormals too), near 1, negative arguments (NaN).
#[test]
fn f64_log_and_log2_match_the_host() {
    let mut r = rng(2601);
    let x = f64_inputs(&mut r, 2048, |r, i| match i % 4 {
        0 => f64_of_magnitude(r, -1074, 1024).abs(),
        1 => r.random_range(0.25..4.0),
        2 => 1.0 + r.random_range(-1e-6..1e-6),
        _ => f64_of_magnitude(r, -1074, 1024),
    });
    check_f64_math(
        &[x],
        &[("log", |a| a[0].ln()), ("log2", |a| a[0].log2())],
        |d, g, b, o| f64_logs::<B64>::launch(d, g, &b[0], &o[0], &o[1]),
    );
}

/// f64 `sin` and `cos`: small and medium arguments, huge ones (up to f64::MAX, where only an
/// exact reduction by π/2 gets the right value), and arguments next to multiples of π/2.
#[test]
fn f64_sin_and_cos_match_the_host() {
    let mut r = rng(2602);
    let x = f64_inputs(&mut r, 2048, |r, i| match i % 5 {
        0 => r.random_range(-10.0..10.0),
        1 => f64_of_magnitude(r, -60, 20),
        2 => f64_of_magnitude(r, 20, 1024),
        3 => {
            let k = r.random_range(-(1i64 << 40)..1i64 << 40) as f64;
            f64::from_bits((k * std::f64::consts::FRAC_PI_2).to_bits() ^ r.random_range(0..4))
        }
        _ => r.random_range(-1e6..1e6),
    });
    // 2^20 pi/2, where the WGSL backend changes reductions. (Not 6381956970095103 2^797, the
    // double closest to a multiple of pi/2: glibc's cos is 8 ulps off there; the WGSL
    // backend's unit tests check it against the exact value.)
    let mut x = x;
    x[SPECIAL_F64.len()..][..2].copy_from_slice(&[1647099.3291652855, -1647099.3291652857]);
    check_f64_math(
        &[x],
        &[("sin", |a| a[0].sin()), ("cos", |a| a[0].cos())],
        |d, g, b, o| f64_sin_cos::<B64>::launch(d, g, &b[0], &o[0], &o[1]),
    );
}

/// f64 `tanh` and `erf`: their interesting ranges, tiny and subnormal arguments, saturation.
#[test]
fn f64_tanh_and_erf_match_the_host() {
    let mut r = rng(2603);
    let x = f64_inputs(&mut r, 2048, |r, i| match i % 4 {
        0 => r.random_range(-6.0..6.0),
        1 => r.random_range(-1.0..1.0),
        2 => f64_of_magnitude(r, -1074, -20),
        _ => f64_of_magnitude(r, -20, 1024),
    });
    check_f64_math(
        &[x],
        &[
            ("tanh", |a| a[0].tanh()),
            ("erf", |a| oxtile::numeric::erf(a[0])),
        ],
        |d, g, b, o| f64_tanh_erf::<B64>::launch(d, g, &b[0], &o[0], &o[1]),
    );
}

/// f64 `pow`: every pair of special values, bases of every kind against integer, fractional
/// and huge exponents (overflow, underflow to subnormals and zero, negative bases).
#[test]
fn f64_pow_matches_the_host() {
    let r = &mut rng(2604);
    let n = 2048;
    let specials = SPECIAL_F64.len();
    let mut x = vec![0.0; n];
    let mut y = vec![0.0; n];
    for i in 0..n {
        if i < specials * specials {
            (x[i], y[i]) = (SPECIAL_F64[i / specials], SPECIAL_F64[i % specials]);
            continue;
        }
        x[i] = match i % 4 {
            0 => r.random_range(0.0..4.0),
            1 => f64_of_magnitude(r, -1074, 1024),
            2 => r.random_range(-4.0..4.0),
            _ => 1.0 + r.random_range(-1e-3..1e-3),
        };
        y[i] = match (i / 4) % 4 {
            0 => r.random_range(-40i32..40) as f64,
            1 => r.random_range(-3.0..3.0),
            2 => r.random_range(-1100.0..1100.0),
            _ => f64_of_magnitude(r, -60, 70),
        };
    }
    check_f64_math(&[x, y], &[("pow", |a| a[0].powf(a[1]))], |d, g, b, o| {
        f64_pow::<B64>::launch(d, g, &b[0], &b[1], &o[0])
    });
}

/// f64 `%` is C's `fmod` (Rust's `%`), exact: every pair of special values, quotients of every
/// size (up to 2^2098, the longest division), subnormal divisors and results.
#[test]
fn f64_rem_is_exact() {
    let r = &mut rng(2605);
    let n = 2048;
    let specials = SPECIAL_F64.len();
    let mut x = vec![0.0; n];
    let mut y = vec![0.0; n];
    for i in 0..n {
        if i < specials * specials {
            (x[i], y[i]) = (SPECIAL_F64[i / specials], SPECIAL_F64[i % specials]);
            continue;
        }
        (x[i], y[i]) = match i % 4 {
            0 => (r.random_range(-100.0..100.0), r.random_range(-7.0..7.0)),
            1 => (
                f64_of_magnitude(r, -1074, 1024),
                f64_of_magnitude(r, -1074, 1024),
            ),
            2 => (
                f64_of_magnitude(r, 900, 1024),
                f64_of_magnitude(r, -1074, -1000),
            ),
            _ => (
                f64_of_magnitude(r, -1074, -1000),
                f64_of_magnitude(r, -1074, -1020),
            ),
        };
    }
    check_f64_math(&[x, y], &[("rem", |a| a[0] % a[1])], |d, g, b, o| {
        f64_rem::<B64>::launch(d, g, &b[0], &b[1], &o[0])
    });
}

/// f64 `fma` rounds once: special values, every magnitude, subnormal results, and products
/// cancelled exactly or nearly by the addend.
#[test]
fn f64_fma_is_exact() {
    let mut r = rng(2606);
    let n = 2048;
    let mut make = |r: &mut rand::rngs::StdRng, i: usize| match i % 4 {
        0 => f64::from_bits(r.random()),
        1 => r.random_range(-4.0..4.0),
        2 => f64_of_magnitude(r, -1074, 1024),
        _ => f64_of_magnitude(r, -540, -500),
    };
    let x = f64_inputs(&mut r, n, &mut make);
    let mut y: Vec<f64> = (0..n).map(|i| make(&mut r, i)).collect();
    y.rotate_left(5);
    let mut z: Vec<f64> = (0..n).map(|i| make(&mut r, i + 1)).collect();
    for i in (0..n).step_by(5) {
        // The negated product, or it with its last bit changed.
        z[i] = f64::from_bits((-(x[i] * y[i])).to_bits() ^ ((i as u64 / 5) & 1));
    }
    check_f64_math(
        &[x, y, z],
        &[("fma", |a| a[0].mul_add(a[1], a[2]))],
        |d, g, b, o| f64_fma::<B64>::launch(d, g, &b[0], &b[1], &b[2], &o[0]),
    );
}

// ---- rounding to integers --------------------------------------------------------------------
// lavapipe (Mesa 22.3.6) computes f64 `trunc` and `round` wrongly: x itself for |x| >= 2^24, +0
// for -1 < x < 0, and (`round`) ties and values up to 2^-25 above them toward zero; and Mesa
// rewrites the conversion pair `f64(i32(x))` as `trunc(x)`. The language has no `trunc` or
// `round`: these tests pin down what it has, `floor`, `ceil` and casts through the integers.

#[kernel]
fn f64_integral<const B: usize>(
    x: Ptr<f64>,
    k: Ptr<i64>,
    u: Ptr<u64>,
    out: Ptr<f64>,
    to_i64: Ptr<i64>,
    to_u64: Ptr<u64>,
    n: i32,
) {
    let offs = program_id(0) * B + arange(0, B);
    let v = load(x + offs);
    store(out + offs, floor(v));
    store(out + n + offs, ceil(v));
    store(out + 2 * n + offs, (v as i64) as f64);
    store(out + 3 * n + offs, (v as i32) as f64);
    store(out + 4 * n + offs, (v as u32) as f64);
    store(out + 5 * n + offs, (v as f32) as f64);
    store(out + 6 * n + offs, load(k + offs) as f64);
    store(out + 7 * n + offs, load(u + offs) as f64);
    store(to_i64 + offs, v as i64);
    store(to_u64 + offs, v as u64);
}

/// The reference of one f64 result of [`f64_integral`], from an element's `x`, `k` and `u`.
type IntegralReference = fn(f64, i64, u64) -> f64;

/// The f64 results of [`f64_integral`], in the order of its rows, with their references.
const F64_INTEGRAL: [(&str, IntegralReference); 8] = [
    ("floor", |x, _, _| x.floor()),
    ("ceil", |x, _, _| x.ceil()),
    ("f64 -> i64 -> f64", |x, _, _| x as i64 as f64),
    ("f64 -> i32 -> f64", |x, _, _| x as i32 as f64),
    ("f64 -> u32 -> f64", |x, _, _| x as u32 as f64),
    ("f64 -> f32 -> f64", |x, _, _| x as f32 as f64),
    ("i64 -> f64", |_, k, _| k as f64),
    ("u64 -> f64", |_, _, u| u as f64),
];

/// f64 `floor` and `ceil`, and casts from f64 to integers (and back) and from 64-bit integers,
/// are exact, as Rust's `as` (truncating, saturating, NaN to 0, +0 from -1 < x < 0), at every
/// magnitude: every binade, fractions above 2^24 (where lavapipe's f64 `trunc` gives x back),
/// halves, neighbours of integers, of 2^31, 2^32, 2^63 and 2^64, and any bit pattern; integers
/// rounded to 53 bits, ties included.
#[test]
fn f64_floor_ceil_and_integer_casts_are_exact() {
    const N: usize = 1024;
    let r = &mut rng(2607);
    let mut x = f64_inputs(r, N, |r, i| match i % 8 {
        0 => f64_of_magnitude(r, -1074, 1024),
        1 => f64_of_magnitude(r, 0, 65),
        2 => {
            let k = f64_of_magnitude(r, 0, 52).trunc();
            k + 0.5f64.copysign(k)
        }
        3 => {
            let k = f64_of_magnitude(r, 1, 62).trunc();
            f64::from_bits(k.to_bits() + r.random_range(0..5) - 2)
        }
        4 => f64_of_magnitude(r, 24, 53),
        5 => f64_of_magnitude(r, -60, 0),
        6 => {
            let edge = 2f64.powi([31, 32, 63, 64][r.random_range(0..4)]);
            let v = f64::from_bits(edge.to_bits() + r.random_range(0..5) - 2);
            if r.random() { -v } else { v }
        }
        _ => f64::from_bits(r.random()),
    });
    let edges = [
        16777216.5,
        -16777216.5,
        33554431.5,
        4503599627370495.5,
        -4503599627370495.5,
        2147483647.5,
        -2147483648.5,
        -2147483649.0,
        4294967295.5,
        9223372036854774784.0,
        -9223372036854777856.0,
        18446744073709549568.0,
        -0.5,
        -0.9999999999999999,
        0.9999999999999999,
        -1e-300,
    ];
    x[SPECIAL_F64.len()..][..edges.len()].copy_from_slice(&edges);
    let mut k: Vec<i64> = (0..N)
        .map(|i| match i % 3 {
            0 => r.random::<i64>() >> r.random_range(0..64),
            // Near 2^53..2^62, where i64 -> f64 rounds (ties to even).
            1 => {
                let v = (1i64 << r.random_range(53..63)) + r.random_range(-8..8);
                if r.random() { -v } else { v }
            }
            _ => r.random(),
        })
        .collect();
    k[..4].copy_from_slice(&[i64::MIN, i64::MAX, (1 << 53) + 1, -(1 << 53) - 3]);
    let mut u: Vec<u64> = (0..N)
        .map(|i| match i % 3 {
            0 => r.random::<u64>() >> r.random_range(0..64),
            1 => (1u64 << r.random_range(53..64)).wrapping_add_signed(r.random_range(-8..8)),
            _ => r.random(),
        })
        .collect();
    u[..3].copy_from_slice(&[u64::MAX, (1 << 63) + 1024, (1 << 53) + 1]);
    let d = dev();
    let out = d.alloc::<f64>(N * F64_INTEGRAL.len()).unwrap();
    let (to_i64, to_u64) = (d.alloc::<i64>(N).unwrap(), d.alloc::<u64>(N).unwrap());
    let started = std::time::Instant::now();
    let result = f64_integral::<B64>::launch(
        &d,
        Grid::x((N / B64) as u32),
        &d.upload(&x).unwrap(),
        &d.upload(&k).unwrap(),
        &d.upload(&u).unwrap(),
        &out,
        &to_i64,
        &to_u64,
        N as i32,
    );
    if refuses("64-bit") {
        assert_refused(result, "64-bit");
        return;
    }
    result.unwrap();
    d.synchronize().unwrap();
    eprintln!("f64 floor, ceil and casts: ran in {:?}", started.elapsed());
    let got = out.to_vec().unwrap();
    for (row, (name, reference)) in F64_INTEGRAL.iter().enumerate() {
        let want: Vec<f64> = (0..N).map(|i| reference(x[i], k[i], u[i])).collect();
        assert_within_ulps(name, &got[row * N..][..N], &want, 0, |i| {
            format!("{:e}, {}, {}", x[i], k[i], u[i])
        });
    }
    let (gi, gu) = (to_i64.to_vec().unwrap(), to_u64.to_vec().unwrap());
    for i in 0..N {
        assert_eq!(gi[i], x[i] as i64, "{:e} as i64", x[i]);
        assert_eq!(gu[i], x[i] as u64, "{:e} as u64", x[i]);
    }
}

/// A reference function of [`f32_integral`]'s results.
type F32Reference = fn(f32) -> f32;

#[kernel]
fn f32_integral<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let v = load(x + offs);
    store(out + offs, floor(v));
    store(out + n + offs, ceil(v));
    store(out + 2 * n + offs, (v as i32) as f32);
    store(out + 3 * n + offs, (v as u32) as f32);
}

/// f32 `floor`, `ceil` and casts through i32 and u32 are exact at every magnitude, with the
/// sign of a zero (+0 from a cast of -1 < x < 0): every binade, halves, neighbours of integers,
/// of 2^24, 2^31 and 2^32, and any bit pattern.
#[test]
fn f32_floor_ceil_and_integer_casts_are_exact() {
    const N: usize = 1024;
    let r = &mut rng(2608);
    let mut x: Vec<f32> = (0..N)
        .map(|i| {
            let v = match i % 5 {
                0 => r.random_range(1.0f32..2.0) * 2f32.powi(r.random_range(-149..128)),
                1 => {
                    let k = r.random_range(1.0f32..2.0) * 2f32.powi(r.random_range(0..23));
                    k.trunc() + 0.5
                }
                2 => {
                    let k =
                        (r.random_range(1.0f32..2.0) * 2f32.powi(r.random_range(1..34))).trunc();
                    f32::from_bits(k.to_bits() + r.random_range(0..5) - 2)
                }
                3 => {
                    let edge = 2f32.powi([24, 31, 32][r.random_range(0..3)]);
                    f32::from_bits(edge.to_bits() + r.random_range(0..5) - 2)
                }
                _ => f32::from_bits(r.random()),
            };
            if r.random() { -v } else { v }
        })
        .collect();
    x[..8].copy_from_slice(&[
        0.0,
        -0.0,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        -0.5,
        1e-45,
        -1e-45,
    ]);
    let d = dev();
    let out = d.alloc::<f32>(4 * N).unwrap();
    f32_integral::<64>::launch(
        &d,
        Grid::x((N / 64) as u32),
        &d.upload(&x).unwrap(),
        &out,
        N as i32,
    )
    .unwrap();
    let got = out.to_vec().unwrap();
    let references: [(&str, F32Reference); 4] = [
        ("floor", f32::floor),
        ("ceil", f32::ceil),
        ("f32 -> i32 -> f32", |v| v as i32 as f32),
        ("f32 -> u32 -> f32", |v| v as u32 as f32),
    ];
    for (row, (name, reference)) in references.iter().enumerate() {
        for i in 0..N {
            let (g, w) = (got[row * N + i], reference(x[i]));
            assert!(
                g.to_bits() == w.to_bits() || (g.is_nan() && w.is_nan()),
                "{name}({:e}) = {g:e}, want {w:e}",
                x[i]
            );
        }
    }
}

/// `round` on any float dtype: one generic kernel.
#[kernel]
fn round_k<T: Float, const B: usize>(x: Ptr<T>, out: Ptr<T>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    store(out + offs, round(load(x + offs, m)), m);
    store(out + n + offs, trunc(load(x + offs, m)), m);
}

/// Halfway cases, signed zeros, huge values, infinities and NaN, then random values.
fn round_inputs(r: &mut rand::rngs::StdRng) -> Vec<f64> {
    let mut v = vec![
        0.5,
        1.5,
        2.5,
        3.5,
        -0.5,
        -1.5,
        -2.5,
        -3.5,
        0.49,
        -0.49,
        0.51,
        1.0,
        -1.0,
        0.0,
        -0.0,
        -0.3,
        1e10 + 0.5,
        1e10 + 1.5,
        4_503_599_627_370_495.5,
        33554433.0,
        16777217.5,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        1023.5,
        1024.5,
        2047.5,
    ];
    v.extend((0..200).map(|_| r.random_range(-3000.0..3000.0f64)));
    v.extend((0..100).map(|_| (r.random_range(-2000..2000) as f64) + 0.5));
    v
}

/// Launches `round_k` at `T` on `x` and compares bit for bit with Rust's `round_ties_even`
/// (and `trunc`, the second half of the output).
fn round_at<T: Float>(
    x: &[T],
    reference: fn(T) -> T,
    trunc: fn(T) -> T,
    bits: fn(T) -> u64,
    nan: fn(T) -> bool,
) {
    let d = dev();
    let n = x.len();
    let xd = d.upload(x).unwrap();
    let out = d.alloc::<T>(2 * n).unwrap();
    round_k::<T, 128>::launch(&d, Grid::x(n.div_ceil(128) as u32), &xd, &out, n as i32).unwrap();
    let got = out.to_vec().unwrap();
    for i in 0..n {
        let want = trunc(x[i]);
        assert!(
            bits(got[n + i]) == bits(want) || (nan(got[n + i]) && nan(want)),
            "{:?} trunc({:?}) = {:?}, want {:?}",
            T::DTYPE,
            x[i],
            got[n + i],
            want
        );
    }
    for i in 0..n {
        let want = reference(x[i]);
        assert!(
            bits(got[i]) == bits(want) || (nan(got[i]) && nan(want)),
            "{:?} round({:?}) = {:?}, want {:?}",
            T::DTYPE,
            x[i],
            got[i],
            want
        );
    }
}

#[test]
fn round_takes_halfway_cases_to_even_and_trunc_goes_toward_zero() {
    let v = round_inputs(&mut rng(90));
    let f32s: Vec<f32> = v.iter().map(|x| *x as f32).collect();
    round_at::<f32>(
        &f32s,
        f32::round_ties_even,
        f32::trunc,
        |x| x.to_bits() as u64,
        f32::is_nan,
    );
    let h: Vec<f16> = v.iter().map(|x| f16::from_f64(*x)).collect();
    round_at::<f16>(
        &h,
        |x| f16::from_f32(x.to_f32().round_ties_even()),
        |x| f16::from_f32(x.to_f32().trunc()),
        |x| x.to_bits() as u64,
        f16::is_nan,
    );
    let b: Vec<bf16> = v.iter().map(|x| bf16::from_f64(*x)).collect();
    round_at::<bf16>(
        &b,
        |x| bf16::from_f32(x.to_f32().round_ties_even()),
        |x| bf16::from_f32(x.to_f32().trunc()),
        |x| x.to_bits() as u64,
        bf16::is_nan,
    );
    if !refuses("64-bit") {
        round_at::<f64>(
            &v,
            f64::round_ties_even,
            f64::trunc,
            f64::to_bits,
            f64::is_nan,
        );
    }
}

/// `clz` and `popc` (Triton's `libdevice.clz`/`popc`) on the two's complement pattern in
/// each integer width.
#[kernel]
fn bit_counts<T: Int, const B: usize>(x: Ptr<T>, lz: Ptr<T>, ones: Ptr<T>) {
    let offs = arange(0, B);
    let v = load(x + offs);
    store(lz + offs, clz(v));
    store(ones + offs, v.popc());
}

fn check_bit_counts<T: oxtile::Int + oxtile::Element + Copy + std::fmt::Debug + PartialEq>(
    vals: Vec<T>,
    bits: u32,
    pattern: impl Fn(T) -> u64,
    from: impl Fn(u32) -> T,
) {
    const B: usize = 64;
    let d = dev();
    if bits == 64 && refuses("64-bit") {
        return;
    }
    let xd = d.upload(&vals).unwrap();
    let (lz, ones) = (d.alloc::<T>(B).unwrap(), d.alloc::<T>(B).unwrap());
    bit_counts::<T, B>::launch(&d, Grid::x(1), &xd, &lz, &ones).unwrap();
    let want_lz: Vec<T> = vals
        .iter()
        .map(|v| from(pattern(*v).leading_zeros() - (64 - bits)))
        .collect();
    let want_ones: Vec<T> = vals
        .iter()
        .map(|v| from(pattern(*v).count_ones()))
        .collect();
    assert_eq!(lz.to_vec().unwrap(), want_lz, "clz at {bits} bits");
    assert_eq!(ones.to_vec().unwrap(), want_ones, "popc at {bits} bits");
}

#[test]
fn clz_and_popc_count_the_bits_of_every_integer_width() {
    let mut r = rng(31);
    let mut ints = |lo: i64, hi: i64| -> Vec<i64> {
        let mut v: Vec<i64> = (0..60)
            .map(|_| rand::Rng::random_range(&mut r, lo..=hi))
            .collect();
        v.extend([0, -1, lo, hi]);
        v
    };
    let v = ints(i8::MIN.into(), i8::MAX.into());
    check_bit_counts(
        v.iter().map(|x| *x as i8).collect(),
        8,
        |x: i8| x as u8 as u64,
        |n| n as i8,
    );
    let v = ints(i16::MIN.into(), i16::MAX.into());
    check_bit_counts(
        v.iter().map(|x| *x as i16).collect(),
        16,
        |x: i16| x as u16 as u64,
        |n| n as i16,
    );
    let v = ints(i32::MIN.into(), i32::MAX.into());
    check_bit_counts(
        v.iter().map(|x| *x as i32).collect(),
        32,
        |x: i32| x as u32 as u64,
        |n| n as i32,
    );
    check_bit_counts(
        v.iter().map(|x| *x as u32).collect(),
        32,
        |x: u32| x as u64,
        |n| n,
    );
    let v = ints(0, u8::MAX.into());
    check_bit_counts(
        v.iter().map(|x| *x as u8).collect(),
        8,
        |x: u8| x as u64,
        |n| n as u8,
    );
    let v = ints(i64::MIN, i64::MAX);
    check_bit_counts(v.clone(), 64, |x: i64| x as u64, |n| n as i64);
    check_bit_counts(
        v.iter().map(|x| *x as u64).collect(),
        64,
        |x: u64| x,
        |n| n as u64,
    );
}

/// `umulhi(a, b)`: the high half of the double-width product (signed for signed dtypes).
#[kernel]
fn mul_high<T: Int, const B: usize>(a: Ptr<T>, b: Ptr<T>, out: Ptr<T>) {
    let offs = arange(0, B);
    store(out + offs, umulhi(load(a + offs), load(b + offs)));
}

fn check_mul_high<T: oxtile::Int + oxtile::Element + Copy + std::fmt::Debug + PartialEq>(
    a: Vec<T>,
    b: Vec<T>,
    want: impl Fn(T, T) -> T,
) {
    const B: usize = 64;
    let d = dev();
    let (ad, bd) = (d.upload(&a).unwrap(), d.upload(&b).unwrap());
    let out = d.alloc::<T>(B).unwrap();
    mul_high::<T, B>::launch(&d, Grid::x(1), &ad, &bd, &out).unwrap();
    let w: Vec<T> = a.iter().zip(&b).map(|(x, y)| want(*x, *y)).collect();
    assert_eq!(out.to_vec().unwrap(), w, "umulhi of {:?}", T::DTYPE);
}

#[test]
fn umulhi_gives_the_high_half_of_the_product() {
    let mut r = rng(32);
    let mut ints = |lo: i64, hi: i64| -> Vec<i64> {
        let mut v: Vec<i64> = (0..60)
            .map(|_| rand::Rng::random_range(&mut r, lo..=hi))
            .collect();
        v.extend([0, -1, lo, hi]);
        v
    };
    let (a, b) = (
        ints(i8::MIN.into(), i8::MAX.into()),
        ints(i8::MIN.into(), i8::MAX.into()),
    );
    check_mul_high(
        a.iter().map(|x| *x as i8).collect(),
        b.iter().map(|x| *x as i8).collect(),
        |x, y| ((i32::from(x) * i32::from(y)) >> 8) as i8,
    );
    let (a, b) = (ints(0, u16::MAX.into()), ints(0, u16::MAX.into()));
    check_mul_high(
        a.iter().map(|x| *x as u16).collect(),
        b.iter().map(|x| *x as u16).collect(),
        |x, y| ((u32::from(x) * u32::from(y)) >> 16) as u16,
    );
    let (a, b) = (
        ints(i32::MIN.into(), i32::MAX.into()),
        ints(i32::MIN.into(), i32::MAX.into()),
    );
    check_mul_high(
        a.iter().map(|x| *x as i32).collect(),
        b.iter().map(|x| *x as i32).collect(),
        |x, y| ((i64::from(x) * i64::from(y)) >> 32) as i32,
    );
    check_mul_high(
        a.iter().map(|x| *x as u32).collect(),
        b.iter().map(|x| *x as u32).collect(),
        |x, y| ((u64::from(x) * u64::from(y)) >> 32) as u32,
    );
    // 64-bit products need 128 bits, which WGSL does not have: refused there.
    if backend() == "wgpu" {
        return;
    }
    let (a, b) = (ints(i64::MIN, i64::MAX), ints(i64::MIN, i64::MAX));
    check_mul_high(a.clone(), b.clone(), |x, y| {
        ((i128::from(x) * i128::from(y)) >> 64) as i64
    });
    check_mul_high(
        a.iter().map(|x| *x as u64).collect(),
        b.iter().map(|x| *x as u64).collect(),
        |x, y| ((u128::from(x) * u128::from(y)) >> 64) as u64,
    );
}
