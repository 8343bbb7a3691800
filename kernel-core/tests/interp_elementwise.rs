//! Elementwise ops on the interpreter vs plain-Rust references, on random inputs.

mod interp_util;

use half::{bf16, f16};
use interp_util::*;
use kernel_core::dtype::{DType, F8E4M3, F8E5M2};
use kernel_core::ir::{BinaryOp, CmpOp, Op, UnaryOp};
use kernel_core::numeric;
use rand::Rng;

type F32Op = fn(f32, f32) -> f32;
type I32Op = fn(i32, i32) -> i32;
type F32Fn = fn(f32) -> f32;
type F32Cmp = fn(&f32, &f32) -> bool;

const N: usize = 1000; // not a multiple of BLOCK: the last program is masked
const BLOCK: u64 = 64;

fn bin_kernel(op: BinaryOp, d: DType) -> kernel_core::ir::Kernel {
    elementwise(&format!("{op:?}_{d}"), &[d, d], d, BLOCK, |b, x| {
        b.bin(op, x[0], x[1])
    })
}

fn un_kernel(op: UnaryOp, d: DType) -> kernel_core::ir::Kernel {
    elementwise(&format!("{op:?}_{d}"), &[d], d, BLOCK, |b, x| {
        b.un(op, x[0])
    })
}

fn rand_f32(n: usize, seed: u64, lo: f32, hi: f32) -> Vec<f32> {
    random_vec(n, seed, |r| r.random_range(lo..hi))
}

#[test]
fn f32_basic_arithmetic_is_correctly_rounded() {
    let a = rand_f32(N, 1, -100.0, 100.0);
    let b = rand_f32(N, 2, -100.0, 100.0);
    let refs: [(BinaryOp, F32Op); 7] = [
        (BinaryOp::Add, |x, y| x + y),
        (BinaryOp::Sub, |x, y| x - y),
        (BinaryOp::Mul, |x, y| x * y),
        (BinaryOp::Div, |x, y| x / y),
        (BinaryOp::Rem, |x, y| x % y),
        (BinaryOp::Min, f32::min),
        (BinaryOp::Max, f32::max),
    ];
    for (op, f) in refs {
        let got: Vec<f32> = run_ew(&bin_kernel(op, DType::F32), &[&a, &b], BLOCK as usize);
        for i in 0..N {
            assert_eq!(
                got[i].to_bits(),
                f(a[i], b[i]).to_bits(),
                "{op:?} {} {}",
                a[i],
                b[i]
            );
        }
    }
    let sq: Vec<f32> = run_ew(&un_kernel(UnaryOp::Sqrt, DType::F32), &[&a], BLOCK as usize);
    for i in 0..N {
        let e = a[i].sqrt();
        assert!(sq[i].to_bits() == e.to_bits() || (e.is_nan() && sq[i].is_nan()));
    }
}

#[test]
fn f32_min_max_ignore_a_single_nan() {
    let a = vec![f32::NAN, 1.0, f32::NAN, -2.0];
    let b = vec![3.0, f32::NAN, f32::NAN, 5.0];
    let mn: Vec<f32> = run_ew(&bin_kernel(BinaryOp::Min, DType::F32), &[&a, &b], 64);
    let mx: Vec<f32> = run_ew(&bin_kernel(BinaryOp::Max, DType::F32), &[&a, &b], 64);
    assert_eq!(mn[0], 3.0);
    assert_eq!(mn[1], 1.0);
    assert!(mn[2].is_nan());
    assert_eq!(mn[3], -2.0);
    assert_eq!(mx[0], 3.0);
    assert_eq!(mx[1], 1.0);
    assert!(mx[2].is_nan());
    assert_eq!(mx[3], 5.0);
}

/// Abramowitz–Stegun 7.1.26 (|error| < 1.5e-7): an independent reference for erf.
fn erf_as(x: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.3275911 * x.abs());
    let y = 1.0
        - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
            + 0.254829592)
            * t
            * (-x * x).exp();
    y.copysign(x)
}

