//! Shape ops, reductions, argmax/argmin, scans and dot on the interpreter vs plain Rust.

mod interp_util;

use half::{bf16, f16};
use interp_util::*;
use kernel_core::dtype::{DType, Element};
use kernel_core::ir::{ArgReduceOp, BinaryOp, DotPrecision, Kernel, Op, ReduceOp, ValueId};
use kernel_core::runtime::{Arg, Device, Grid};
use rand::Rng;

type F32Op = fn(f32, f32) -> f32;
type I32Op = fn(i32, i32) -> i32;

/// Offsets `row * cols + col` of a `[rows, cols]` tile of a row-major matrix.
fn offsets_2d(b: &mut KB, rows: u64, cols: u64) -> ValueId {
    let r = b.arange(rows);
    let r = b.emit(Op::ExpandDims { value: r, axis: 1 });
    let c = b.arange(cols);
    let c = b.emit(Op::ExpandDims { value: c, axis: 0 });
    let stride = b.c_i32(cols as i32);
    let stride = b.splat(stride, &[rows, 1]);
    let r = b.mul(r, stride);
    let r = b.broadcast(r, &[rows, cols]);
    let c = b.broadcast(c, &[rows, cols]);
    b.add(r, c)
}

/// A one-program kernel: loads `x: d[rows, cols]`, applies `f`, stores the result (of any
/// shape) flat into `out`.
fn tile_kernel(
    name: &str,
    d: DType,
    out_d: DType,
    rows: u64,
    cols: u64,
    f: impl FnOnce(&mut KB, ValueId) -> ValueId,
) -> Kernel {
    let mut b = KB::new(name);
    let x = b.ptr_param("x", d);
    let out = b.ptr_param("out", out_d);
    let offs = offsets_2d(&mut b, rows, cols);
    let p = b.ptrs(x, offs);
    let v = b.load(p, None, None);
    let r = f(&mut b, v);
    let shape: Vec<u64> = b
        .ty(r)
        .shape
        .iter()
        .map(|d| d.as_const().unwrap())
        .collect();
    let n: u64 = shape.iter().product();
    let flat = b.emit(Op::Reshape {
        value: r,
        shape: dims(&[n]),
    });
    let o = b.arange(n);
    let po = b.ptrs(out, o);
    b.store(po, flat, None);
    b.finish()
}

fn run_tile<T: Element, U: Element>(k: &Kernel, x: &[T], out_len: usize) -> Vec<U> {
    let dev = Device::interpreter();
    let xb = dev.upload(x).unwrap();
    let ob = dev.alloc::<U>(out_len).unwrap();
    launch(&dev, k, Grid::x(1), &[Arg::from(&xb), Arg::from(&ob)]).unwrap();
    ob.to_vec().unwrap()
}

const R: usize = 8;
const C: usize = 16;

fn fold_ref<T: Copy>(x: &[T], axis: usize, f: impl Fn(T, T) -> T) -> Vec<T> {
    if axis == 1 {
        (0..R)
            .map(|r| (1..C).fold(x[r * C], |a, c| f(a, x[r * C + c])))
            .collect()
    } else {
        (0..C)
            .map(|c| (1..R).fold(x[c], |a, r| f(a, x[r * C + c])))
            .collect()
    }
}

#[test]
fn float_reductions_fold_in_order() {
    let x: Vec<f32> = random_vec(R * C, 1, |r| r.random_range(-10.0..10.0));
    let ops: [(ReduceOp, F32Op); 4] = [
        (ReduceOp::Sum, |a, b| a + b),
        (ReduceOp::Prod, |a, b| a * b),
        (ReduceOp::Max, f32::max),
        (ReduceOp::Min, f32::min),
    ];
    for axis in [0u32, 1] {
        for (op, f) in ops {
            let k = tile_kernel(
                "reduce",
                DType::F32,
                DType::F32,
                R as u64,
                C as u64,
                |b, v| b.emit(Op::Reduce { op, value: v, axis }),
            );
            let n = if axis == 0 { C } else { R };
            let got: Vec<f32> = run_tile(&k, &x, n);
            let want = fold_ref(&x, axis as usize, f);
            assert_eq!(got, want, "{op:?} axis {axis}");
        }
    }
}

#[test]
fn max_reduction_ignores_nan_unless_all_nan() {
    let mut x: Vec<f32> = random_vec(R * C, 2, |r| r.random_range(-10.0..10.0));
    x[0] = f32::NAN;
    for c in 0..C {
        x[C + c] = f32::NAN; // row 1 all NaN
    }
    let k = tile_kernel(
        "rmax",
        DType::F32,
        DType::F32,
        R as u64,
        C as u64,
        |b, v| {
            b.emit(Op::Reduce {
                op: ReduceOp::Max,
                value: v,
                axis: 1,
            })
        },
    );
    let got: Vec<f32> = run_tile(&k, &x, R);
    assert_eq!(got[0], x[1..C].iter().cloned().fold(f32::MIN, f32::max));
    assert!(got[1].is_nan());
}

