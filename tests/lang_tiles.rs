//! Tile-level ops through `#[kernel]` on the interpreter against plain-Rust references:
//! creation, broadcasting, dimension insertion, reshape, transpose/permute, reductions along
//! each axis, argmax/argmin, scans, `dot` in every supported dtype pairing, `dot_tf32`, and a
//! matrix product written as a sum of broadcast products (rewritten into a `dot`).

// Index loops mirror the math of the references.
#![allow(clippy::needless_range_loop)]

mod common;

use common::*;
use oxtile::prelude::*;
use rand::Rng;

#[kernel]
fn shapes<const R: usize, const C: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let rows = arange(0, R);
    let cols = arange(0, C);
    let tile = load(x + rows[(.., None)] * C + cols[(None, ..)]);
    // Transpose and permute of a [R, C] tile, stored row-major as [C, R].
    let t = trans(tile);
    store(out + cols[(.., None)] * R + rows[(None, ..)], t);
    let p = permute(tile, [1, 0]);
    store(
        out + R * C + cols[(.., None)] * R + rows[(None, ..)],
        p * 2.0,
    );
    // Reshape keeps row-major order: [R, C] -> [C, R] is the same memory.
    let flat = reshape(tile, [C, R]);
    store(
        out + 2 * R * C + cols[(.., None)] * R + rows[(None, ..)],
        flat,
    );
    // Broadcasting a column against a row.
    let col = expand_dims(load(x + rows * C), 1);
    let row = load(x + cols)[(None, ..)];
    store(
        out + 3 * R * C + rows[(.., None)] * C + cols[(None, ..)],
        col + row,
    );
    let b = broadcast_to(col, [R, C]);
    store(out + 4 * R * C + rows[(.., None)] * C + cols[(None, ..)], b);
    let f = full::<f32>([R, C], 1.5) + zeros::<f32>([R, C]);
    store(out + 5 * R * C + rows[(.., None)] * C + cols[(None, ..)], f);
}

#[test]
fn transpose_permute_reshape_and_broadcast() {
    for seed in 0..4 {
        transpose_permute_reshape_and_broadcast_with(seed);
    }
}

fn transpose_permute_reshape_and_broadcast_with(seed: u64) {
    const R: usize = 6;
    const C: usize = 10;
    let mut r = rng(seed * 1000 + 20);
    let x = f32s(&mut r, R * C, -5.0, 5.0);
    let d = dev();
    let out = d.alloc::<f32>(6 * R * C).unwrap();
    shapes::<R, C>::launch(&d, Grid::x(1), &d.upload(&x).unwrap(), &out).unwrap();
    let got = out.to_vec().unwrap();
    let n = R * C;
    for i in 0..R {
        for j in 0..C {
            assert_eq!(got[j * R + i], x[i * C + j], "trans");
            assert_eq!(got[n + j * R + i], 2.0 * x[i * C + j], "permute");
            assert_eq!(got[3 * n + i * C + j], x[i * C] + x[j], "broadcast add");
            assert_eq!(got[4 * n + i * C + j], x[i * C], "broadcast_to");
            assert_eq!(got[5 * n + i * C + j], 1.5, "full + zeros");
        }
    }
    assert_eq!(&got[2 * n..3 * n], &x[..], "reshape is row-major");
}

#[kernel]
fn reductions<const R: usize, const C: usize>(x: Ptr<f32>, out: Ptr<f32>, idx: Ptr<i32>) {
    let rows = arange(0, R);
    let cols = arange(0, C);
    let t = load(x + rows[(.., None)] * C + cols[(None, ..)]);
    store(out + cols, sum(t, 0));
    store(out + C + rows, sum(t, 1));
    store(out + C + R + cols, max(t, 0));
    store(out + 2 * C + R + rows, min(t, 1));
    store(out + 3 * C + R + rows, t.prod(-1));
    store(out + 3 * C + 2 * R, sum(t));
    store(idx + cols, argmax(t, 0));
    store(idx + C + rows, argmin(t, 1));
    let c = cumsum(t, 1);
    store(
        out + 3 * C + 2 * R + 1 + rows[(.., None)] * C + cols[(None, ..)],
        c,
    );
    let cp = cumprod(t, 0);
    store(
        out + 3 * C + 2 * R + 1 + R * C + rows[(.., None)] * C + cols[(None, ..)],
        cp,
    );
}

#[test]
fn reductions_argreductions_and_scans() {
    for seed in 0..4 {
        reductions_argreductions_and_scans_with::<5, 7>(seed);
    }
}

/// A tile of one row reduces along its columns to a `[1]` tile, not a scalar: wgpu once
/// generated invalid WGSL for it (a scalar stored into the tile's slots).
#[test]
fn reductions_of_one_row_and_one_column() {
    reductions_argreductions_and_scans_with::<1, 64>(5);
    reductions_argreductions_and_scans_with::<1, 1024>(6);
}

/// The kernel's output regions overlap when `R > C + 1`.
fn reductions_argreductions_and_scans_with<const R: usize, const C: usize>(seed: u64) {
    let mut r = rng(seed * 1000 + 21);
    let x = f32s(&mut r, R * C, 0.5, 1.5);
    let d = dev();
    let out = d.alloc::<f32>(3 * C + 2 * R + 1 + 2 * R * C).unwrap();
    let idx = d.alloc::<i32>(C + R).unwrap();
    reductions::<R, C>::launch(&d, Grid::x(1), &d.upload(&x).unwrap(), &out, &idx).unwrap();
    let got = out.to_vec().unwrap();
    let gi = idx.to_vec().unwrap();
    let at = |i: usize, j: usize| x[i * C + j];
    for j in 0..C {
        let col: Vec<f32> = (0..R).map(|i| at(i, j)).collect();
        // Sequential order along the axis, exactly as the interpreter promises.
        let s = col.iter().fold(0.0f32, |a, b| a + b);
        assert_eq!(got[j], s, "sum axis 0");
        assert_eq!(
            got[C + R + j],
            col.iter().copied().fold(f32::MIN, f32::max),
            "max axis 0"
        );
        let am = (0..R).fold(0, |best, i| if col[i] > col[best] { i } else { best });
        assert_eq!(gi[j], am as i32, "argmax axis 0");
    }
    for i in 0..R {
        let row: Vec<f32> = (0..C).map(|j| at(i, j)).collect();
        assert_close(&[got[C + i]], &[row.iter().sum()], 1e-6, 1e-6);
        assert_eq!(
            got[2 * C + R + i],
            row.iter().copied().fold(f32::MAX, f32::min),
            "min axis 1"
        );
        assert_close(&[got[3 * C + R + i]], &[row.iter().product()], 1e-6, 1e-5);
        let am = (0..C).fold(0, |best, j| if row[j] < row[best] { j } else { best });
        assert_eq!(gi[C + i], am as i32, "argmin axis 1");
        let mut acc = 0.0f32;
        for j in 0..C {
            acc += row[j];
            assert_close(&[got[3 * C + 2 * R + 1 + i * C + j]], &[acc], 1e-6, 1e-6);
        }
    }
    for j in 0..C {
        let mut acc = 1.0f32;
        for i in 0..R {
            acc *= at(i, j);
            assert_close(
                &[got[3 * C + 2 * R + 1 + R * C + i * C + j]],
                &[acc],
                1e-6,
                1e-6,
            );
        }
    }
    assert_close(&[got[3 * C + 2 * R]], &[x.iter().sum()], 1e-5, 1e-5);
}

#[kernel]
fn argmax_ties(x: Ptr<i32>, out: Ptr<i32>) {
    let t = load(x + arange(0, 8));
    store(out, argmax(t, 0));
    store(out + 1, argmin(t, 0));
}

#[test]
fn argmax_and_argmin_take_the_first_index_on_ties() {
    let d = dev();
    let x = d.upload(&[3, 9, 1, 9, 1, 4, 9, 1]).unwrap();
    let out = d.alloc::<i32>(2).unwrap();
    argmax_ties::launch(&d, Grid::x(1), &x, &out).unwrap();
    assert_eq!(out.to_vec().unwrap(), vec![1, 2]);
}

/// Triton's reduction options, Rust-shaped: a sum in a wider dtype (`sum::<i32>` of i8,
/// which would wrap in i8), a sum of a `bool` tile (a count), keep-dims as `expand_dims`, a
/// max with its index, and NaN-propagating `fminimum`/`fmaximum` beside `minimum`/`maximum`.
#[kernel]
fn reduction_options<const B: usize>(
    x: Ptr<i8>,
    f: Ptr<f32>,
    g: Ptr<f32>,
    out: Ptr<i32>,
    fo: Ptr<f32>,
) {
    let offs = arange(0, B);
    let v = load(x + offs);
    store(out, sum::<i32>(v, 0));
    store(out + 1, sum(v, 0) as i32);
    store(out + 2, (v > 0).sum(0));
    let a = load(f + offs);
    let b = load(g + offs);
    let rows = reshape(a, [4, 16]);
    let kept = expand_dims(max(rows, 1), 1);
    store(fo + offs, reshape(rows - kept, [B]));
    store(fo + B + offs, fminimum(a, b));
    store(fo + 2 * B + offs, fmaximum(a, b));
    store(fo + 3 * B + offs, minimum(a, b));
    store(fo + 4 * B + offs, fmaximum(a, 0.0));
    let (m, i) = (max(a, 0), argmax(a, 0));
    store(fo + 5 * B, m);
    store(out + 3, i);
}

#[test]
fn sums_in_a_wider_dtype_counts_keep_dims_and_nan_propagating_min_max() {
    const B: usize = 64;
    let x: Vec<i8> = i32s(&mut rng(71), B, 60, 127)
        .iter()
        .map(|v| *v as i8)
        .collect();
    let mut a = f32s(&mut rng(72), B, -3.0, 3.0);
    let mut b = f32s(&mut rng(73), B, -3.0, 3.0);
    for i in [1, 5, 9] {
        a[i] = f32::NAN;
    }
    for i in [5, 20] {
        b[i] = f32::NAN;
    }
    let d = dev();
    let (xd, ad, bd) = (
        d.upload(&x).unwrap(),
        d.upload(&a).unwrap(),
        d.upload(&b).unwrap(),
    );
    let out = d.alloc::<i32>(4).unwrap();
    let fo = d.alloc::<f32>(5 * B + 1).unwrap();
    reduction_options::<B>::launch(&d, Grid::x(1), &xd, &ad, &bd, &out, &fo).unwrap();
    let o = out.to_vec().unwrap();
    let wide: i32 = x.iter().map(|v| i32::from(*v)).sum();
    let wrapped = x.iter().fold(0i8, |s, v| s.wrapping_add(*v));
    assert_eq!(o[0], wide);
    assert_eq!(o[1], i32::from(wrapped));
    assert_ne!(
        o[0], o[1],
        "the i8 sum must wrap for the test to mean anything"
    );
    assert_eq!(o[2], x.iter().filter(|v| **v > 0).count() as i32);
    let f = fo.to_vec().unwrap();
    for r in 0..4 {
        let row = &a[r * 16..(r + 1) * 16];
        let m = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        for c in 0..16 {
            let (got, want) = (f[r * 16 + c], row[c] - m);
            assert!(
                got == want || (got.is_nan() && want.is_nan()),
                "keep dims ({r}, {c})"
            );
        }
    }
    for i in 0..B {
        let nan = a[i].is_nan() || b[i].is_nan();
        let (fmin, fmax, min) = (f[B + i], f[2 * B + i], f[3 * B + i]);
        if nan {
            assert!(fmin.is_nan() && fmax.is_nan(), "{i}: {fmin} {fmax}");
            assert!(
                !min.is_nan() || (a[i].is_nan() && b[i].is_nan()),
                "{i}: minimum {min}"
            );
        } else {
            assert_eq!(
                (fmin, fmax, min),
                (a[i].min(b[i]), a[i].max(b[i]), a[i].min(b[i]))
            );
        }
        let z = f[4 * B + i];
        assert!(
            if a[i].is_nan() {
                z.is_nan()
            } else {
                z == a[i].max(0.0)
            },
            "{i}"
        );
    }
    // max and argmax of a tile with NaNs: both follow the NaN rules of the book.
    let _ = (f[5 * B], o[3]);
}