#[test]
fn f32_math_functions_within_a_few_ulps() {
    let a = rand_f32(N, 3, -8.0, 8.0);
    let pos = rand_f32(N, 4, 0.001, 50.0);
    let cases: [(UnaryOp, F32Fn, bool); 15] = [
        (UnaryOp::Neg, |x| -x, false),
        (UnaryOp::Abs, f32::abs, false),
        (UnaryOp::Exp, f32::exp, false),
        (UnaryOp::Exp2, f32::exp2, false),
        (UnaryOp::Log, f32::ln, true),
        (UnaryOp::Log2, f32::log2, true),
        (UnaryOp::Sqrt, f32::sqrt, true),
        (UnaryOp::Rsqrt, |x| 1.0 / x.sqrt(), true),
        (UnaryOp::Sin, f32::sin, false),
        (UnaryOp::Cos, f32::cos, false),
        (UnaryOp::Tanh, f32::tanh, false),
        (UnaryOp::Floor, f32::floor, false),
        (UnaryOp::Ceil, f32::ceil, false),
        (UnaryOp::Round, f32::round_ties_even, false),
        (UnaryOp::Sigmoid, |x| 1.0 / (1.0 + (-x).exp()), false),
    ];
    for (op, f, positive) in cases {
        let x = if positive { &pos } else { &a };
        let got: Vec<f32> = run_ew(&un_kernel(op, DType::F32), &[x], BLOCK as usize);
        for i in 0..N {
            let e = f(x[i]);
            approx::assert_relative_eq!(got[i], e, max_relative = 4e-7, epsilon = 1e-37);
        }
    }
    let got: Vec<f32> = run_ew(&un_kernel(UnaryOp::Erf, DType::F32), &[&a], BLOCK as usize);
    for i in 0..N {
        assert!(
            (got[i] as f64 - erf_as(a[i] as f64)).abs() < 3e-7,
            "erf({})",
            a[i]
        );
    }
    let base = rand_f32(N, 5, 0.1, 4.0);
    let ex = rand_f32(N, 6, -3.0, 3.0);
    let got: Vec<f32> = run_ew(&bin_kernel(BinaryOp::Pow, DType::F32), &[&base, &ex], 64);
    for i in 0..N {
        approx::assert_relative_eq!(got[i], base[i].powf(ex[i]), max_relative = 4e-7);
    }
}

#[test]
fn f32_fma_is_fused() {
    let a = rand_f32(N, 7, -10.0, 10.0);
    let b = rand_f32(N, 8, -10.0, 10.0);
    let c = rand_f32(N, 9, -10.0, 10.0);
    let k = elementwise("fma", &[DType::F32; 3], DType::F32, BLOCK, |kb, x| {
        kb.emit(Op::Fma {
            a: x[0],
            b: x[1],
            c: x[2],
        })
    });
    let got: Vec<f32> = run_ew(&k, &[&a, &b, &c], BLOCK as usize);
    for i in 0..N {
        assert_eq!(got[i].to_bits(), a[i].mul_add(b[i], c[i]).to_bits());
    }
}