/// f16/bf16 sums and products accumulate in f32 in ascending order and round once to the
/// dtype at the end (`ReduceOp::accumulator`), along either axis.
#[test]
fn f16_and_bf16_reductions_accumulate_in_f32_and_round_once() {
    let x: Vec<f32> = random_vec(R * C, 3, |r| r.random_range(-30.0..30.0));
    let ops: [(ReduceOp, F32Op); 2] = [
        (ReduceOp::Sum, |a, b| a + b),
        (ReduceOp::Prod, |a, b| a * b),
    ];
    for axis in [0u32, 1] {
        for (op, f) in ops {
            let n = if axis == 0 { C } else { R };
            let k = |d| {
                tile_kernel("r16", d, d, R as u64, C as u64, |b, v| {
                    b.emit(Op::Reduce { op, value: v, axis })
                })
            };
            let x16: Vec<f16> = x.iter().map(|&v| f16::from_f32(v)).collect();
            let got: Vec<f16> = run_tile(&k(DType::F16), &x16, n);
            let wide: Vec<f32> = x16.iter().map(|v| v.to_f32()).collect();
            let want: Vec<f16> = fold_ref(&wide, axis as usize, f)
                .into_iter()
                .map(f16::from_f32)
                .collect();
            assert_eq!(
                got.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
                want.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
                "f16 {op:?} axis {axis}"
            );
            let xb: Vec<bf16> = x.iter().map(|&v| bf16::from_f32(v)).collect();
            let got: Vec<bf16> = run_tile(&k(DType::BF16), &xb, n);
            let wide: Vec<f32> = xb.iter().map(|v| v.to_f32()).collect();
            let want: Vec<bf16> = fold_ref(&wide, axis as usize, f)
                .into_iter()
                .map(bf16::from_f32)
                .collect();
            assert_eq!(
                got.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
                want.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
                "bf16 {op:?} axis {axis}"
            );
        }
    }
}

/// The cases a per-step rounding gets wrong: 512 bf16 ones summed to 256 (256 + 1 rounds
/// back to 256 in bf16), a bf16 `cumsum` of ones stopped at 256, and an f16 2048 + 1 + 1 was
/// 2048 instead of 2050.
#[test]
fn narrow_sums_do_not_stall() {
    let sum = |d, n: u64| {
        tile_kernel("s", d, d, 1, n, |b, v| {
            b.emit(Op::Reduce {
                op: ReduceOp::Sum,
                value: v,
                axis: 1,
            })
        })
    };
    for n in [512usize, 4096] {
        let got: Vec<bf16> = run_tile(&sum(DType::BF16, n as u64), &vec![bf16::ONE; n], 1);
        assert_eq!(got[0].to_f32(), n as f32, "sum of {n} bf16 ones");
    }
    let x = [2048.0f32, 1.0, 1.0, 0.0].map(f16::from_f32);
    let got: Vec<f16> = run_tile(&sum(DType::F16, 4), &x, 1);
    assert_eq!(got[0].to_f32(), 2050.0);
    let k = tile_kernel("cs", DType::BF16, DType::BF16, 1, 512, |b, v| {
        b.emit(Op::Scan {
            op: ReduceOp::Sum,
            value: v,
            axis: 1,
        })
    });
    let got: Vec<bf16> = run_tile(&k, &vec![bf16::ONE; 512], 512);
    for (i, g) in got.iter().enumerate() {
        let want = bf16::from_f32((i + 1) as f32);
        assert_eq!(g.to_bits(), want.to_bits(), "cumsum element {i}");
    }
    assert_eq!(got[511].to_f32(), 512.0);
}

#[test]
fn integer_reductions_wrap() {
    let x: Vec<i32> = random_vec(R * C, 4, |r| r.random());
    let ops: [(ReduceOp, I32Op); 6] = [
        (ReduceOp::Sum, i32::wrapping_add),
        (ReduceOp::Prod, i32::wrapping_mul),
        (ReduceOp::Max, i32::max),
        (ReduceOp::And, |a, b| a & b),
        (ReduceOp::Or, |a, b| a | b),
        (ReduceOp::Xor, |a, b| a ^ b),
    ];
    for (op, f) in ops {
        let k = tile_kernel(
            "ireduce",
            DType::I32,
            DType::I32,
            R as u64,
            C as u64,
            |b, v| {
                b.emit(Op::Reduce {
                    op,
                    value: v,
                    axis: 0,
                })
            },
        );
        let got: Vec<i32> = run_tile(&k, &x, C);
        assert_eq!(got, fold_ref(&x, 0, f), "{op:?}");
    }
}