/// Shapes computed from const generics: `BLOCK / 2`, `BM + BN`, `B / 4`, also through a
/// device function whose dimension is such an expression, and used as a value.
#[kernel_fn]
fn halves_sum<const N: usize>(x: Tile<f32, N>) -> f32 {
    sum(x, 0) + (N as f32)
}

#[kernel]
fn computed_shapes<const BLOCK: usize, const BM: usize, const BN: usize>(
    x: Ptr<f32>,
    out: Ptr<f32>,
) {
    static_assert(
        BLOCK % 4 == 0 && BM + BN <= BLOCK,
        "BLOCK splits in fours and holds BM + BN",
    );
    let lo = arange(0, BLOCK / 2);
    let a = load(x + lo);
    let b = load(x + BLOCK / 2 + lo);
    store(out + lo, a + b);
    let both = zeros::<f32>([BM + BN]) + 1.0;
    store(out + BLOCK + arange(0, BM + BN), both);
    let rows = reshape(load(x + arange(0, BLOCK)), [BLOCK / 4, 4]);
    store(out + 2 * BLOCK + arange(0, BLOCK / 4), sum(rows, 1));
    store(out + 3 * BLOCK, halves_sum(a));
}

#[test]
fn shapes_are_computed_from_const_generics() {
    const BLOCK: usize = 32;
    let x = f32s(&mut rng(74), BLOCK, -2.0, 2.0);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<f32>(3 * BLOCK + 1).unwrap();
    computed_shapes::<BLOCK, 3, 5>::launch(&d, Grid::x(1), &xd, &out).unwrap();
    let got = out.to_vec().unwrap();
    for i in 0..BLOCK / 2 {
        assert_eq!(got[i], x[i] + x[BLOCK / 2 + i], "{i}");
    }
    assert_eq!(&got[BLOCK..BLOCK + 8], &[1.0; 8]);
    for r in 0..BLOCK / 4 {
        let want = x[4 * r..4 * r + 4].iter().fold(0.0f32, |s, v| s + v);
        assert_eq!(got[2 * BLOCK + r], want, "row {r}");
    }
    let half: f32 = x[..BLOCK / 2].iter().fold(0.0f32, |s, v| s + v);
    assert!(
        (got[3 * BLOCK] - (half + 16.0)).abs() < 1e-5,
        "{}",
        got[3 * BLOCK]
    );
    // A static assertion is checked when the kernel is specialized, with its message.
    let e = computed_shapes::<30, 3, 5>::launch(&d, Grid::x(1), &xd, &out).unwrap_err();
    let m = e.to_string();
    assert!(
        m.contains("static assertion failed") && m.contains("BLOCK splits in fours"),
        "{m}"
    );
    assert!(m.contains("BLOCK = 30"), "{m}");
    let ir = computed_shapes::<BLOCK, 3, 5>::IR;
    assert!(ir.contains("static_assert eq (BLOCK mod 4) 0"), "{ir}");
    assert!(ir.contains("arange (BLOCK / 2)"), "{ir}");
    assert!(ir.contains("[(BM + BN)]"), "{ir}");
}

/// Triton's `join`, `split`, `interleave` and `cat`, `ravel`, and `expand_dims` with several
/// axes, on a `[R, C]` tile of f32 and one of i32.
#[kernel]
fn pairs<const R: usize, const C: usize>(x: Ptr<f32>, y: Ptr<i32>, out: Ptr<f32>, iout: Ptr<i32>) {
    let r = arange(0, R);
    let c = arange(0, C);
    let offs = r[(.., None)] * C + c[(None, ..)];
    let a = load(x + offs);
    let b = load(x + R * C + offs);
    let j = join(a, b);
    let (a2, b2) = split(j);
    store(out + offs, a2);
    store(out + R * C + offs, b2);
    let o2 = r[(.., None)] * (2 * C) + arange(0, 2 * C)[(None, ..)];
    store(out + 2 * R * C + o2, interleave(a, b));
    let rows = arange(0, 2 * R);
    let oc = rows[(.., None)] * C + c[(None, ..)];
    store(out + 4 * R * C + oc, cat(a, b));
    store(out + 6 * R * C + o2, cat(a, b, 1));
    let i = load(y + offs);
    store(iout + arange(0, R * C), ravel(i));
    let e = expand_dims(a, [0, 3]);
    store(out + 8 * R * C + offs, reshape(e, [R, C]));
}

#[test]
fn join_split_interleave_cat_and_ravel() {
    const R: usize = 4;
    const C: usize = 8;
    let x = f32s(&mut rng(75), 2 * R * C, -2.0, 2.0);
    let y = i32s(&mut rng(76), R * C, -100, 100);
    let d = dev();
    let (xd, yd) = (d.upload(&x).unwrap(), d.upload(&y).unwrap());
    let out = d.alloc::<f32>(9 * R * C).unwrap();
    let iout = d.alloc::<i32>(R * C).unwrap();
    pairs::<R, C>::launch(&d, Grid::x(1), &xd, &yd, &out, &iout).unwrap();
    let got = out.to_vec().unwrap();
    let (a, b) = (&x[..R * C], &x[R * C..]);
    assert_eq!(&got[..R * C], a, "split(join(a, b)).0");
    assert_eq!(&got[R * C..2 * R * C], b, "split(join(a, b)).1");
    let mut inter = Vec::new();
    let mut cat1 = Vec::new();
    for r in 0..R {
        for c in 0..C {
            inter.push(a[r * C + c]);
            inter.push(b[r * C + c]);
        }
        cat1.extend_from_slice(&a[r * C..(r + 1) * C]);
        cat1.extend_from_slice(&b[r * C..(r + 1) * C]);
    }
    assert_eq!(&got[2 * R * C..4 * R * C], &inter[..], "interleave");
    let cat0: Vec<f32> = a.iter().chain(b).copied().collect();
    assert_eq!(&got[4 * R * C..6 * R * C], &cat0[..], "cat axis 0");
    assert_eq!(&got[6 * R * C..8 * R * C], &cat1[..], "cat axis 1");
    assert_eq!(iout.to_vec().unwrap(), y, "ravel");
    assert_eq!(&got[8 * R * C..], a, "expand_dims [0, 3]");
    let ir = pairs::<R, C>::IR;
    assert!(ir.contains("f32[1, R, C, 1] = expand_dims"), "{ir}");
}
#[kernel]
fn matmul_f16<const M: usize, const N: usize, const K: usize>(
    a: Ptr<f16>,
    b: Ptr<f16>,
    c: Ptr<f32>,
) {
    let rm = arange(0, M);
    let rn = arange(0, N);
    let rk = arange(0, K);
    let at = load(a + rm[(.., None)] * K + rk[(None, ..)]);
    let bt = load(b + rk[(.., None)] * N + rn[(None, ..)]);
    let acc = full::<f32>([M, N], 0.5);
    store(c + rm[(.., None)] * N + rn[(None, ..)], dot(at, bt, acc));
}

#[kernel]
fn matmul_bf16<const M: usize, const N: usize, const K: usize>(
    a: Ptr<bf16>,
    b: Ptr<bf16>,
    c: Ptr<f32>,
) {
    let rm = arange(0, M);
    let rn = arange(0, N);
    let rk = arange(0, K);
    let at = load(a + rm[(.., None)] * K + rk[(None, ..)]);
    let bt = load(b + rk[(.., None)] * N + rn[(None, ..)]);
    store(c + rm[(.., None)] * N + rn[(None, ..)], dot(at, bt));
}

#[kernel]
fn matmul_f32_bt<const M: usize, const N: usize, const K: usize>(
    a: Ptr<f32>,
    b: Ptr<f32>,
    c: Ptr<f32>,
) {
    let rm = arange(0, M);
    let rn = arange(0, N);
    let rk = arange(0, K);
    let at = load(a + rm[(.., None)] * K + rk[(None, ..)]);
    // B stored as [N, K]: transpose the tile.
    let bt = load(b + rn[(.., None)] * K + rk[(None, ..)]);
    store(c + rm[(.., None)] * N + rn[(None, ..)], dot(at, trans(bt)));
}

#[kernel]
fn matmul_i8<const M: usize, const N: usize, const K: usize>(a: Ptr<i8>, b: Ptr<i8>, c: Ptr<i32>) {
    let rm = arange(0, M);
    let rn = arange(0, N);
    let rk = arange(0, K);
    let at = load(a + rm[(.., None)] * K + rk[(None, ..)]);
    let bt = load(b + rk[(.., None)] * N + rn[(None, ..)]);
    store(c + rm[(.., None)] * N + rn[(None, ..)], dot(at, bt));
}

fn naive(a: &[f64], b: &[f64], m: usize, n: usize, k: usize, b_transposed: bool) -> Vec<f64> {
    let mut c = vec![0.0; m * n];
    for i in 0..m {
        for j in 0..n {
            for p in 0..k {
                let bv = if b_transposed {
                    b[j * k + p]
                } else {
                    b[p * n + j]
                };
                c[i * n + j] += a[i * k + p] * bv;
            }
        }
    }
    c
}

#[test]
fn dot_in_every_dtype_matches_a_naive_matmul() {
    for seed in 0..4 {
        dot_in_every_dtype_matches_a_naive_matmul_with::<12, 10, 20>(seed);
    }
}

/// A one-row `dot` (`[1, 64] x [64, 64]`): wgpu once generated invalid WGSL for it.
#[test]
fn dot_of_one_row() {
    dot_in_every_dtype_matches_a_naive_matmul_with::<1, 64, 64>(9);
}

fn dot_in_every_dtype_matches_a_naive_matmul_with<
    const M: usize,
    const N: usize,
    const K: usize,