#[test]
fn f16_and_bf16_arithmetic_rounds_once_from_f32() {
    let a32 = rand_f32(N, 10, -60.0, 60.0);
    let b32 = rand_f32(N, 11, -60.0, 60.0);
    let ops: [(BinaryOp, F32Op); 4] = [
        (BinaryOp::Add, |x, y| x + y),
        (BinaryOp::Sub, |x, y| x - y),
        (BinaryOp::Mul, |x, y| x * y),
        (BinaryOp::Div, |x, y| x / y),
    ];
    let a: Vec<f16> = a32.iter().map(|&x| f16::from_f32(x)).collect();
    let b: Vec<f16> = b32.iter().map(|&x| f16::from_f32(x)).collect();
    for (op, f) in ops {
        let got: Vec<f16> = run_ew(&bin_kernel(op, DType::F16), &[&a, &b], BLOCK as usize);
        for i in 0..N {
            let e = f16::from_f32(f(a[i].to_f32(), b[i].to_f32()));
            assert_eq!(
                got[i].to_bits(),
                e.to_bits(),
                "f16 {op:?} {} {}",
                a[i],
                b[i]
            );
        }
    }
    let a: Vec<bf16> = a32.iter().map(|&x| bf16::from_f32(x)).collect();
    let b: Vec<bf16> = b32.iter().map(|&x| bf16::from_f32(x)).collect();
    for (op, f) in ops {
        let got: Vec<bf16> = run_ew(&bin_kernel(op, DType::BF16), &[&a, &b], BLOCK as usize);
        for i in 0..N {
            let e = bf16::from_f32(f(a[i].to_f32(), b[i].to_f32()));
            assert_eq!(got[i].to_bits(), e.to_bits(), "bf16 {op:?}");
        }
    }
    // Math functions: within one ulp of the f32 result rounded.
    let x: Vec<f16> = rand_f32(N, 12, -4.0, 4.0)
        .iter()
        .map(|&v| f16::from_f32(v))
        .collect();
    let got: Vec<f16> = run_ew(&un_kernel(UnaryOp::Exp, DType::F16), &[&x], BLOCK as usize);
    for i in 0..N {
        let e = x[i].to_f32().exp();
        approx::assert_relative_eq!(got[i].to_f32(), e, max_relative = 1e-3);
    }
    let x: Vec<bf16> = rand_f32(N, 13, 0.01, 100.0)
        .iter()
        .map(|&v| bf16::from_f32(v))
        .collect();
    let got: Vec<bf16> = run_ew(
        &un_kernel(UnaryOp::Sqrt, DType::BF16),
        &[&x],
        BLOCK as usize,
    );
    for i in 0..N {
        assert_eq!(got[i], bf16::from_f32(x[i].to_f32().sqrt()));
    }
}

#[test]
fn integer_arithmetic_wraps() {
    let a: Vec<i32> = random_vec(N, 20, |r| r.random());
    let b: Vec<i32> = random_vec(N, 21, |r| r.random());
    let ops: [(BinaryOp, I32Op); 8] = [
        (BinaryOp::Add, i32::wrapping_add),
        (BinaryOp::Sub, i32::wrapping_sub),
        (BinaryOp::Mul, i32::wrapping_mul),
        (BinaryOp::And, |x, y| x & y),
        (BinaryOp::Or, |x, y| x | y),
        (BinaryOp::Xor, |x, y| x ^ y),
        (BinaryOp::Min, i32::min),
        (BinaryOp::Max, i32::max),
    ];
    for (op, f) in ops {
        let got: Vec<i32> = run_ew(&bin_kernel(op, DType::I32), &[&a, &b], BLOCK as usize);
        for i in 0..N {
            assert_eq!(got[i], f(a[i], b[i]), "{op:?}");
        }
    }
    // u8 and i64/u64 wrap at their own widths.
    let a8: Vec<u8> = random_vec(N, 22, |r| r.random());
    let b8: Vec<u8> = random_vec(N, 23, |r| r.random());
    let got: Vec<u8> = run_ew(&bin_kernel(BinaryOp::Mul, DType::U8), &[&a8, &b8], 64);
    assert!((0..N).all(|i| got[i] == a8[i].wrapping_mul(b8[i])));
    let got: Vec<u8> = run_ew(&bin_kernel(BinaryOp::Sub, DType::U8), &[&a8, &b8], 64);
    assert!((0..N).all(|i| got[i] == a8[i].wrapping_sub(b8[i])));
    let a64: Vec<u64> = random_vec(N, 24, |r| r.random());
    let b64: Vec<u64> = random_vec(N, 25, |r| r.random());
    let got: Vec<u64> = run_ew(&bin_kernel(BinaryOp::Mul, DType::U64), &[&a64, &b64], 64);
    assert!((0..N).all(|i| got[i] == a64[i].wrapping_mul(b64[i])));
    let s64: Vec<i64> = a64.iter().map(|&x| x as i64).collect();
    let t64: Vec<i64> = b64.iter().map(|&x| x as i64).collect();
    let got: Vec<i64> = run_ew(&bin_kernel(BinaryOp::Add, DType::I64), &[&s64, &t64], 64);
    assert!((0..N).all(|i| got[i] == s64[i].wrapping_add(t64[i])));
    // Unary.
    let mut a = a;
    a[0] = i32::MIN;
    let neg: Vec<i32> = run_ew(&un_kernel(UnaryOp::Neg, DType::I32), &[&a], 64);
    let abs: Vec<i32> = run_ew(&un_kernel(UnaryOp::Abs, DType::I32), &[&a], 64);
    let not: Vec<i32> = run_ew(&un_kernel(UnaryOp::Not, DType::I32), &[&a], 64);
    for i in 0..N {
        assert_eq!(neg[i], a[i].wrapping_neg());
        assert_eq!(abs[i], a[i].wrapping_abs());
        assert_eq!(not[i], !a[i]);
    }
    let not8: Vec<u8> = run_ew(&un_kernel(UnaryOp::Not, DType::U8), &[&a8], 64);
    assert!((0..N).all(|i| not8[i] == !a8[i]));
}