#[test]
fn argmax_argmin_first_index_and_nan() {
    let mut x: Vec<f32> = random_vec(R * C, 5, |r| (r.random_range(-4..4) as f32) * 0.5);
    x[2 * C + 7] = f32::NAN; // row 2: NaN wins both
    x[2 * C + 9] = f32::NAN;
    for op in [ArgReduceOp::ArgMax, ArgReduceOp::ArgMin] {
        let k = tile_kernel("arg", DType::F32, DType::I32, R as u64, C as u64, |b, v| {
            b.emit(Op::ArgReduce {
                op,
                value: v,
                axis: 1,
            })
        });
        let got: Vec<i32> = run_tile(&k, &x, R);
        for r in 0..R {
            let row = &x[r * C..(r + 1) * C];
            let want = if let Some(i) = row.iter().position(|v| v.is_nan()) {
                i
            } else {
                let best = match op {
                    ArgReduceOp::ArgMax => row.iter().cloned().fold(f32::MIN, f32::max),
                    ArgReduceOp::ArgMin => row.iter().cloned().fold(f32::MAX, f32::min),
                };
                row.iter().position(|&v| v == best).unwrap()
            };
            assert_eq!(got[r] as usize, want, "{op:?} row {r}: {row:?}");
        }
    }
    // Integer argmax along axis 0, with ties (values in a small range).
    let xi: Vec<i64> = random_vec(R * C, 6, |r| r.random_range(-3..3));
    let k = tile_kernel(
        "argi",
        DType::I64,
        DType::I32,
        R as u64,
        C as u64,
        |b, v| {
            b.emit(Op::ArgReduce {
                op: ArgReduceOp::ArgMax,
                value: v,
                axis: 0,
            })
        },
    );
    let got: Vec<i32> = run_tile(&k, &xi, C);
    for c in 0..C {
        let col: Vec<i64> = (0..R).map(|r| xi[r * C + c]).collect();
        let m = *col.iter().max().unwrap();
        assert_eq!(got[c] as usize, col.iter().position(|&v| v == m).unwrap());
    }
}

#[test]
fn inclusive_scans() {
    let x: Vec<f32> = random_vec(R * C, 7, |r| r.random_range(-1.0..1.0));
    let k = tile_kernel(
        "cumsum",
        DType::F32,
        DType::F32,
        R as u64,
        C as u64,
        |b, v| {
            b.emit(Op::Scan {
                op: ReduceOp::Sum,
                value: v,
                axis: 1,
            })
        },
    );
    let got: Vec<f32> = run_tile(&k, &x, R * C);
    for r in 0..R {
        let mut acc = 0.0f32;
        for c in 0..C {
            acc = if c == 0 { x[r * C] } else { acc + x[r * C + c] };
            assert_eq!(got[r * C + c], acc);
        }
    }
    let xi: Vec<i32> = random_vec(R * C, 8, |r| r.random_range(-100..100));
    let k = tile_kernel(
        "cummax",
        DType::I32,
        DType::I32,
        R as u64,
        C as u64,
        |b, v| {
            b.emit(Op::Scan {
                op: ReduceOp::Max,
                value: v,
                axis: 0,
            })
        },
    );
    let got: Vec<i32> = run_tile(&k, &xi, R * C);
    for c in 0..C {
        let mut m = i32::MIN;
        for r in 0..R {
            m = m.max(xi[r * C + c]);
            assert_eq!(got[r * C + c], m);
        }
    }
}