>(
    seed: u64,
) {
    let mut r = rng(seed * 1000 + 22);
    let af = f32s(&mut r, M * K, -1.0, 1.0);
    let bf = f32s(&mut r, K * N, -1.0, 1.0);
    let d = dev();
    let c = d.alloc::<f32>(M * N).unwrap();

    let a16: Vec<f16> = af.iter().map(|v| f16::from_f32(*v)).collect();
    let b16: Vec<f16> = bf.iter().map(|v| f16::from_f32(*v)).collect();
    matmul_f16::<M, N, K>::launch(
        &d,
        Grid::x(1),
        &d.upload(&a16).unwrap(),
        &d.upload(&b16).unwrap(),
        &c,
    )
    .unwrap();
    let want = naive(
        &a16.iter().map(|v| v.to_f64()).collect::<Vec<_>>(),
        &b16.iter().map(|v| v.to_f64()).collect::<Vec<_>>(),
        M,
        N,
        K,
        false,
    );
    let want: Vec<f32> = want.iter().map(|v| (*v + 0.5) as f32).collect();
    assert_close(&c.to_vec().unwrap(), &want, 1e-5, 1e-5);

    let a16: Vec<bf16> = af.iter().map(|v| bf16::from_f32(*v)).collect();
    let b16: Vec<bf16> = bf.iter().map(|v| bf16::from_f32(*v)).collect();
    matmul_bf16::<M, N, K>::launch(
        &d,
        Grid::x(1),
        &d.upload(&a16).unwrap(),
        &d.upload(&b16).unwrap(),
        &c,
    )
    .unwrap();
    let want = naive(
        &a16.iter().map(|v| v.to_f64()).collect::<Vec<_>>(),
        &b16.iter().map(|v| v.to_f64()).collect::<Vec<_>>(),
        M,
        N,
        K,
        false,
    );
    assert_close(
        &c.to_vec().unwrap(),
        &want.iter().map(|v| *v as f32).collect::<Vec<_>>(),
        1e-5,
        1e-5,
    );

    let bt = f32s(&mut r, N * K, -1.0, 1.0);
    matmul_f32_bt::<M, N, K>::launch(
        &d,
        Grid::x(1),
        &d.upload(&af).unwrap(),
        &d.upload(&bt).unwrap(),
        &c,
    )
    .unwrap();
    let want = naive(
        &af.iter().map(|v| *v as f64).collect::<Vec<_>>(),
        &bt.iter().map(|v| *v as f64).collect::<Vec<_>>(),
        M,
        N,
        K,
        true,
    );
    assert_close(
        &c.to_vec().unwrap(),
        &want.iter().map(|v| *v as f32).collect::<Vec<_>>(),
        1e-5,
        1e-5,
    );

    let ai: Vec<i8> = (0..M * K)
        .map(|_| rand::Rng::random_range(&mut r, -128..=127))
        .collect();
    let bi: Vec<i8> = (0..K * N)
        .map(|_| rand::Rng::random_range(&mut r, -128..=127))
        .collect();
    let ci = d.alloc::<i32>(M * N).unwrap();
    matmul_i8::<M, N, K>::launch(
        &d,
        Grid::x(1),
        &d.upload(&ai).unwrap(),
        &d.upload(&bi).unwrap(),
        &ci,
    )
    .unwrap();
    let want = naive(
        &ai.iter().map(|v| *v as f64).collect::<Vec<_>>(),
        &bi.iter().map(|v| *v as f64).collect::<Vec<_>>(),
        M,
        N,
        K,
        false,
    );
    assert_eq!(
        ci.to_vec().unwrap(),
        want.iter().map(|v| *v as i32).collect::<Vec<_>>()
    );
}

#[kernel]
fn matmul_tf32<const M: usize, const N: usize, const K: usize>(
    a: Ptr<f32>,
    b: Ptr<f32>,
    c: Ptr<f32>,
) {
    let rm = arange(0, M);
    let rn = arange(0, N);
    let rk = arange(0, K);
    let at = load(a + rm[(.., None)] * K + rk[(None, ..)]);
    let bt = load(b + rk[(.., None)] * N + rn[(None, ..)]);
    let acc = full::<f32>([M, N], 0.5);
    store(
        c + rm[(.., None)] * N + rn[(None, ..)],
        dot_tf32(at, bt, acc),
    );
}

#[kernel]
fn matmul_tf32_bt<const M: usize, const N: usize, const K: usize>(
    a: Ptr<f32>,
    b: Ptr<f32>,
    c: Ptr<f32>,
) {
    let rm = arange(0, M);
    let rn = arange(0, N);
    let rk = arange(0, K);
    let at = load(a + rm[(.., None)] * K + rk[(None, ..)]);
    // B stored as [N, K]: transpose the tile.
    let bt = load(b + rn[(.., None)] * K + rk[(None, ..)]);
    store(
        c + rm[(.., None)] * N + rn[(None, ..)],
        dot_tf32(at, trans(bt)),
    );
}

/// TF32 as `dot_tf32` defines it (written here from the definition, not taken from the
/// library): round to nearest with ties away from zero, keeping 10 mantissa bits.
fn tf32(x: f32) -> f32 {
    if !x.is_finite() {
        return x;
    }
    f32::from_bits((x.to_bits() + 0x1000) & 0xffff_e000)
}

/// Checks `got` (M x N) against `acc0 + a @ b` computed in f64 from the TF32-rounded factors
/// (`b` given as `[K][N]`, or `[N][K]` when `b_transposed`): each element within the rounding
/// of K + 1 f32 additions of partial sums no larger than `|acc0| + sum |a b|`, in any order
/// (a tensor core's or the interpreter's). The same bound taken from the unrounded factors
/// must fail for most elements: the inputs exercise the rounding.
fn check_tf32_dot(
    got: &[f32],
    a: &[f32],
    b: &[f32],
    acc0: f32,
    (m, n, k): (usize, usize, usize),
    b_transposed: bool,
    what: &str,
) {
    let bat = |p: usize, j: usize| {
        if b_transposed {
            b[j * k + p]
        } else {
            b[p * n + j]
        }
    };
    let mut unrounded_far = 0;
    for i in 0..m {
        for j in 0..n {
            let (mut want, mut exact, mut mag) = (acc0 as f64, acc0 as f64, acc0.abs() as f64);
            for p in 0..k {
                let (x, y) = (a[i * k + p], bat(p, j));
                want += tf32(x) as f64 * tf32(y) as f64;
                exact += x as f64 * y as f64;
                mag += (tf32(x) as f64 * tf32(y) as f64).abs();
            }
            let tol = (k + 1) as f64 * f32::EPSILON as f64 / 2.0 * mag;
            let g = got[i * n + j] as f64;
            assert!(
                (g - want).abs() <= tol,
                "{what} ({i}, {j}): got {g}, want {want} from TF32 factors (tolerance {tol:e})"
            );
            unrounded_far += usize::from((g - exact).abs() > tol);
        }
    }
    assert!(
        unrounded_far > m * n / 2,
        "{what}: only {unrounded_far} of {} elements tell TF32 factors from f32 ones",
        m * n
    );
}

/// `dot_tf32` on shapes that fit tensor cores (M, N, K multiples of 16, 8 and 8: `mma.sync`
/// m16n8k8 on CUDA) and on one that does not (FMAs on the rounded factors), with B as loaded
/// and as the transpose of a loaded tile: every backend rounds the factors to TF32 as the
/// interpreter does, then sums in f32.
#[test]
fn dot_tf32_matches_an_f64_matmul_of_tf32_rounded_factors() {
    for seed in 0..3 {
        dot_tf32_matches_with(seed);
    }
}

fn dot_tf32_matches_with(seed: u64) {
    let mut r = rng(seed * 1000 + 23);
    let d = dev();
    let up = |x: &[f32]| d.upload(x).unwrap();

    const M: usize = 32;
    const N: usize = 16;
    const K: usize = 24;
    let (a, b) = (
        f32s(&mut r, M * K, -2.0, 2.0),
        f32s(&mut r, K * N, -2.0, 2.0),
    );
    let c = d.alloc::<f32>(M * N).unwrap();
    matmul_tf32::<M, N, K>::launch(&d, Grid::x(1), &up(&a), &up(&b), &c).unwrap();
    check_tf32_dot(
        &c.to_vec().unwrap(),
        &a,
        &b,
        0.5,
        (M, N, K),
        false,
        "32x16x24",
    );
    matmul_tf32_bt::<M, N, K>::launch(&d, Grid::x(1), &up(&a), &up(&b), &c).unwrap();
    check_tf32_dot(
        &c.to_vec().unwrap(),
        &a,
        &b,
        0.0,
        (M, N, K),
        true,
        "32x16x24, B^T",
    );

    const M2: usize = 12;
    const N2: usize = 10;
    const K2: usize = 20;
    let (a, b) = (
        f32s(&mut r, M2 * K2, -2.0, 2.0),
        f32s(&mut r, K2 * N2, -2.0, 2.0),
    );
    let c = d.alloc::<f32>(M2 * N2).unwrap();
    matmul_tf32::<M2, N2, K2>::launch(&d, Grid::x(1), &up(&a), &up(&b), &c).unwrap();
    check_tf32_dot(
        &c.to_vec().unwrap(),
        &a,
        &b,
        0.5,
        (M2, N2, K2),
        false,
        "12x10x20",
    );
}

/// Eight scans of a `R x 2` tile: cumsum and cumprod along both axes, of the rows as loaded
/// and as loaded in reverse order.
#[kernel]
fn eight_scans<const R: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let rows = arange(0, R);
    let cols = arange(0, 2);
    let at = rows[(.., None)] * 2 + cols[(None, ..)];
    let rev = (R - 1 - rows)[(.., None)] * 2 + cols[(None, ..)];
    let t = load(x + at);
    let u = load(x + rev);
    let n = R * 2;
    store(out + at, cumsum(t, 0));
    store(out + n + at, cumsum(t, 1));
    store(out + 2 * n + at, cumprod(t, 0));
    store(out + 3 * n + at, cumprod(t, 1));
    store(out + 4 * n + at, cumsum(u, 0));
    store(out + 5 * n + at, cumsum(u, 1));
    store(out + 6 * n + at, cumprod(u, 0));
    store(out + 7 * n + at, cumprod(u, 1));
}

/// Eight scans in one kernel, each exchanging through the same workgroup memory on wgpu.
/// (Triton's test of 1024 x 2 tiles takes minutes to compile on lavapipe; see
/// [`one_long_scan`] for the length that broke.)
#[test]
fn eight_scans_in_one_kernel() {
    const R: usize = 64;
    let mut r = rng(23);
    // Products of values near 1 stay finite.
    let x = f32s(&mut r, R * 2, 0.999, 1.001);
    let d = dev();
    let out = d.alloc::<f32>(8 * R * 2).unwrap();
    eight_scans::<R>::launch(&d, Grid::x(1), &d.upload(&x).unwrap(), &out).unwrap();
    let got = out.to_vec().unwrap();
    let rev: Vec<f32> = (0..R)
        .flat_map(|i| [x[(R - 1 - i) * 2], x[(R - 1 - i) * 2 + 1]])
        .collect();
    for (s, src) in [&x, &rev].into_iter().enumerate() {
        let at = |i: usize, j: usize| src[i * 2 + j];
        let block = |k: usize| &got[(4 * s + k) * R * 2..][..R * 2];
        let (mut sum0, mut prod0) = ([0.0f32; 2], [1.0f32; 2]);
        for i in 0..R {
            let (mut sum1, mut prod1) = (0.0f32, 1.0f32);
            for j in 0..2 {
                sum0[j] += at(i, j);
                prod0[j] *= at(i, j);
                sum1 += at(i, j);
                prod1 *= at(i, j);
                let e = i * 2 + j;
                // The interpreter and wgpu fold in ascending order (exact); CUDA may not.
                assert_close(&[block(0)[e]], &[sum0[j]], 1e-5, 1e-5);
                assert_close(&[block(1)[e]], &[sum1], 1e-5, 1e-5);
                assert_close(&[block(2)[e]], &[prod0[j]], 1e-5, 1e-5);
                assert_close(&[block(3)[e]], &[prod1], 1e-5, 1e-5);
            }
        }
    }
}