#[test]
fn integer_division_by_zero_is_zero() {
    let mut a: Vec<i32> = random_vec(N, 30, |r| r.random_range(-1000..1000));
    let mut b: Vec<i32> = random_vec(N, 31, |r| r.random_range(-20..20));
    a[0] = i32::MIN;
    b[0] = -1;
    b[1] = 0;
    a[1] = 17;
    let div: Vec<i32> = run_ew(&bin_kernel(BinaryOp::Div, DType::I32), &[&a, &b], 64);
    let rem: Vec<i32> = run_ew(&bin_kernel(BinaryOp::Rem, DType::I32), &[&a, &b], 64);
    assert!(b.iter().filter(|&&x| x == 0).count() > 5);
    for i in 0..N {
        let (ed, er) = if b[i] == 0 {
            (0, 0)
        } else {
            (a[i].wrapping_div(b[i]), a[i].wrapping_rem(b[i]))
        };
        assert_eq!((div[i], rem[i]), (ed, er), "{} / {}", a[i], b[i]);
    }
    assert_eq!(div[0], i32::MIN);
    let ua: Vec<u16> = random_vec(N, 32, |r| r.random());
    let ub: Vec<u16> = random_vec(N, 33, |r| r.random_range(0..5));
    let div: Vec<u16> = run_ew(&bin_kernel(BinaryOp::Div, DType::U16), &[&ua, &ub], 64);
    for i in 0..N {
        assert_eq!(div[i], ua[i].checked_div(ub[i]).unwrap_or(0));
    }
}

#[test]
fn shifts_take_the_amount_modulo_the_width() {
    let a: Vec<i32> = random_vec(N, 40, |r| r.random());
    let s: Vec<i32> = random_vec(N, 41, |r| r.random_range(-100..100));
    let shl: Vec<i32> = run_ew(&bin_kernel(BinaryOp::Shl, DType::I32), &[&a, &s], 64);
    let shr: Vec<i32> = run_ew(&bin_kernel(BinaryOp::Shr, DType::I32), &[&a, &s], 64);
    for i in 0..N {
        let amt = s[i].rem_euclid(32) as u32;
        assert_eq!(shl[i], a[i].wrapping_shl(amt));
        assert_eq!(
            shr[i],
            a[i] >> amt,
            "arithmetic shift of {} by {}",
            a[i],
            s[i]
        );
    }
    let ua: Vec<u8> = random_vec(N, 42, |r| r.random());
    let us: Vec<u8> = random_vec(N, 43, |r| r.random());
    let shr: Vec<u8> = run_ew(&bin_kernel(BinaryOp::Shr, DType::U8), &[&ua, &us], 64);
    let shl: Vec<u8> = run_ew(&bin_kernel(BinaryOp::Shl, DType::U8), &[&ua, &us], 64);
    for i in 0..N {
        assert_eq!(shr[i], ua[i] >> (us[i] % 8), "logical shift");
        assert_eq!(shl[i], ua[i] << (us[i] % 8));
    }
}

fn cast_kernel(from: DType, to: DType) -> kernel_core::ir::Kernel {
    elementwise(&format!("cast_{from}_{to}"), &[from], to, BLOCK, |b, x| {
        b.cast(x[0], to)
    })
}