#[test]
fn shape_ops_transpose_broadcast_reshape() {
    let x: Vec<i32> = random_vec(R * C, 9, |r| r.random());
    // Transpose.
    let k = tile_kernel("t", DType::I32, DType::I32, R as u64, C as u64, |b, v| {
        b.emit(Op::Permute {
            value: v,
            perm: vec![1, 0],
        })
    });
    let got: Vec<i32> = run_tile(&k, &x, R * C);
    for r in 0..R {
        for c in 0..C {
            assert_eq!(got[c * R + r], x[r * C + c]);
        }
    }
    // Reshape to [R, 1, C], permute to [1, R, C], broadcast to [2, R, C]: two copies.
    let k = tile_kernel(
        "bcast",
        DType::I32,
        DType::I32,
        R as u64,
        C as u64,
        |b, v| {
            let v3 = b.emit(Op::Reshape {
                value: v,
                shape: dims(&[R as u64, 1, C as u64]),
            });
            let p = b.emit(Op::Permute {
                value: v3,
                perm: vec![1, 0, 2],
            });
            b.broadcast(p, &[2, R as u64, C as u64])
        },
    );
    let got: Vec<i32> = run_tile(&k, &x, 2 * R * C);
    assert_eq!(&got[..R * C], &x[..]);
    assert_eq!(&got[R * C..], &x[..]);
    // Broadcast of a column: sum over axis 1 -> [R], expand to [R, 1], broadcast to [R, C].
    let k = tile_kernel(
        "bcol",
        DType::I32,
        DType::I32,
        R as u64,
        C as u64,
        |b, v| {
            let s = b.emit(Op::Reduce {
                op: ReduceOp::Sum,
                value: v,
                axis: 1,
            });
            let s = b.emit(Op::ExpandDims { value: s, axis: 1 });
            let s = b.broadcast(s, &[R as u64, C as u64]);
            b.bin(BinaryOp::Sub, v, s)
        },
    );
    let got: Vec<i32> = run_tile(&k, &x, R * C);
    for r in 0..R {
        let s = x[r * C..(r + 1) * C]
            .iter()
            .fold(0i32, |a, &b| a.wrapping_add(b));
        for c in 0..C {
            assert_eq!(got[r * C + c], x[r * C + c].wrapping_sub(s));
        }
    }
}

/// `out = a @ b + acc` for one `[M, K] x [K, N]` tile.
fn dot_kernel(t: DType, acc_d: DType, m: u64, k: u64, n: u64) -> Kernel {
    dot_kernel_with(t, acc_d, m, k, n, DotPrecision::Ieee)
}

/// [`dot_kernel`] with a factor precision.
fn dot_kernel_with(
    t: DType,
    acc_d: DType,
    m: u64,
    k: u64,
    n: u64,
    precision: DotPrecision,
) -> Kernel {
    let mut b = KB::new("dot");
    let pa = b.ptr_param("a", t);
    let pb = b.ptr_param("b", t);
    let pc = b.ptr_param("c", acc_d);
    let po = b.ptr_param("out", acc_d);
    let oa = offsets_2d(&mut b, m, k);
    let ob = offsets_2d(&mut b, k, n);
    let oc = offsets_2d(&mut b, m, n);
    let pa = b.ptrs(pa, oa);
    let a = b.load(pa, None, None);
    let pb = b.ptrs(pb, ob);
    let bb = b.load(pb, None, None);
    let pc = b.ptrs(pc, oc);
    let c = b.load(pc, None, None);
    let r = b.emit(Op::Dot {
        a,
        b: bb,
        acc: c,
        precision,
    });
    let po = b.ptrs(po, oc);
    b.store(po, r, None);
    b.finish()
}

fn run_dot<T: Element, A: Element>(k: &Kernel, a: &[T], b: &[T], c: &[A]) -> Vec<A> {
    let dev = Device::interpreter();
    let (ba, bb, bc) = (
        dev.upload(a).unwrap(),
        dev.upload(b).unwrap(),
        dev.upload(c).unwrap(),
    );
    let out = dev.alloc::<A>(c.len()).unwrap();
    launch(
        &dev,
        k,
        Grid::x(1),
        &[
            Arg::from(&ba),
            Arg::from(&bb),
            Arg::from(&bc),
            Arg::from(&out),
        ],
    )
    .unwrap();
    out.to_vec().unwrap()
}