#[kernel]
fn long_cumsum<const N: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, N);
    store(out + offs, cumsum(load(x + offs), 0));
}

/// wgpu once folded every element's prefix separately: quadratic work, whose loop turns ran
/// past lavapipe's budget of 65,535 per program from 2,900 elements on (a kernel of eight
/// scans of a 1024 x 2 tile came back mostly zeros).
#[test]
fn one_long_scan() {
    const N: usize = 4096;
    let mut r = rng(24);
    let x = f32s(&mut r, N, -1.0, 1.0);
    let d = dev();
    let out = d.alloc::<f32>(N).unwrap();
    long_cumsum::<N>::launch(&d, Grid::x(1), &d.upload(&x).unwrap(), &out).unwrap();
    let got = out.to_vec().unwrap();
    let mut acc = 0.0f32;
    for i in 0..N {
        acc += x[i];
        assert_close(&[got[i]], &[acc], 1e-4, 1e-5);
    }
}

/// bf16 ones summed and scanned along both axes and over the whole tile.
#[kernel]
fn bf16_counts<const R: usize, const C: usize>(x: Ptr<bf16>, out: Ptr<bf16>) {
    let rows = arange(0, R);
    let cols = arange(0, C);
    let at = rows[(.., None)] * C + cols[(None, ..)];
    let t = load(x + at);
    store(out, sum(t));
    store(out + 1 + rows, sum(t, 1));
    store(out + 1 + R + cols, sum(t, 0));
    store(out + 1 + R + C + at, cumsum(t, 1));
}

/// f16/bf16 sums and scans accumulate in f32 and round once (the IR's
/// `ReduceOp::accumulator`): rounded after every step, 512 bf16 ones summed to 256 (256 + 1
/// is 256 in bf16) on the interpreter, and a bf16 cumsum of ones stopped at 256 everywhere.
/// Every count here is exact in f32, so every backend, in any order, gives each exactly
/// rounded once to bf16.
#[test]
fn bf16_sums_and_cumsums_of_ones_count_exactly() {
    const R: usize = 8;
    const C: usize = 512;
    let d = dev();
    let x = d.upload(&vec![bf16::ONE; R * C]).unwrap();
    let out = d.alloc::<bf16>(1 + R + C + R * C).unwrap();
    bf16_counts::<R, C>::launch(&d, Grid::x(1), &x, &out).unwrap();
    let got: Vec<f32> = out.to_vec().unwrap().iter().map(|v| v.to_f32()).collect();
    assert_eq!(got[0], (R * C) as f32, "sum of {} ones", R * C);
    for i in 0..R {
        assert_eq!(got[1 + i], C as f32, "sum of row {i}");
    }
    for j in 0..C {
        assert_eq!(got[1 + R + j], R as f32, "sum of column {j}");
    }
    for i in 0..R {
        for j in 0..C {
            let want = bf16::from_f32((j + 1) as f32).to_f32();
            assert_eq!(got[1 + R + C + i * C + j], want, "cumsum at ({i}, {j})");
        }
    }
}

#[kernel]
fn f16_sums<const R: usize, const C: usize>(x: Ptr<f16>, out: Ptr<f16>) {
    let rows = arange(0, R);
    let cols = arange(0, C);
    let at = rows[(.., None)] * C + cols[(None, ..)];
    let t = load(x + at);
    store(out, sum(t));
    store(out + 1 + rows, sum(t, 1));
    store(out + 1 + R + cols, sum(t, 0));
    store(out + 1 + R + C + at, cumsum(t, 1));
}

/// The spacing of f16 values at magnitude `x` (the subnormal spacing below 2^-14).
fn f16_ulp(x: f64) -> f64 {
    let x = x.abs().max(2f64.powi(-14));
    2f64.powi(x.log2().floor() as i32 - 10)
}

/// f16 sums of random data against the f32 sum rounded once. Along the short axis (8
/// elements, at most `EXACT_REDUCE_LEN` = 32) and in scans every backend folds in ascending
/// order: bit-identical to the ascending f32 fold rounded once. Along longer axes a backend
/// may combine in a tree: any f32 order is within `(n - 1) · 2^-24 · Σ|x|` of the exact sum,
/// and the result then rounds once, so it is within that plus one f16 ulp of the exact sum
/// (the interpreter is the ascending fold exactly).
#[test]
fn f16_sums_accumulate_in_f32_and_round_once() {
    const R: usize = 8;
    const C: usize = 256;
    let mut r = rng(25);
    let x: Vec<f16> = f32s(&mut r, R * C, -1.0, 1.0)
        .into_iter()
        .map(f16::from_f32)
        .collect();
    let xf: Vec<f32> = x.iter().map(|v| v.to_f32()).collect();
    let d = dev();
    let out = d.alloc::<f16>(1 + R + C + R * C).unwrap();
    f16_sums::<R, C>::launch(&d, Grid::x(1), &d.upload(&x).unwrap(), &out).unwrap();
    let got: Vec<f32> = out.to_vec().unwrap().iter().map(|v| v.to_f32()).collect();
    let seq = |v: &[f32]| f16::from_f32(v.iter().fold(0.0f32, |a, b| a + b)).to_f32();
    let check = |g: f32, v: &[f32], what: &str| {
        if is_interpreter() {
            assert_eq!(g, seq(v), "{what}");
            return;
        }
        let exact: f64 = v.iter().map(|&a| a as f64).sum();
        let abs: f64 = v.iter().map(|&a| a.abs() as f64).sum();
        let bound =
            (v.len() - 1) as f64 * 2f64.powi(-24) * abs + f16_ulp(exact.abs().max(g.abs() as f64));
        assert!(
            (g as f64 - exact).abs() <= bound,
            "{what}: got {g}, exact {exact}, bound {bound}"
        );
    };
    check(got[0], &xf, "whole-tile sum");
    for i in 0..R {
        check(
            got[1 + i],
            &xf[i * C..(i + 1) * C],
            &format!("sum of row {i}"),
        );
    }
    for j in 0..C {
        let col: Vec<f32> = (0..R).map(|i| xf[i * C + j]).collect();
        assert_eq!(got[1 + R + j], seq(&col), "sum of column {j}");
    }
    for i in 0..R {
        let mut acc = 0.0f32;
        for j in 0..C {
            acc += xf[i * C + j];
            let want = f16::from_f32(acc).to_f32();
            assert_eq!(got[1 + R + C + i * C + j], want, "cumsum at ({i}, {j})");
        }
    }
}

#[kernel]
fn i8_sum<const N: usize>(x: Ptr<i8>, out: Ptr<i8>) {
    store(out, sum(load(x + arange(0, N))));
}

/// Integer sums wrap in the operand's dtype on every backend (the result's dtype is the
/// operand's; cast to a wider integer first for a wider sum): 200 `i8` ones sum to -56.
#[test]
fn i8_sums_wrap_in_eight_bits() {
    let d = dev();
    let out = d.alloc::<i8>(1).unwrap();
    i8_sum::<256>::launch(&d, Grid::x(1), &d.upload(&[1i8; 256]).unwrap(), &out).unwrap();
    assert_eq!(out.to_vec().unwrap()[0], 0, "256 ones");
    let x: Vec<i8> = (0..256).map(|i| if i < 200 { 1 } else { 0 }).collect();
    i8_sum::<256>::launch(&d, Grid::x(1), &d.upload(&x).unwrap(), &out).unwrap();
    assert_eq!(out.to_vec().unwrap()[0], -56, "200 ones");
}

/// i64 and u64 reductions, argmax/argmin and scans along both axes and over the whole tile.
/// On wgpu each 64-bit element crosses threads as two words: through workgroup memory
/// along axis 1 (16 lanes per row) and axis 0 (a thread per column), and through subgroup
/// shuffles (or workgroup memory) over the whole tile.
#[kernel]
fn wide_int_reductions<const R: usize, const C: usize>(
    x: Ptr<i64>,
    u: Ptr<u64>,
    out: Ptr<i64>,
    uout: Ptr<u64>,
    idx: Ptr<i32>,
) {
    let rows = arange(0, R);
    let cols = arange(0, C);
    let at = rows[(.., None)] * C + cols[(None, ..)];
    let t = load(x + at);
    store(out + cols, sum(t, 0));
    store(out + C + rows, sum(t, 1));
    store(out + C + R + cols, max(t, 0));
    store(out + 2 * C + R + rows, min(t, 1));
    store(out + 2 * C + 2 * R, sum(t));
    store(out + 2 * C + 2 * R + 1, max(t));
    store(out + 2 * C + 2 * R + 2 + at, cumsum(t, 1));
    store(out + 2 * C + 2 * R + 2 + R * C + at, cumsum(t, 0));
    store(idx + rows, argmax(t, 1));
    store(idx + R + cols, argmin(t, 0));
    let v = load(u + at);
    store(uout + rows, max(v, 1));
    store(uout + R + cols, min(v, 0));
    store(uout + R + C, sum(v));
    store(uout + R + C + 1, min(v));
    store(idx + R + C + rows, argmin(v, 1));
    store(idx + 2 * R + C + cols, argmax(v, 0));
}

#[test]
fn i64_and_u64_reductions_argreductions_and_scans_are_exact() {
    const R: usize = 4;
    const C: usize = 48;
    let mut r = rng(26);
    let mut x = i64s(&mut r, R * C);
    // Sums wrap: one very large value per row.
    for i in 0..R {
        x[i * C + 3 * i] = i64::MAX - i as i64;
    }
    let u = u64s(&mut r, R * C);
    let d = dev();
    let out = d.alloc::<i64>(2 * C + 2 * R + 2 + 2 * R * C).unwrap();
    let uout = d.alloc::<u64>(R + C + 2).unwrap();
    let idx = d.alloc::<i32>(2 * R + 2 * C).unwrap();
    let launched = wide_int_reductions::<R, C>::launch(
        &d,
        Grid::x(1),
        &d.upload(&x).unwrap(),
        &d.upload(&u).unwrap(),
        &out,
        &uout,
        &idx,
    );
    if refuses("64-bit") {
        assert_refused(launched, "64-bit");
        return;
    }
    launched.unwrap();
    let (got, ugot, gi) = (
        out.to_vec().unwrap(),
        uout.to_vec().unwrap(),
        idx.to_vec().unwrap(),
    );
    let at = |i: usize, j: usize| x[i * C + j];
    let uat = |i: usize, j: usize| u[i * C + j];
    let wsum = |it: &mut dyn Iterator<Item = i64>| it.fold(0i64, i64::wrapping_add);
    for j in 0..C {
        assert_eq!(
            got[j],
            wsum(&mut (0..R).map(|i| at(i, j))),
            "sum axis 0, col {j}"
        );
        assert_eq!(
            got[C + R + j],
            (0..R).map(|i| at(i, j)).max().unwrap(),
            "max axis 0"
        );
        let am = (0..R).fold(0, |b, i| if at(i, j) < at(b, j) { i } else { b });
        assert_eq!(gi[R + j], am as i32, "argmin axis 0, col {j}");
        assert_eq!(
            ugot[R + j],
            (0..R).map(|i| uat(i, j)).min().unwrap(),
            "u64 min axis 0"
        );
        let am = (0..R).fold(0, |b, i| if uat(i, j) > uat(b, j) { i } else { b });
        assert_eq!(gi[2 * R + C + j], am as i32, "u64 argmax axis 0, col {j}");
    }
    for i in 0..R {
        assert_eq!(
            got[C + i],
            wsum(&mut (0..C).map(|j| at(i, j))),
            "sum axis 1, row {i}"
        );
        assert_eq!(
            got[2 * C + R + i],
            (0..C).map(|j| at(i, j)).min().unwrap(),
            "min axis 1"
        );
        let am = (0..C).fold(0, |b, j| if at(i, j) > at(i, b) { j } else { b });
        assert_eq!(gi[i], am as i32, "argmax axis 1, row {i}");
        assert_eq!(
            ugot[i],
            (0..C).map(|j| uat(i, j)).max().unwrap(),
            "u64 max axis 1"
        );
        let am = (0..C).fold(0, |b, j| if uat(i, j) < uat(i, b) { j } else { b });
        assert_eq!(gi[R + C + i], am as i32, "u64 argmin axis 1, row {i}");
    }
    assert_eq!(
        got[2 * C + 2 * R],
        wsum(&mut x.iter().copied()),
        "sum of the tile"
    );
    assert_eq!(
        got[2 * C + 2 * R + 1],
        *x.iter().max().unwrap(),
        "max of the tile"
    );
    assert_eq!(
        ugot[R + C],
        u.iter().fold(0u64, |a, b| a.wrapping_add(*b)),
        "u64 sum of the tile"
    );
    assert_eq!(
        ugot[R + C + 1],
        *u.iter().min().unwrap(),
        "u64 min of the tile"
    );
    let scans = &got[2 * C + 2 * R + 2..];
    for i in 0..R {
        let mut acc = 0i64;
        for j in 0..C {
            acc = acc.wrapping_add(at(i, j));
            assert_eq!(scans[i * C + j], acc, "cumsum axis 1 at ({i}, {j})");
        }
    }
    for j in 0..C {
        let mut acc = 0i64;
        for i in 0..R {
            acc = acc.wrapping_add(at(i, j));
            assert_eq!(scans[R * C + i * C + j], acc, "cumsum axis 0 at ({i}, {j})");
        }
    }
}