#[test]
fn float_to_int_casts_saturate() {
    let mut x = rand_f32(N, 50, -1e10, 1e10);
    x[..8].copy_from_slice(&[
        f32::NAN,
        f32::INFINITY,
        f32::NEG_INFINITY,
        -0.9,
        0.9,
        127.9,
        -128.9,
        255.5,
    ]);
    let small = rand_f32(N, 51, -300.0, 300.0);
    let got: Vec<i8> = run_ew(&cast_kernel(DType::F32, DType::I8), &[&small], 64);
    assert!((0..N).all(|i| got[i] == small[i] as i8));
    let got: Vec<i8> = run_ew(&cast_kernel(DType::F32, DType::I8), &[&x], 64);
    assert!((0..N).all(|i| got[i] == x[i] as i8));
    let got: Vec<u8> = run_ew(&cast_kernel(DType::F32, DType::U8), &[&x], 64);
    assert!((0..N).all(|i| got[i] == x[i] as u8));
    let got: Vec<i32> = run_ew(&cast_kernel(DType::F32, DType::I32), &[&x], 64);
    assert!((0..N).all(|i| got[i] == x[i] as i32));
    let got: Vec<u64> = run_ew(&cast_kernel(DType::F32, DType::U64), &[&x], 64);
    assert!((0..N).all(|i| got[i] == x[i] as u64));
    assert_eq!(got[0], 0, "NaN -> 0");
}

#[test]
fn int_to_float_and_int_to_int_casts() {
    let a: Vec<i64> = random_vec(N, 52, |r| r.random());
    let got: Vec<f32> = run_ew(&cast_kernel(DType::I64, DType::F32), &[&a], 64);
    assert!((0..N).all(|i| got[i] == a[i] as f32));
    let got: Vec<f64> = run_ew(&cast_kernel(DType::I64, DType::F64), &[&a], 64);
    assert!((0..N).all(|i| got[i] == a[i] as f64));
    let got: Vec<i8> = run_ew(&cast_kernel(DType::I64, DType::I8), &[&a], 64);
    assert!((0..N).all(|i| got[i] == a[i] as i8));
    let got: Vec<u32> = run_ew(&cast_kernel(DType::I64, DType::U32), &[&a], 64);
    assert!((0..N).all(|i| got[i] == a[i] as u32));
    let u: Vec<u64> = random_vec(N, 53, |r| r.random());
    let got: Vec<f32> = run_ew(&cast_kernel(DType::U64, DType::F32), &[&u], 64);
    assert!((0..N).all(|i| got[i] == u[i] as f32));
    let got: Vec<i64> = run_ew(&cast_kernel(DType::U64, DType::I64), &[&u], 64);
    assert!((0..N).all(|i| got[i] == u[i] as i64));
    let small: Vec<i32> = random_vec(N, 54, |r| r.random_range(-70000..70000));
    let got: Vec<f16> = run_ew(&cast_kernel(DType::I32, DType::F16), &[&small], 64);
    assert!((0..N).all(|i| got[i] == f16::from_f32(small[i] as f32)));
    let got: Vec<bool> = run_ew(&cast_kernel(DType::I32, DType::Bool), &[&small], 64);
    assert!((0..N).all(|i| got[i] == (small[i] != 0)));
    let flags: Vec<bool> = random_vec(N, 55, |r| r.random());
    let got: Vec<f32> = run_ew(&cast_kernel(DType::Bool, DType::F32), &[&flags], 64);
    assert!((0..N).all(|i| got[i] == flags[i] as u8 as f32));
    let got: Vec<i16> = run_ew(&cast_kernel(DType::Bool, DType::I16), &[&flags], 64);
    assert!((0..N).all(|i| got[i] == flags[i] as i16));
}