#[test]
fn dot_matches_naive_matmul() {
    let (m, k, n) = (16usize, 8usize, 32usize);
    let a: Vec<f32> = random_vec(m * k, 10, |r| r.random_range(-1.0..1.0));
    let b: Vec<f32> = random_vec(k * n, 11, |r| r.random_range(-1.0..1.0));
    let c: Vec<f32> = random_vec(m * n, 12, |r| r.random_range(-1.0..1.0));
    let got = run_dot(&dot_kernel(DType::F32, DType::F32, 16, 8, 32), &a, &b, &c);
    for i in 0..m {
        for j in 0..n {
            // Same order, fused steps: bit-exact.
            let mut s = c[i * n + j];
            for kk in 0..k {
                s = a[i * k + kk].mul_add(b[kk * n + j], s);
            }
            assert_eq!(got[i * n + j], s);
            // And close to the f64 product.
            let e: f64 = c[i * n + j] as f64
                + (0..k)
                    .map(|kk| a[i * k + kk] as f64 * b[kk * n + j] as f64)
                    .sum::<f64>();
            approx::assert_relative_eq!(got[i * n + j] as f64, e, epsilon = 1e-5);
        }
    }
    // f16 inputs, f32 accumulator: exact products, f32 sums.
    let a16: Vec<f16> = a.iter().map(|&v| f16::from_f32(v)).collect();
    let b16: Vec<f16> = b.iter().map(|&v| f16::from_f32(v)).collect();
    let got = run_dot(
        &dot_kernel(DType::F16, DType::F32, 16, 8, 32),
        &a16,
        &b16,
        &c,
    );
    for i in 0..m {
        for j in 0..n {
            let mut s = c[i * n + j];
            for kk in 0..k {
                s += a16[i * k + kk].to_f32() * b16[kk * n + j].to_f32();
            }
            assert_eq!(got[i * n + j], s);
        }
    }
    // i8 inputs, i32 accumulator.
    let a8: Vec<i8> = random_vec(m * k, 13, |r| r.random());
    let b8: Vec<i8> = random_vec(k * n, 14, |r| r.random());
    let c32: Vec<i32> = random_vec(m * n, 15, |r| r.random_range(-1000..1000));
    let got = run_dot(
        &dot_kernel(DType::I8, DType::I32, 16, 8, 32),
        &a8,
        &b8,
        &c32,
    );
    for i in 0..m {
        for j in 0..n {
            let s: i32 = c32[i * n + j]
                + (0..k)
                    .map(|kk| a8[i * k + kk] as i32 * b8[kk * n + j] as i32)
                    .sum::<i32>();
            assert_eq!(got[i * n + j], s);
        }
    }
}

/// TF32 rounding as the IR defines it, written here from the definition (round to nearest,
/// ties away from zero, 10 mantissa bits) rather than taken from the interpreter.
fn tf32(x: f32) -> f32 {
    if !x.is_finite() {
        return x;
    }
    f32::from_bits((x.to_bits() + 0x1000) & 0xffff_e000)
}

#[test]
fn dot_tf32_rounds_the_factors_first() {
    // By hand: 1 + 2^-11 is a tie and rounds away to 1 + 2^-10; 1 + 2^-12 rounds down to 1;
    // 1 + 2^-11 + 2^-20 rounds up to 1 + 2^-10; 3 is exact. So the TF32 dot is
    // (1 + 2^-10)^2 + 3 + 0.25 = 4.25 + 2^-9 + 2^-20, exact in f32 at each step.
    let p = |e: i32| 2f32.powi(e);
    let a = [1.0 + p(-11), 1.0 + p(-12)];
    let b = [1.0 + p(-11) + p(-20), 3.0];
    let c = [0.25f32];
    let tf = run_dot(
        &dot_kernel_with(DType::F32, DType::F32, 1, 2, 1, DotPrecision::Tf32),
        &a,
        &b,
        &c,
    );
    assert_eq!(tf, vec![4.25 + p(-9) + p(-20)]);
    // The IEEE dot of the same factors keeps their low bits, so it differs.
    let ieee = run_dot(&dot_kernel(DType::F32, DType::F32, 1, 2, 1), &a, &b, &c);
    let want = a[1].mul_add(b[1], a[0].mul_add(b[0], c[0]));
    assert_eq!(ieee, vec![want]);
    assert_ne!(ieee, tf);

    // Random factors: bit-exact with fused multiply-adds of the rounded factors in ascending
    // k, and different from the IEEE dot wherever the low mantissa bits matter.
    let (m, k, n) = (16usize, 24usize, 8usize);
    let a: Vec<f32> = random_vec(m * k, 20, |r| r.random_range(-2.0..2.0));
    let b: Vec<f32> = random_vec(k * n, 21, |r| r.random_range(-2.0..2.0));
    let c: Vec<f32> = random_vec(m * n, 22, |r| r.random_range(-1.0..1.0));
    let kt = dot_kernel_with(DType::F32, DType::F32, 16, 24, 8, DotPrecision::Tf32);
    let got = run_dot(&kt, &a, &b, &c);
    let ieee = run_dot(&dot_kernel(DType::F32, DType::F32, 16, 24, 8), &a, &b, &c);
    let mut differ = 0;
    for i in 0..m {
        for j in 0..n {
            let mut s = c[i * n + j];
            for kk in 0..k {
                s = tf32(a[i * k + kk]).mul_add(tf32(b[kk * n + j]), s);
            }
            assert_eq!(got[i * n + j], s, "({i}, {j})");
            differ += usize::from(got[i * n + j] != ieee[i * n + j]);
        }
    }
    assert!(
        differ > m * n / 2,
        "only {differ} of {} elements differ",
        m * n
    );
}