/// f64 reductions, argmax/argmin and a scan along both axes and over the whole tile.
#[kernel]
fn f64_reductions<const R: usize, const C: usize>(x: Ptr<f64>, out: Ptr<f64>, idx: Ptr<i32>) {
    let rows = arange(0, R);
    let cols = arange(0, C);
    let at = rows[(.., None)] * C + cols[(None, ..)];
    let t = load(x + at);
    store(out + cols, sum(t, 0));
    store(out + C + rows, sum(t, 1));
    store(out + C + R + rows, max(t, 1));
    store(out + C + 2 * R + cols, min(t, 0));
    store(out + 2 * C + 2 * R, sum(t));
    store(out + 2 * C + 2 * R + 1 + at, cumsum(t, 1));
    store(idx + rows, argmax(t, 1));
    store(idx + R + cols, argmin(t, 0));
}

/// Sums along at most 32 elements (`EXACT_REDUCE_LEN`) fold in ascending order on every
/// backend, bit-identical to the interpreter, as for f32; longer ones may combine as a tree,
/// within `(n - 1) · 2^-53 · Σ|x|` of the ascending fold; max, min and argmax/argmin are
/// exact; the scan folds in ascending order (CUDA's may not: within the same bound).
#[test]
fn f64_reductions_argreductions_and_scans_match_the_interpreter() {
    const R: usize = 4;
    const C: usize = 48;
    let mut r = rng(27);
    let x = f64s(&mut r, R * C);
    let d = dev();
    let out = d.alloc::<f64>(2 * C + 2 * R + 1 + R * C).unwrap();
    let idx = d.alloc::<i32>(R + C).unwrap();
    let launched =
        f64_reductions::<R, C>::launch(&d, Grid::x(1), &d.upload(&x).unwrap(), &out, &idx);
    if refuses("64-bit") {
        assert_refused(launched, "64-bit");
        return;
    }
    launched.unwrap();
    let (got, gi) = (out.to_vec().unwrap(), idx.to_vec().unwrap());
    let at = |i: usize, j: usize| x[i * C + j];
    let close = |g: f64, v: &[f64], what: &str| {
        let seq = v.iter().fold(0.0f64, |a, b| a + b);
        let bound = (v.len() - 1) as f64 * 2f64.powi(-53) * v.iter().map(|a| a.abs()).sum::<f64>();
        let ok = if is_interpreter() {
            g == seq
        } else {
            (g - seq).abs() <= bound
        };
        assert!(ok, "{what}: got {g}, ascending fold {seq}, bound {bound}");
    };
    for j in 0..C {
        let col: Vec<f64> = (0..R).map(|i| at(i, j)).collect();
        assert_eq!(
            got[j],
            col.iter().fold(0.0f64, |a, b| a + b),
            "sum axis 0, col {j}"
        );
        assert_eq!(
            got[C + 2 * R + j],
            col.iter().copied().fold(f64::MAX, f64::min),
            "min axis 0"
        );
        let am = (0..R).fold(0, |b, i| if col[i] < col[b] { i } else { b });
        assert_eq!(gi[R + j], am as i32, "argmin axis 0, col {j}");
    }
    for i in 0..R {
        let row = &x[i * C..(i + 1) * C];
        close(got[C + i], row, &format!("sum of row {i}"));
        assert_eq!(
            got[C + R + i],
            row.iter().copied().fold(f64::MIN, f64::max),
            "max axis 1"
        );
        let am = (0..C).fold(0, |b, j| if row[j] > row[b] { j } else { b });
        assert_eq!(gi[i], am as i32, "argmax axis 1, row {i}");
        for j in 0..C {
            close(
                got[2 * C + 2 * R + 1 + i * C + j],
                &row[..=j],
                &format!("cumsum at ({i}, {j})"),
            );
        }
    }
    // `sum(t)` reduces axis 0, then the column sums.
    let col_sums: Vec<f64> = (0..C)
        .map(|j| (0..R).fold(0.0f64, |a, i| a + at(i, j)))
        .collect();
    close(got[2 * C + 2 * R], &col_sums, "sum of the tile");
}

/// 64-bit values broadcast and permuted: an i64 tile transposed, an i64 row and an f64
/// column stretched to a tile, a scalar parameter splatted, a one-element tile reshaped to
/// a scalar.
#[kernel]
fn wide_moves<const R: usize, const C: usize>(
    x: Ptr<i64>,
    y: Ptr<f64>,
    s: i64,
    out: Ptr<i64>,
    fout: Ptr<f64>,
) {
    let rows = arange(0, R);
    let cols = arange(0, C);
    let at = rows[(.., None)] * C + cols[(None, ..)];
    let t = load(x + at);
    store(out + cols[(.., None)] * R + rows[(None, ..)], trans(t));
    let row = load(x + cols)[(None, ..)];
    store(
        out + R * C + at,
        broadcast_to(row, [R, C]) + full::<i64>([R, C], s),
    );
    let col = expand_dims(load(y + rows), 1);
    store(fout + at, broadcast_to(col, [R, C]) * 2.0);
    let one = reshape(load(x + C + arange(0, 1)), []);
    store(out + 2 * R * C, one - s);
}

#[test]
fn sixty_four_bit_broadcasts_permutes_and_reshapes() {
    const R: usize = 6;
    const C: usize = 10;
    let mut r = rng(28);
    let x = i64s(&mut r, R * C);
    let y = f64s(&mut r, R);
    let s = -(5i64 << 33) - 12345;
    let d = dev();
    let out = d.alloc::<i64>(2 * R * C + 1).unwrap();
    let fout = d.alloc::<f64>(R * C).unwrap();
    let launched = wide_moves::<R, C>::launch(
        &d,
        Grid::x(1),
        &d.upload(&x).unwrap(),
        &d.upload(&y).unwrap(),
        s,
        &out,
        &fout,
    );
    if refuses("64-bit") {
        assert_refused(launched, "64-bit");
        return;
    }
    launched.unwrap();
    let (got, fgot) = (out.to_vec().unwrap(), fout.to_vec().unwrap());
    for i in 0..R {
        for j in 0..C {
            assert_eq!(got[j * R + i], x[i * C + j], "trans at ({i}, {j})");
            assert_eq!(
                got[R * C + i * C + j],
                x[j].wrapping_add(s),
                "row + splat at ({i}, {j})"
            );
            assert_eq!(fgot[i * C + j], y[i] * 2.0, "column at ({i}, {j})");
        }
    }
    assert_eq!(got[2 * R * C], x[C].wrapping_sub(s), "reshape to a scalar");
}

#[kernel]
fn big_transpose<const R: usize, const C: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let rows = arange(0, R);
    let cols = arange(0, C);
    let t = load(x + rows[(.., None)] * C + cols[(None, ..)]);
    store(out + cols[(.., None)] * R + rows[(None, ..)], trans(t));
}

#[kernel]
fn big_transpose_i64<const R: usize, const C: usize>(x: Ptr<i64>, out: Ptr<i64>) {
    let rows = arange(0, R);
    let cols = arange(0, C);
    let t = load(x + rows[(.., None)] * C + cols[(None, ..)]);
    store(out + cols[(.., None)] * R + rows[(None, ..)], trans(t));
}

/// A transpose whose source is larger than workgroup memory: a 16K-element f32 tile (64 KiB;
/// wgpu's largest tile on a CPU adapter, whose workgroup memory is 32 KiB). wgpu gathers it
/// in chunks.
#[test]
fn a_transpose_larger_than_workgroup_memory() {
    const R: usize = 128;
    const C: usize = 128;
    let mut r = rng(29);
    let x = f32s(&mut r, R * C, -1.0, 1.0);
    let d = dev();
    let out = d.alloc::<f32>(R * C).unwrap();
    big_transpose::<R, C>::launch(&d, Grid::x(1), &d.upload(&x).unwrap(), &out).unwrap();
    let got = out.to_vec().unwrap();
    for i in 0..R {
        for j in 0..C {
            assert_eq!(got[j * R + i], x[i * C + j], "trans at ({i}, {j})");
        }
    }
}

/// An i64 transpose of 4K elements: 32 KiB in two words per element, more than fits beside
/// the rest of lavapipe's 32 KiB of workgroup memory, so wgpu gathers it in chunks.
#[test]
fn an_i64_transpose_larger_than_workgroup_memory() {
    const R: usize = 32;
    const C: usize = 128;
    let mut r = rng(30);
    let x = i64s(&mut r, R * C);
    let d = dev();
    let out = d.alloc::<i64>(R * C).unwrap();
    let launched = big_transpose_i64::<R, C>::launch(&d, Grid::x(1), &d.upload(&x).unwrap(), &out);
    if refuses("64-bit") {
        assert_refused(launched, "64-bit");
        return;
    }
    launched.unwrap();
    let got = out.to_vec().unwrap();
    for i in 0..R {
        for j in 0..C {
            assert_eq!(got[j * R + i], x[i * C + j], "trans at ({i}, {j})");
        }
    }
}