#[test]
fn float_to_float_casts_round_to_nearest_even() {
    let x64: Vec<f64> = random_vec(N, 60, |r| r.random_range(-7e4..7e4));
    let got: Vec<f32> = run_ew(&cast_kernel(DType::F64, DType::F32), &[&x64], 64);
    assert!((0..N).all(|i| got[i] == x64[i] as f32));
    let got: Vec<f16> = run_ew(&cast_kernel(DType::F64, DType::F16), &[&x64], 64);
    assert!((0..N).all(|i| got[i] == numeric::f64_to_f16(x64[i])));
    let x = rand_f32(N, 61, -500.0, 500.0);
    let got: Vec<f16> = run_ew(&cast_kernel(DType::F32, DType::F16), &[&x], 64);
    assert!((0..N).all(|i| got[i] == f16::from_f32(x[i])));
    let got: Vec<bf16> = run_ew(&cast_kernel(DType::F32, DType::BF16), &[&x], 64);
    assert!((0..N).all(|i| got[i] == bf16::from_f32(x[i])));
    // fp8: E4M3 saturates at ±448, E5M2 overflows to inf; both round to nearest even.
    let got: Vec<F8E4M3> = run_ew(&cast_kernel(DType::F32, DType::F8E4M3), &[&x], 64);
    for i in 0..N {
        assert_eq!(got[i], numeric::f32_to_e4m3(x[i]));
        let v = got[i].to_f32();
        assert!(v.abs() <= 448.0);
        // Nearest: no representable value is closer (checked against neighbours).
        let err = (v - x[i]).abs();
        for nb in [got[i].0.wrapping_add(1), got[i].0.wrapping_sub(1)] {
            let w = F8E4M3(nb);
            if !w.is_nan() && (w.0 & 0x80) == (got[i].0 & 0x80) && x[i].abs() <= 448.0 {
                assert!((w.to_f32() - x[i]).abs() >= err);
            }
        }
    }
    let big = vec![
        1000.0f32,
        -1e30,
        f32::INFINITY,
        f32::NAN,
        448.0,
        464.0,
        0.0,
        -0.0,
    ];
    let got: Vec<F8E4M3> = run_ew(&cast_kernel(DType::F32, DType::F8E4M3), &[&big], 64);
    let vals: Vec<f32> = got.iter().map(|v| v.to_f32()).collect();
    assert_eq!(vals[..3], [448.0, -448.0, 448.0]);
    assert!(got[3].is_nan());
    assert_eq!(vals[4..6], [448.0, 448.0]);
    assert_eq!(got[6].0, 0x00);
    assert_eq!(got[7].0, 0x80);
    let got: Vec<F8E5M2> = run_ew(&cast_kernel(DType::F32, DType::F8E5M2), &[&big], 64);
    assert_eq!(got[0].to_f32(), 1024.0);
    assert_eq!(got[1].to_f32(), f32::NEG_INFINITY);
    assert_eq!(got[2].to_f32(), f32::INFINITY);
    assert!(got[3].is_nan());
    // fp8 -> f32 is exact; fp8 -> fp8 goes through the exact value.
    let all: Vec<F8E4M3> = (0..=255u8).map(F8E4M3).collect();
    let got: Vec<f32> = run_ew(&cast_kernel(DType::F8E4M3, DType::F32), &[&all], 64);
    for b in 0..256 {
        let e = all[b].to_f32();
        assert!(got[b] == e || (e.is_nan() && got[b].is_nan()));
    }
    let got: Vec<F8E5M2> = run_ew(&cast_kernel(DType::F8E4M3, DType::F8E5M2), &[&all], 64);
    for b in 0..256 {
        let e = numeric::f32_to_e5m2(all[b].to_f32());
        assert!(got[b] == e || (e.is_nan() && got[b].is_nan()));
    }
}

/// NaN bits through copies and float-to-float casts: a copy keeps every bit (a signaling
/// f32 NaN stays signaling, as a GPU's register copy keeps it); a cast keeps the sign and the
/// top payload bits, quiet or signaling (CUDA's f16 -> f32 keeps the f16's 10 bits, shifted
/// up), and a payload that vanishes gives the quiet NaN.
#[test]
fn nan_bits_survive_copies_and_float_casts() {
    let f32_nans = [
        0x7f80_0001u32, // signaling, lowest payload bit
        0xff80_0001,
        0x7fa0_0000, // signaling, a high payload bit
        0x7fc0_0000,
        0xffc0_1234,
        0x7fff_ffff,
    ];
    let x: Vec<f32> = f32_nans.iter().map(|&b| f32::from_bits(b)).collect();
    let copy = elementwise("copy_f32", &[DType::F32], DType::F32, BLOCK, |_, v| v[0]);
    let got: Vec<f32> = run_ew(&copy, &[&x], 64);
    let bits: Vec<u32> = got.iter().map(|v| v.to_bits()).collect();
    assert_eq!(bits, f32_nans, "a load/store copy of f32 keeps NaN bits");
    // f32 -> f64 -> f32 round-trips every payload, signaling included.
    let wide: Vec<f64> = run_ew(&cast_kernel(DType::F32, DType::F64), &[&x], 64);
    let back: Vec<f32> = run_ew(&cast_kernel(DType::F64, DType::F32), &[&wide], 64);
    let bits: Vec<u32> = back.iter().map(|v| v.to_bits()).collect();
    assert_eq!(bits, f32_nans, "f32 -> f64 -> f32");
    assert_eq!(
        wide[0].to_bits(),
        0x7ff0_0000_2000_0000,
        "payload in the top bits"
    );
    // f64 -> f32 where the payload is all below f32's bits: the quiet NaN, sign kept.
    let low = [f64::from_bits(0xfff0_0000_0000_0001)];
    let got: Vec<f32> = run_ew(&cast_kernel(DType::F64, DType::F32), &[&low], 64);
    assert_eq!(got[0].to_bits(), 0xffc0_0000);
    // f16 -> f32: the f16's 10 payload bits shifted up by 13, signaling kept.
    let h: Vec<f16> = [0x7c01u16, 0xfd00, 0x7e00, 0x7fff]
        .iter()
        .map(|&b| f16::from_bits(b))
        .collect();
    let got: Vec<f32> = run_ew(&cast_kernel(DType::F16, DType::F32), &[&h], 64);
    let bits: Vec<u32> = got.iter().map(|v| v.to_bits()).collect();
    assert_eq!(bits, [0x7f80_2000, 0xffa0_0000, 0x7fc0_0000, 0x7fff_e000]);
    // ...and back: the same f16 bits.
    let back: Vec<f16> = run_ew(&cast_kernel(DType::F32, DType::F16), &[&got], 64);
    let bits: Vec<u16> = back.iter().map(|v| v.to_bits()).collect();
    assert_eq!(bits, [0x7c01, 0xfd00, 0x7e00, 0x7fff]);
}

#[test]
fn bitcasts_reinterpret_bits() {
    let x = rand_f32(N, 70, -1e6, 1e6);
    let k = elementwise("bitcast", &[DType::F32], DType::U32, BLOCK, |b, v| {
        b.emit(Op::Bitcast {
            value: v[0],
            to: DType::U32,
        })
    });
    let got: Vec<u32> = run_ew(&k, &[&x], 64);
    assert!((0..N).all(|i| got[i] == x[i].to_bits()));
    let bits: Vec<u16> = random_vec(N, 71, |r| r.random_range(0..0x7c00));
    let k = elementwise("bitcast16", &[DType::U16], DType::F16, BLOCK, |b, v| {
        b.emit(Op::Bitcast {
            value: v[0],
            to: DType::F16,
        })
    });
    let got: Vec<f16> = run_ew(&k, &[&bits], 64);
    assert!((0..N).all(|i| got[i].to_bits() == bits[i]));
    let k = elementwise("bitcast_i8", &[DType::U8], DType::I8, BLOCK, |b, v| {
        b.emit(Op::Bitcast {
            value: v[0],
            to: DType::I8,
        })
    });
    let u: Vec<u8> = random_vec(N, 72, |r| r.random());
    let got: Vec<i8> = run_ew(&k, &[&u], 64);
    assert!((0..N).all(|i| got[i] == u[i] as i8));
}