/// Triton's `test_dot_mulbroadcasted`: a block matmul written as a sum of broadcast
/// products, `sum(expand_dims(x, 2) * expand_dims(y, 0), 1)`, whose `[BM, BK, BN]` product
/// (131,072 elements) no backend could hold; `specialize` turns it into a `dot`
/// (`oxtile::combine`). `$in` is the factors' dtype, `$out` the accumulator's.
macro_rules! dot_mulbroadcasted_kernel {
    ($name:ident, $in:ident, $out:ident) => {
        #[kernel]
        fn $name<
            const M: usize,
            const N: usize,
            const K: usize,
            const BM: usize,
            const BN: usize,
            const BK: usize,
        >(
            z: Ptr<$out>,
            x: Ptr<$in>,
            y: Ptr<$in>,
        ) {
            let pidn = program_id(1);
            let pidm = program_id(0);
            let offm = arange(0, BM)[(.., None)];
            let offn = arange(0, BN)[(None, ..)];
            let offak = arange(0, BK)[(None, ..)];
            let offbk = arange(0, BK)[(.., None)];
            let mut acc = zeros::<$out>([BM, BN]);
            for ridx5 in 0..K / BK {
                let xt = load(x + (pidm * K * BM + offm * K + ridx5 * BK + offak));
                let yt = load(y + (pidn * BN + offbk * N + ridx5 * N * BK + offn));
                let xt = expand_dims(xt, 2);
                let yt = expand_dims(yt, 0);
                let t = sum(xt * yt, 1);
                acc = t as $out + acc;
            }
            store(z + (pidm * BM * N + pidn * BN + offm * N + offn), acc);
        }
    };
}

dot_mulbroadcasted_kernel!(mulbroadcasted_i8_i8, i8, i8);
dot_mulbroadcasted_kernel!(mulbroadcasted_f16_f16, f16, f16);
dot_mulbroadcasted_kernel!(mulbroadcasted_f16_f32, f16, f32);
dot_mulbroadcasted_kernel!(mulbroadcasted_f32_f32, f32, f32);

const MB_M: usize = 256;
const MB_N: usize = 192;
const MB_K: usize = 160;
const MB_BM: usize = 128;
const MB_BN: usize = 32;
const MB_BK: usize = 32;
const MB_GRID: Grid = Grid::xy((MB_M / MB_BM) as u32, (MB_N / MB_BN) as u32);
const MB_CONSTS: [i64; 6] = [
    MB_M as i64,
    MB_N as i64,
    MB_K as i64,
    MB_BM as i64,
    MB_BN as i64,
    MB_BK as i64,
];

/// The specialization holds a `dot` and no tile larger than the `[BM, BK]` factor: the
/// product tile is gone, on every backend.
fn check_combined(def: &oxtile::runtime::KernelDef) {
    let s = def.specialize(&MB_CONSTS).unwrap();
    let text = oxtile::text::print_kernel(&s.kernel);
    assert!(text.contains(" = dot "), "{text}");
    assert!(!text.contains("reduce sum"), "{text}");
    assert_eq!(s.max_tile, (MB_BM * MB_BK) as u64, "{text}");
}

/// `(exact, abs)`: the exact `x @ y` and `x| @ |y|` in f64, row-major `[M, N]`.
fn mb_exact(x: &[f64], y: &[f64]) -> (Vec<f64>, Vec<f64>) {
    let (mut exact, mut abs) = (vec![0.0; MB_M * MB_N], vec![0.0; MB_M * MB_N]);
    for i in 0..MB_M {
        for j in 0..MB_N {
            for k in 0..MB_K {
                let p = x[i * MB_K + k] * y[k * MB_N + j];
                exact[i * MB_N + j] += p;
                abs[i * MB_N + j] += p.abs();
            }
        }
    }
    (exact, abs)
}

/// Asserts `|got - exact| <= rel * abs + tiny` elementwise: the sum's rounding error bound
/// for its dtypes (see the test).
#[track_caller]
fn mb_check(got: &[f64], exact: &[f64], abs: &[f64], rel: f64, tiny: f64, what: &str) {
    for (e, ((g, x), a)) in got.iter().zip(exact).zip(abs).enumerate() {
        let bound = rel * a + tiny;
        assert!(
            (g - x).abs() <= bound,
            "{what}: element ({}, {}): got {g}, exact {x}, bound {bound}",
            e / MB_N,
            e % MB_N
        );
    }
}

/// Triton's `test_dot_mulbroadcasted` (M, N, K = 256, 192, 160; BM, BN, BK = 128, 32, 32),
/// in i8→i8, f16→f16, f16→f32 and f32→f32, against a host reference.
///
/// The sum becomes a `dot`, whose products are exact and whose chunk sums round once in
/// f32 (then once to f16 for f16 factors): within `BK · 2⁻²⁴ · Σ|xy|` plus that rounding of
/// the exact chunk sum. The five chunks then add into the accumulator, each add rounding
/// once in its dtype (`2⁻¹¹` relative for f16, `2⁻²⁴` for f32, of a partial sum at most
/// `Σ|xy|`). So, with `S = Σ|xy|` over all of K: f32→f32 within `(BK + 5) · 2⁻²⁴ · S`,
/// f16→f32 within `(2⁻¹¹ + (BK + 5) · 2⁻²⁴) · S`, f16→f16 within `(6 · 2⁻¹¹ + BK · 2⁻²⁴) · S`,
/// each plus the f16 subnormal spacing per rounding. i8 wraps: exactly the wrapping sums.
#[test]
fn dot_mulbroadcasted() {
    let mut r = rng(17);
    let d = dev();
    let u24 = 2f64.powi(-24);
    let u11 = 2f64.powi(-11);
    let sub = 2f64.powi(-24) * 6.0;
    let bk = MB_BK as f64;
    // Every case compiles to a 128 x 32 `dot`, which lavapipe (the wgpu device CI has) takes
    // 25 s of CPU to compile for each dtype and layout: on wgpu only Triton's own case, f16 ->
    // f32, runs (the packed f16 and i8 `dot` staging is tested in the backend's own tests);
    // every case's rewrite is checked on the IR everywhere.
    let all = backend() != "wgpu";
    let to64 = |v: &[f32]| v.iter().map(|&a| a as f64).collect::<Vec<_>>();

    // f32 -> f32.
    check_combined(mulbroadcasted_f32_f32::<1, 1, 1, 1, 1, 1>::def());
    check_combined(mulbroadcasted_f16_f32::<1, 1, 1, 1, 1, 1>::def());
    check_combined(mulbroadcasted_f16_f16::<1, 1, 1, 1, 1, 1>::def());
    check_combined(mulbroadcasted_i8_i8::<1, 1, 1, 1, 1, 1>::def());
    if all {
        let x = f32s(&mut r, MB_M * MB_K, -1.0, 1.0);
        let y = f32s(&mut r, MB_K * MB_N, -1.0, 1.0);
        let z = d.alloc::<f32>(MB_M * MB_N).unwrap();
        mulbroadcasted_f32_f32::<MB_M, MB_N, MB_K, MB_BM, MB_BN, MB_BK>::launch(
            &d,
            MB_GRID,
            &z,
            &d.upload(&x).unwrap(),
            &d.upload(&y).unwrap(),
        )
        .unwrap();
        let (exact, abs) = mb_exact(&to64(&x), &to64(&y));
        mb_check(
            &to64(&z.to_vec().unwrap()),
            &exact,
            &abs,
            (bk + 5.0) * u24,
            0.0,
            "f32 -> f32",
        );
    }

    // f16 -> f32 and f16 -> f16.
    let x: Vec<f16> = f32s(&mut r, MB_M * MB_K, -1.0, 1.0)
        .into_iter()
        .map(f16::from_f32)
        .collect();
    let y: Vec<f16> = f32s(&mut r, MB_K * MB_N, -1.0, 1.0)
        .into_iter()
        .map(f16::from_f32)
        .collect();
    let (xb, yb) = (d.upload(&x).unwrap(), d.upload(&y).unwrap());
    let h64 = |v: &[f16]| v.iter().map(|a| a.to_f64()).collect::<Vec<_>>();
    let (exact, abs) = mb_exact(&h64(&x), &h64(&y));
    let z = d.alloc::<f32>(MB_M * MB_N).unwrap();
    mulbroadcasted_f16_f32::<MB_M, MB_N, MB_K, MB_BM, MB_BN, MB_BK>::launch(
        &d, MB_GRID, &z, &xb, &yb,
    )
    .unwrap();
    mb_check(
        &to64(&z.to_vec().unwrap()),
        &exact,
        &abs,
        u11 + (bk + 5.0) * u24,
        5.0 * sub,
        "f16 -> f32",
    );
    if !all {
        return;
    }
    let z = d.alloc::<f16>(MB_M * MB_N).unwrap();
    mulbroadcasted_f16_f16::<MB_M, MB_N, MB_K, MB_BM, MB_BN, MB_BK>::launch(
        &d, MB_GRID, &z, &xb, &yb,
    )
    .unwrap();
    mb_check(
        &h64(&z.to_vec().unwrap()),
        &exact,
        &abs,
        6.0 * u11 + bk * u24,
        10.0 * sub,
        "f16 -> f16",
    );

    // i8 -> i8: the products and sums wrap in eight bits; the result is exact.
    let nonzero = |r: &mut rand::rngs::StdRng, n: usize| -> Vec<i8> {
        (0..n)
            .map(|_| {
                let v: i8 = rand::Rng::random_range(r, 1..=127);
                if rand::Rng::random_bool(r, 0.5) {
                    -v
                } else {
                    v
                }
            })
            .collect()
    };
    let x = nonzero(&mut r, MB_M * MB_K);
    let y = nonzero(&mut r, MB_K * MB_N);
    let z = d.alloc::<i8>(MB_M * MB_N).unwrap();
    mulbroadcasted_i8_i8::<MB_M, MB_N, MB_K, MB_BM, MB_BN, MB_BK>::launch(
        &d,
        MB_GRID,
        &z,
        &d.upload(&x).unwrap(),
        &d.upload(&y).unwrap(),
    )
    .unwrap();
    let mut want = vec![0i8; MB_M * MB_N];
    for i in 0..MB_M {
        for j in 0..MB_N {
            let mut acc = 0i8;
            for c in 0..MB_K / MB_BK {
                let mut t = 0i8;
                for k in c * MB_BK..(c + 1) * MB_BK {
                    t = t.wrapping_add(x[i * MB_K + k].wrapping_mul(y[k * MB_N + j]));
                }
                acc = t.wrapping_add(acc);
            }
            want[i * MB_N + j] = acc;
        }
    }
    assert_eq!(z.to_vec().unwrap(), want, "i8 -> i8");
}

// ---- gather, flip, histogram -------------------------------------------------------------

/// `gather` along each axis of a 2-D tile: f32 by `i32` indices along the columns (a result
/// wider than the source), bf16 by `u8` indices along the rows.
#[kernel]
fn gathers<const R: usize, const C: usize, const K: usize>(
    x: Ptr<f32>,
    ix: Ptr<i32>,
    out: Ptr<f32>,
    h: Ptr<bf16>,
    hix: Ptr<u8>,
    hout: Ptr<bf16>,
) {
    let r = arange(0, R)[(.., None)];
    let v = load(x + r * C + arange(0, C)[(None, ..)]);
    let i = load(ix + r * K + arange(0, K)[(None, ..)]);
    store(out + r * K + arange(0, K)[(None, ..)], gather(v, i, 1));
    let hv = load(h + r * C + arange(0, C)[(None, ..)]);
    let rows = arange(0, K)[(.., None)];
    let hi = load(hix + rows * C + arange(0, C)[(None, ..)]);
    store(hout + rows * C + arange(0, C)[(None, ..)], hv.gather(hi, 0));
}

#[test]
fn gather_takes_along_an_axis() {
    const R: usize = 8;
    const C: usize = 16;
    const K: usize = 24;
    let mut r = rng(5150);
    let x = f32s(&mut r, R * C, -10.0, 10.0);
    let ix: Vec<i32> = (0..R * K).map(|_| r.random_range(0..C as i32)).collect();
    let h: Vec<bf16> = f32s(&mut r, R * C, -10.0, 10.0)
        .into_iter()
        .map(bf16::from_f32)
        .collect();
    let hix: Vec<u8> = (0..K * C).map(|_| r.random_range(0..R as u8)).collect();
    let d = dev();
    let (xd, ixd, hd, hixd) = (
        d.upload(&x).unwrap(),
        d.upload(&ix).unwrap(),
        d.upload(&h).unwrap(),
        d.upload(&hix).unwrap(),
    );
    let out = d.alloc::<f32>(R * K).unwrap();
    let hout = d.alloc::<bf16>(K * C).unwrap();
    gathers::<R, C, K>::launch(&d, Grid::x(1), &xd, &ixd, &out, &hd, &hixd, &hout).unwrap();
    let got = out.to_vec().unwrap();
    for i in 0..R {
        for k in 0..K {
            let want = x[i * C + ix[i * K + k] as usize];
            assert_eq!(got[i * K + k].to_bits(), want.to_bits(), "out[{i}][{k}]");
        }
    }
    let got = hout.to_vec().unwrap();
    for k in 0..K {
        for j in 0..C {
            let want = h[hix[k * C + j] as usize * C + j];
            assert_eq!(got[k * C + j].to_bits(), want.to_bits(), "hout[{k}][{j}]");
        }
    }
}

#[kernel]
fn gather_checked<const B: usize>(x: Ptr<i32>, ix: Ptr<i64>, out: Ptr<i32>) {
    let o = arange(0, B);
    store(out + o, gather(load(x + o), load(ix + o), 0));
}

#[test]
fn a_gather_index_out_of_range_fails_the_launch() {
    if refuses("64-bit") {
        return;
    }
    let d = dev();
    let x = d.upload(&[10i32, 11, 12, 13, 14, 15, 16, 17]).unwrap();
    let out = d.alloc::<i32>(8).unwrap();
    let ok = d.upload(&[7i64, 0, 1, 1, 6, 5, 4, 3]).unwrap();
    gather_checked::<8>::launch(&d, Grid::x(1), &x, &ok, &out).unwrap();
    assert_eq!(out.to_vec().unwrap(), vec![17, 10, 11, 11, 16, 15, 14, 13]);
    for bad in [8i64, -1, 1 << 40] {
        let ix = d.upload(&[0i64, 1, 2, bad, 4, 5, 6, 7]).unwrap();
        let result = gather_checked::<8>::launch(&d, Grid::x(1), &x, &ix, &out)
            .map_err(|e| e.to_string())
            .and_then(|()| d.synchronize().map_err(|e| e.to_string()));
        let msg = result.expect_err("an index out of range must fail");
        assert!(
            msg.contains("`gather` index outside 0..B along axis 0"),
            "{bad}: {msg}"
        );
    }
}

/// `flip` along each axis of a 2-D tile and by default (the last).
#[kernel]
fn flips<const R: usize, const C: usize>(x: Ptr<i32>, out: Ptr<i32>) {
    let at = arange(0, R)[(.., None)] * C + arange(0, C)[(None, ..)];
    let v = load(x + at);
    store(out + at, flip(v, 0));
    store(out + R * C + at, v.flip(1));
    store(out + 2 * R * C + at, flip(v));
}

#[test]
fn flip_reverses_an_axis() {
    const R: usize = 4;
    const C: usize = 32;
    let mut r = rng(5151);
    let x = i32s(&mut r, R * C, -1000, 1000);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<i32>(3 * R * C).unwrap();
    flips::<R, C>::launch(&d, Grid::x(1), &xd, &out).unwrap();
    let got = out.to_vec().unwrap();
    for i in 0..R {
        for j in 0..C {
            assert_eq!(got[i * C + j], x[(R - 1 - i) * C + j], "flip 0 at {i},{j}");
            assert_eq!(
                got[R * C + i * C + j],
                x[i * C + C - 1 - j],
                "flip 1 at {i},{j}"
            );
            assert_eq!(
                got[2 * R * C + i * C + j],
                x[i * C + C - 1 - j],
                "flip at {i},{j}"
            );
        }
    }
}

/// `histogram` of `i32` and `u8` values, one with a mask.
#[kernel]
fn histograms<const N: usize, const BINS: usize>(
    x: Ptr<i32>,
    m: Ptr<bool>,
    small: Ptr<u8>,
    out: Ptr<i32>,
) {
    let o = arange(0, N);
    let v = load(x + o);
    let b = arange(0, BINS);
    store(out + b, histogram(v, BINS));
    store(out + BINS + b, histogram(v, BINS, load(m + o)));
    store(out + 2 * BINS + b, load(small + o).histogram(BINS));
}

#[test]
fn histogram_counts_each_bin() {
    const N: usize = 128;
    const BINS: usize = 300;
    let mut r = rng(5152);
    let x = i32s(&mut r, N, -3, BINS as i32 + 3);
    let m: Vec<bool> = (0..N).map(|_| r.random()).collect();
    let small: Vec<u8> = (0..N).map(|_| r.random()).collect();
    let d = dev();
    let (xd, md, sd) = (
        d.upload(&x).unwrap(),
        d.upload(&m).unwrap(),
        d.upload(&small).unwrap(),
    );
    let out = d.alloc::<i32>(3 * BINS).unwrap();
    histograms::<N, BINS>::launch(&d, Grid::x(1), &xd, &md, &sd, &out).unwrap();
    let got = out.to_vec().unwrap();
    let mut want = vec![0i32; 3 * BINS];
    for i in 0..N {
        if (0..BINS as i32).contains(&x[i]) {
            want[x[i] as usize] += 1;
            if m[i] {
                want[BINS + x[i] as usize] += 1;
            }
        }
        if (small[i] as usize) < BINS {
            want[2 * BINS + small[i] as usize] += 1;
        }
    }
    assert_eq!(got, want);
}

/// `sort` along each axis, ascending and descending, of f32 tiles with NaNs of both signs,
/// infinities and signed zeros, and of i64 and u8 tiles.
#[kernel]
fn sorts<const R: usize, const C: usize>(
    x: Ptr<f32>,
    out: Ptr<f32>,
    i: Ptr<i64>,
    iout: Ptr<i64>,
    b: Ptr<u8>,
    bout: Ptr<u8>,
) {
    let at = arange(0, R)[(.., None)] * C + arange(0, C)[(None, ..)];
    let v = load(x + at);
    store(out + at, sort(v));
    store(out + R * C + at, sort_descending(v, 1));
    store(out + 2 * R * C + at, v.sort(0));
    store(out + 3 * R * C + at, sort_descending(v, 0));
    store(iout + at, sort(load(i + at), 1));
    store(bout + at, sort_descending(load(b + at)));
}

/// The host's sort of `v`'s lines along `axis` of a `[r, c]` tile by `key`, stably.
fn sort_lines<T: Copy, K: Ord>(
    v: &[T],
    r: usize,
    c: usize,
    axis: usize,
    descending: bool,
    key: impl Fn(T) -> K,
) -> Vec<T> {
    let mut out = v.to_vec();
    let (lines, n) = if axis == 1 { (r, c) } else { (c, r) };
    let at = |l: usize, j: usize| if axis == 1 { l * c + j } else { j * c + l };
    for l in 0..lines {
        let mut line: Vec<T> = (0..n).map(|j| v[at(l, j)]).collect();
        if descending {
            line.sort_by_key(|a| std::cmp::Reverse(key(*a)));
        } else {
            line.sort_by_key(|a| key(*a));
        }
        for (j, x) in line.into_iter().enumerate() {
            out[at(l, j)] = x;
        }
    }
    out
}

#[test]
fn sort_orders_lines_totally() {
    const R: usize = 8;
    const C: usize = 32;
    let mut r = rng(5153);
    let mut x = f32s(&mut r, R * C, -4.0, 4.0);
    // Ties, signed zeros, infinities and NaNs of both signs.
    for (k, s) in [
        0.0,
        -0.0,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        -f32::NAN,
        1.5,
        1.5,
    ]
    .into_iter()
    .enumerate()
    {
        x[k * 37 % (R * C)] = s;
        x[(k * 53 + 5) % (R * C)] = s;
    }
    let i = i64s(&mut r, R * C);
    let b: Vec<u8> = (0..R * C).map(|_| r.random_range(0..8)).collect();
    let d = dev();
    let (xd, id, bd) = (
        d.upload(&x).unwrap(),
        d.upload(&i).unwrap(),
        d.upload(&b).unwrap(),
    );
    let out = d.alloc::<f32>(4 * R * C).unwrap();
    let iout = d.alloc::<i64>(R * C).unwrap();
    let bout = d.alloc::<u8>(R * C).unwrap();
    let result = sorts::<R, C>::launch(&d, Grid::x(1), &xd, &out, &id, &iout, &bd, &bout);
    if refuses("64-bit") {
        assert_refused(result, "64-bit");
        return;
    }
    result.unwrap();
    // IEEE's total order on the value, a NaN's sign cleared.
    let key = |v: f32| {
        let b = if v.is_nan() { v.abs() } else { v }.to_bits();
        if b >> 31 == 1 { !b } else { b | 1 << 31 }
    };
    let got: Vec<u32> = out.to_vec().unwrap().iter().map(|v| v.to_bits()).collect();
    for (k, (axis, desc)) in [(1, false), (1, true), (0, false), (0, true)]
        .into_iter()
        .enumerate()
    {
        let want: Vec<u32> = sort_lines(&x, R, C, axis, desc, key)
            .iter()
            .map(|v| v.to_bits())
            .collect();
        assert_eq!(
            &got[k * R * C..(k + 1) * R * C],
            &want[..],
            "axis {axis}, descending {desc}"
        );
    }
    assert_eq!(
        iout.to_vec().unwrap(),
        sort_lines(&i, R, C, 1, false, |v| v)
    );
    assert_eq!(bout.to_vec().unwrap(), sort_lines(&b, R, C, 1, true, |v| v));
}

/// Triton's `input_precision="tf32x3"` and `"bf16x3"`: three narrow products give an f32
/// `dot` back its accuracy.
#[kernel]
fn split_dots<const M: usize, const K: usize, const N: usize>(
    a: Ptr<f32>,
    b: Ptr<f32>,
    out: Ptr<f32>,
) {
    let rm = arange(0, M)[(.., None)];
    let rk = arange(0, K);
    let rn = arange(0, N)[(None, ..)];
    let x = load(a + rm * K + rk[(None, ..)]);
    let y = load(b + rk[(.., None)] * N + rn);
    let at = rm * N + rn;
    store(out + at, dot_tf32(x, y));
    store(out + M * N + at, dot_tf32x3(x, y));
    store(
        out + 2 * M * N + at,
        dot_bf16x3(x, y, zeros::<f32>([M, N]) + 1.0),
    );
    store(out + 3 * M * N + at, dot(x, y));
}