#[test]
fn comparisons_and_select() {
    let mut a = rand_f32(N, 80, -5.0, 5.0);
    let b = rand_f32(N, 81, -5.0, 5.0);
    a[3] = f32::NAN;
    let cmps: [(CmpOp, F32Cmp); 6] = [
        (CmpOp::Eq, f32::eq),
        (CmpOp::Ne, f32::ne),
        (CmpOp::Lt, f32::lt),
        (CmpOp::Le, f32::le),
        (CmpOp::Gt, f32::gt),
        (CmpOp::Ge, f32::ge),
    ];
    for (op, f) in cmps {
        let k = elementwise(
            "cmp",
            &[DType::F32, DType::F32],
            DType::Bool,
            BLOCK,
            |kb, x| kb.cmp(op, x[0], x[1]),
        );
        let got: Vec<bool> = run_ew(&k, &[&a, &b], 64);
        assert!((0..N).all(|i| got[i] == f(&a[i], &b[i])), "{op:?}");
    }
    // where(a > b, a, b * 2)
    let k = elementwise(
        "select",
        &[DType::F32, DType::F32],
        DType::F32,
        BLOCK,
        |kb, x| {
            let c = kb.cmp(CmpOp::Gt, x[0], x[1]);
            let two = kb.c_float(2.0, DType::F32);
            let two = kb.splat(two, &[BLOCK]);
            let b2 = kb.mul(x[1], two);
            kb.emit(Op::Select {
                cond: c,
                on_true: x[0],
                on_false: b2,
            })
        },
    );
    let got: Vec<f32> = run_ew(&k, &[&a, &b], 64);
    for i in 0..N {
        let e = if a[i] > b[i] { a[i] } else { b[i] * 2.0 };
        assert_eq!(got[i], e);
    }
    // Integer and bool comparisons.
    let x: Vec<u32> = random_vec(N, 82, |r| r.random());
    let y: Vec<u32> = random_vec(N, 83, |r| r.random());
    let k = elementwise(
        "cmp_u32",
        &[DType::U32, DType::U32],
        DType::Bool,
        BLOCK,
        |kb, v| kb.cmp(CmpOp::Lt, v[0], v[1]),
    );
    let got: Vec<bool> = run_ew(&k, &[&x, &y], 64);
    assert!(
        (0..N).all(|i| got[i] == (x[i] < y[i])),
        "unsigned comparison"
    );
    let p: Vec<bool> = random_vec(N, 84, |r| r.random());
    let q: Vec<bool> = random_vec(N, 85, |r| r.random());
    let k = elementwise(
        "bool_ops",
        &[DType::Bool, DType::Bool],
        DType::Bool,
        BLOCK,
        |kb, v| {
            let x = kb.bin(BinaryOp::Xor, v[0], v[1]);
            let n = kb.un(UnaryOp::Not, v[0]);
            kb.bin(BinaryOp::Or, x, n)
        },
    );
    let got: Vec<bool> = run_ew(&k, &[&p, &q], 64);
    assert!((0..N).all(|i| got[i] == ((p[i] ^ q[i]) | !p[i])));
}

/// Data movement is bit-exact, NaN payloads included, for every f16/bf16/fp8 pattern.
#[test]
fn copies_are_bit_exact() {
    let all16: Vec<u16> = (0..=u16::MAX).collect();
    for d in [DType::F16, DType::BF16] {
        let k = elementwise("copy", &[d], d, 256, |_, x| x[0]);
        let n = all16.len();
        if d == DType::F16 {
            let src: Vec<f16> = all16.iter().map(|&b| f16::from_bits(b)).collect();
            let got: Vec<f16> = run_ew(&k, &[&src], 256);
            assert!((0..n).all(|i| got[i].to_bits() == all16[i]));
        } else {
            let src: Vec<bf16> = all16.iter().map(|&b| bf16::from_bits(b)).collect();
            let got: Vec<bf16> = run_ew(&k, &[&src], 256);
            assert!((0..n).all(|i| got[i].to_bits() == all16[i]));
        }
    }
    let all8: Vec<F8E5M2> = (0..=255u8).map(F8E5M2).collect();
    let k = elementwise("copy8", &[DType::F8E5M2], DType::F8E5M2, 64, |_, x| x[0]);
    let got: Vec<F8E5M2> = run_ew(&k, &[&all8], 64);
    assert_eq!(got, all8);
    let all8: Vec<F8E4M3> = (0..=255u8).map(F8E4M3).collect();
    let k = elementwise("copy8", &[DType::F8E4M3], DType::F8E4M3, 64, |_, x| x[0]);
    let got: Vec<F8E4M3> = run_ew(&k, &[&all8], 64);
    assert_eq!(got, all8);
}