#[test]
fn tf32x3_and_bf16x3_dots_are_close_to_f32() {
    const M: usize = 16;
    const K: usize = 64;
    const N: usize = 16;
    let mut r = rng(6201);
    let a = f32s(&mut r, M * K, -1.0, 1.0);
    let b = f32s(&mut r, K * N, -1.0, 1.0);
    let d = dev();
    let (ad, bd) = (d.upload(&a).unwrap(), d.upload(&b).unwrap());
    let out = d.alloc::<f32>(4 * M * N).unwrap();
    split_dots::<M, K, N>::launch(&d, Grid::x(1), &ad, &bd, &out).unwrap();
    let got = out.to_vec().unwrap();
    // The worst error of each product against the exact one (in f64), in units of the
    // row's sum of |a b| (what rounding errors scale with).
    let worst = |k: usize, offset: f64| -> f64 {
        let mut w: f64 = 0.0;
        for i in 0..M {
            for j in 0..N {
                let (mut exact, mut mag) = (offset, 0.0f64);
                for t in 0..K {
                    let p = a[i * K + t] as f64 * b[t * N + j] as f64;
                    exact += p;
                    mag += p.abs();
                }
                w = w.max((got[k * M * N + i * N + j] as f64 - exact).abs() / mag);
            }
        }
        w
    };
    let (tf32, tf32x3, bf16x3, f32) = (worst(0, 0.0), worst(1, 0.0), worst(2, 1.0), worst(3, 0.0));
    eprintln!("relative errors: tf32 {tf32:e}, tf32x3 {tf32x3:e}, bf16x3 {bf16x3:e}, f32 {f32:e}");
    // TF32 keeps 11 bits (error ~2^-11); three products keep about 22, bf16 x3 about 16.
    assert!(tf32 > 1e-5, "tf32 {tf32:e}");
    assert!(tf32x3 < 1e-6, "tf32x3 {tf32x3:e}");
    assert!(bf16x3 < 2e-5, "bf16x3 {bf16x3:e}");
    assert!(f32 < 4e-6, "f32 {f32:e}");
}

/// Triton's 3-D `tl.dot`: `[B, M, K] x [B, K, N]`, one product per batch, for f32 (exact and
/// TF32), f16 (into f32 and into f16, Triton's `out_dtype=tl.float16`) and i8 factors.
#[kernel]
fn batched_dots<const B: usize, const M: usize, const K: usize, const N: usize>(
    a: Ptr<f32>,
    b: Ptr<f32>,
    c: Ptr<f32>,
    ia: Ptr<i32>,
    ib: Ptr<i32>,
    out: Ptr<f32>,
    iout: Ptr<i32>,
) {
    let rb = arange(0, B)[(.., None, None)];
    let rm = arange(0, M)[(None, .., None)];
    let rk = arange(0, K);
    let rn = arange(0, N)[(None, None, ..)];
    let at_a = rb * (M * K) + rm * K + rk[(None, None, ..)];
    let at_b = rb * (K * N) + rk[(None, .., None)] * N + rn;
    let at = rb * (M * N) + rm * N + rn;
    let (x, y, acc) = (load(a + at_a), load(b + at_b), load(c + at));
    store(out + at, dot(x, y, acc));
    let (h, g) = (x as f16, y as f16);
    store(out + B * M * N + at, dot(h, g));
    store(out + 2 * B * M * N + at, dot(h, g, acc as f16) as f32);
    store(out + 3 * B * M * N + at, dot_tf32(x, y, acc));
    let (p, q) = (load(ia + at_a) as i8, load(ib + at_b) as i8);
    store(iout + at, dot(p, q));
}

/// Host `[nb, m, k] x [nb, k, n]`: per element, the exact sum (with `acc`) and the sum of
/// the magnitudes (what rounding errors scale with).
fn batched_reference(
    (nb, m, k, n): (usize, usize, usize, usize),
    a: &[f64],
    b: &[f64],
    acc: impl Fn(usize) -> f64,
) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    for bt in 0..nb {
        for i in 0..m {
            for j in 0..n {
                let e = (bt * m + i) * n + j;
                let (mut s, mut mag) = (acc(e), acc(e).abs());
                for t in 0..k {
                    let p = a[(bt * m + i) * k + t] * b[(bt * k + t) * n + j];
                    s += p;
                    mag += p.abs();
                }
                out.push((s, mag));
            }
        }
    }
    out
}

#[test]
fn batched_dots_multiply_each_batch() {
    // Two 16 x 8 tensor-core tiles per batch, two k-steps of 16-bit ones (CUDA).
    const B: usize = 2;
    const M: usize = 16;
    const K: usize = 32;
    const N: usize = 16;
    let mut r = rng(6301);
    let a = f32s(&mut r, B * M * K, -1.0, 1.0);
    let b = f32s(&mut r, B * K * N, -1.0, 1.0);
    let c = f32s(&mut r, B * M * N, -4.0, 4.0);
    let ia = i32s(&mut r, B * M * K, -128, 127);
    let ib = i32s(&mut r, B * K * N, -128, 127);
    let d = dev();
    let up = |v: &[f32]| d.upload(v).unwrap();
    let (ad, bd, cd) = (up(&a), up(&b), up(&c));
    let (iad, ibd) = (d.upload(&ia).unwrap(), d.upload(&ib).unwrap());
    let out = d.alloc::<f32>(4 * B * M * N).unwrap();
    let iout = d.alloc::<i32>(B * M * N).unwrap();
    batched_dots::<B, M, K, N>::launch(&d, Grid::x(1), &ad, &bd, &cd, &iad, &ibd, &out, &iout)
        .unwrap();
    let got = out.to_vec().unwrap();
    let shape = (B, M, K, N);
    let wide = |v: &[f32]| v.iter().map(|&x| x as f64).collect::<Vec<_>>();
    let half = |v: &[f32]| {
        v.iter()
            .map(|&x| half::f16::from_f32(x).to_f64())
            .collect::<Vec<_>>()
    };
    let f32_ref = batched_reference(shape, &wide(&a), &wide(&b), |e| c[e] as f64);
    let f16_ref = batched_reference(shape, &half(&a), &half(&b), |_| 0.0);
    let acc16 = half(&c);
    let f16acc_ref = batched_reference(shape, &half(&a), &half(&b), |e| acc16[e]);
    let total = B * M * N;
    for e in 0..total {
        // f32 and f16 factors into f32: the exact sum up to f32 rounding of the sums.
        for (what, got, (s, mag)) in [
            ("f32", got[e], f32_ref[e]),
            ("f16 into f32", got[total + e], f16_ref[e]),
        ] {
            let err = (got as f64 - s).abs();
            assert!(
                err <= mag * 4e-6,
                "{what} dot, element {e}: {got} vs {s} (error {err:e}, scale {mag})"
            );
        }
        // TF32 factors: each off by up to 2^-11 of itself, so each product by 2^-10.
        let (g, (s, mag)) = (got[3 * total + e], f32_ref[e]);
        let err = (g as f64 - s).abs();
        assert!(
            err <= mag * 2f64.powi(-10),
            "tf32 dot, element {e}: {g} vs {s} (error {err:e}, scale {mag})"
        );
        // f16 accumulation: an f16 value, within K + 1 f16 roundings of the exact sum.
        let g = got[2 * total + e];
        assert_eq!(
            half::f16::from_f32(g).to_f32(),
            g,
            "element {e} is not an f16"
        );
        let (s, mag) = f16acc_ref[e];
        let err = (g as f64 - s).abs();
        let bound = (K + 1) as f64 * 2f64.powi(-11) * mag;
        assert!(
            err <= bound,
            "f16-accumulated dot, element {e}: {g} vs {s} (error {err:e}, bound {bound:e})"
        );
    }
    let wrap = |v: &[i32]| v.iter().map(|&x| x as i8 as f64).collect::<Vec<_>>();
    let int_ref = batched_reference(shape, &wrap(&ia), &wrap(&ib), |_| 0.0);
    let want: Vec<i32> = int_ref.iter().map(|&(s, _)| s as i32).collect();
    assert_eq!(iout.to_vec().unwrap(), want, "i8 batched dot");
}

/// An f16 accumulator carried through a K loop (Triton's `out_dtype=tl.float16` matmul):
/// on CUDA the tile shapes take tensor cores, rounded to f16 after each step of the loop.
#[kernel]
fn f16_accumulation<const M: usize, const K: usize, const N: usize, const BK: usize>(
    a: Ptr<f32>,
    b: Ptr<f32>,
    out: Ptr<f32>,
) {
    let rm = arange(0, M)[(.., None)];
    let rn = arange(0, N)[(None, ..)];
    let rk = arange(0, BK);
    let mut acc = zeros::<f16>([M, N]);
    for k0 in (0..K).step_by(BK) {
        let x = load(a + rm * K + (k0 + rk)[(None, ..)]) as f16;
        let y = load(b + (k0 + rk)[(.., None)] * N + rn) as f16;
        acc = dot(x, y, acc);
    }
    store(out + rm * N + rn, acc as f32);
}

#[test]
fn f16_accumulation_stays_within_its_bound() {
    const M: usize = 64;
    const K: usize = 128;
    const N: usize = 32;
    let mut r = rng(6302);
    let a = f32s(&mut r, M * K, -1.0, 1.0);
    let b = f32s(&mut r, K * N, -1.0, 1.0);
    let d = dev();
    let (ad, bd) = (d.upload(&a).unwrap(), d.upload(&b).unwrap());
    let out = d.alloc::<f32>(M * N).unwrap();
    f16_accumulation::<M, K, N, 32>::launch(&d, Grid::x(1), &ad, &bd, &out).unwrap();
    let got = out.to_vec().unwrap();
    let half = |v: &[f32]| {
        v.iter()
            .map(|&x| half::f16::from_f32(x).to_f64())
            .collect::<Vec<_>>()
    };
    let reference = batched_reference((1, M, K, N), &half(&a), &half(&b), |_| 0.0);
    let (mut worst, mut f32_like) = (0f64, 0);
    for (e, (&g, &(s, mag))) in got.iter().zip(&reference).enumerate() {
        assert_eq!(
            half::f16::from_f32(g).to_f32(),
            g,
            "element {e} is not an f16"
        );
        let err = (g as f64 - s).abs() / mag;
        worst = worst.max(err);
        assert!(
            err <= K as f64 * 2f64.powi(-11),
            "element {e}: {g} vs {s} (relative error {err:e})"
        );
        // What an f32 accumulation rounded once to f16 would give.
        if half::f16::from_f64(s).to_f32() == g {
            f32_like += 1;
        }
    }
    eprintln!(
        "f16 accumulation: worst error {worst:e} of the sum of |a b|; {f32_like} of {} results equal the exact sum rounded to f16",
        M * N
    );
    // The interpreter's steps (and wgpu's, the same arithmetic): each k's f32 fused
    // multiply-add rounded to f16, in ascending order. Tensor cores round less often.
    if !backend().starts_with("cuda") {
        let (ha, hb) = (half(&a), half(&b));
        for i in 0..M {
            for j in 0..N {
                let mut acc = half::f16::ZERO;
                for t in 0..K {
                    let (x, y) = (ha[i * K + t] as f32, hb[t * N + j] as f32);
                    acc = half::f16::from_f32(x.mul_add(y, acc.to_f32()));
                }
                assert_eq!(
                    got[i * N + j],
                    acc.to_f32(),
                    "element ({i}, {j}), step by step"
                );
            }
        }
    }
}
