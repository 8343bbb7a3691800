//! Solutions to the exercises of the book's "Matrix multiplication" chapter
//! (`book/src/matmul.md`).
//!
//! Run them with `cargo test -p oxtile-book-solutions --test matmul`.

use oxtile::prelude::*;
use rand::{Rng, SeedableRng, rngs::StdRng};

/// `n` uniform values in `[-1, 1)`, rounded to f16.
fn random_f16(rng: &mut StdRng, n: usize) -> Vec<f16> {
    (0..n)
        .map(|_| f16::from_f32(rng.random_range(-1.0f32..1.0)))
        .collect()
}

/// `C = A @ B` in f64 from the f16 values, A at `a[i * sa.0 + p * sa.1]`, B at
/// `b[p * sb.0 + j * sb.1]`; C is `m x n`, row-major.
fn matmul_ref(
    a: &[f16],
    sa: (usize, usize),
    b: &[f16],
    sb: (usize, usize),
    (m, n, k): (usize, usize, usize),
) -> Vec<f64> {
    let mut c = vec![0.0f64; m * n];
    for i in 0..m {
        for j in 0..n {
            c[i * n + j] = (0..k)
                .map(|p| a[i * sa.0 + p * sa.1].to_f64() * b[p * sb.0 + j * sb.1].to_f64())
                .sum();
        }
    }
    c
}

/// Panics at the first element of `got` further than `atol + rtol * |want|` from `want`.
fn assert_close(got: &[f32], want: &[f64], atol: f64, rtol: f64) {
    assert_eq!(got.len(), want.len(), "result length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        // Written so that a NaN fails.
        let ok = (*g as f64 - w).abs() <= atol + rtol * w.abs();
        assert!(ok, "element {i}: got {g}, want {w}");
    }
}

// The tests' sizes: 70 rows are 3 block rows of 32 (the last group of GROUP_M = 2 has one),
// 45 columns 2 block columns (the second has 13), K = 53 four steps of 16 (the last has 5).
const M: usize = 70;
const N: usize = 45;
const K: usize = 53;
const BM: usize = 32;
const BN: usize = 32;
const BK: usize = 16;
/// f16 products are exact in f32 and K is small: the f32 sums are good to about 1e-6 here.
const TOL: f64 = 1e-4;

// Exercise 1: `C = relu(A @ B + bias)`, the bias (one per column) and the ReLU applied to
// the accumulator before the only store.

#[kernel]
fn matmul_bias_relu<const BM: usize, const BN: usize, const BK: usize, const GROUP_M: usize>(
    a: Ptr<f16>,
    b: Ptr<f16>,
    bias: Ptr<f32>,
    c: Ptr<f32>,
    m: i32,
    n: i32,
    k: i32,
    stride_am: i32,
    stride_ak: i32,
    stride_bk: i32,
    stride_bn: i32,
    stride_cm: i32,
    stride_cn: i32,
) {
    let pid = program_id(0);
    let num_pid_m = cdiv(m, BM);
    let num_pid_n = cdiv(n, BN);
    let num_pid_in_group = GROUP_M * num_pid_n;
    let group_id = pid / num_pid_in_group;
    let first_pid_m = group_id * GROUP_M;
    let group_size_m = minimum(num_pid_m - first_pid_m, GROUP_M);
    let pid_m = first_pid_m + (pid % num_pid_in_group) % group_size_m;
    let pid_n = (pid % num_pid_in_group) / group_size_m;

    let rows = pid_m * BM + arange(0, BM);
    let cols = pid_n * BN + arange(0, BN);
    let mut acc = zeros::<f32>([BM, BN]);
    for k0 in (0..k).step_by(BK) {
        let ks = k0 + arange(0, BK);
        let a_tile = load(
            a + rows[(.., None)] * stride_am + ks[(None, ..)] * stride_ak,
            (rows[(.., None)] < m) & (ks[(None, ..)] < k),
            0.0,
        );
        let b_tile = load(
            b + ks[(.., None)] * stride_bk + cols[(None, ..)] * stride_bn,
            (ks[(.., None)] < k) & (cols[(None, ..)] < n),
            0.0,
        );
        acc = dot(a_tile, b_tile, acc);
    }
    // The epilogue: one bias value per column, broadcast down the rows, then the ReLU.
    let bias_row = load(bias + cols, cols < n, 0.0);
    let out = maximum(acc + bias_row[(None, ..)], 0.0);
    store(
        c + rows[(.., None)] * stride_cm + cols[(None, ..)] * stride_cn,
        out,
        (rows[(.., None)] < m) & (cols[(None, ..)] < n),
    );
}

#[test]
fn matmul_bias_relu_matches_the_reference() {
    let mut rng = StdRng::seed_from_u64(31);
    let a = random_f16(&mut rng, M * K);
    let b = random_f16(&mut rng, K * N);
    let bias: Vec<f32> = (0..N).map(|_| rng.random_range(-1.0f32..1.0)).collect();

    let dev = Device::default().unwrap();
    let (ad, bd) = (dev.upload(&a).unwrap(), dev.upload(&b).unwrap());
    let biasd = dev.upload(&bias).unwrap();
    let cd = dev.alloc::<f32>(M * N).unwrap();
    let programs = M.div_ceil(BM) * N.div_ceil(BN);
    let (m, n, k) = (M as i32, N as i32, K as i32);
    matmul_bias_relu::<BM, BN, BK, 2>::launch(
        &dev,
        Grid::x(programs as u32),
        &ad,
        &bd,
        &biasd,
        &cd,
        m,
        n,
        k,
        k,
        1,
        n,
        1,
        n,
        1,
    )
    .unwrap();

    let mut want = matmul_ref(&a, (K, 1), &b, (N, 1), (M, N, K));
    for (i, w) in want.iter_mut().enumerate() {
        *w = (*w + bias[i % N] as f64).max(0.0);
    }
    // About half the outputs are clamped to 0 and half are not, so both sides of the ReLU
    // are checked.
    let zeros = want.iter().filter(|w| **w == 0.0).count();
    assert!(zeros > M * N / 4 && zeros < 3 * M * N / 4, "{zeros} zeros");
    assert_close(&cd.to_vec().unwrap(), &want, TOL, TOL);
}

// Exercise 2: a batch of matrix products, `C[z] = A[z] @ B[z]`, the batch on grid axis 1.
// Each matrix is contiguous and row-major, and matrix `z` of A starts at `z * m * k`.

#[kernel]
fn batched_matmul<const BM: usize, const BN: usize, const BK: usize, const GROUP_M: usize>(
    a: Ptr<f16>,
    b: Ptr<f16>,
    c: Ptr<f32>,
    m: i32,
    n: i32,
    k: i32,
) {
    // Axis 0: the tile within one product, in grouped order as in the chapter.
    let pid = program_id(0);
    let num_pid_m = cdiv(m, BM);
    let num_pid_n = cdiv(n, BN);
    let num_pid_in_group = GROUP_M * num_pid_n;
    let group_id = pid / num_pid_in_group;
    let first_pid_m = group_id * GROUP_M;
    let group_size_m = minimum(num_pid_m - first_pid_m, GROUP_M);
    let pid_m = first_pid_m + (pid % num_pid_in_group) % group_size_m;
    let pid_n = (pid % num_pid_in_group) / group_size_m;
    // Axis 1: which product. Its matrices start that many matrices into each buffer.
    let z = program_id(1);
    let a = a + z * (m * k);
    let b = b + z * (k * n);
    let c = c + z * (m * n);

    let rows = pid_m * BM + arange(0, BM);
    let cols = pid_n * BN + arange(0, BN);
    let mut acc = zeros::<f32>([BM, BN]);
    for k0 in (0..k).step_by(BK) {
        let ks = k0 + arange(0, BK);
        let a_tile = load(
            a + rows[(.., None)] * k + ks[(None, ..)],
            (rows[(.., None)] < m) & (ks[(None, ..)] < k),
            0.0,
        );
        let b_tile = load(
            b + ks[(.., None)] * n + cols[(None, ..)],
            (ks[(.., None)] < k) & (cols[(None, ..)] < n),
            0.0,
        );
        acc = dot(a_tile, b_tile, acc);
    }
    store(
        c + rows[(.., None)] * n + cols[(None, ..)],
        acc,
        (rows[(.., None)] < m) & (cols[(None, ..)] < n),
    );
}

#[test]
fn batched_matmul_matches_the_reference() {
    let mut rng = StdRng::seed_from_u64(32);
    let batch = 3;
    let a = random_f16(&mut rng, batch * M * K);
    let b = random_f16(&mut rng, batch * K * N);

    let dev = Device::default().unwrap();
    let (ad, bd) = (dev.upload(&a).unwrap(), dev.upload(&b).unwrap());
    let cd = dev.alloc::<f32>(batch * M * N).unwrap();
    let tiles = M.div_ceil(BM) * N.div_ceil(BN);
    batched_matmul::<BM, BN, BK, 2>::launch(
        &dev,
        Grid::xy(tiles as u32, batch as u32),
        &ad,
        &bd,
        &cd,
        M as i32,
        N as i32,
        K as i32,
    )
    .unwrap();

    let mut want = Vec::new();
    for z in 0..batch {
        let az = &a[z * M * K..(z + 1) * M * K];
        let bz = &b[z * K * N..(z + 1) * K * N];
        want.extend(matmul_ref(az, (K, 1), bz, (N, 1), (M, N, K)));
    }
    assert_close(&cd.to_vec().unwrap(), &want, TOL, TOL);
}

// Exercise 3: `C = A @ W^T` with W stored `[N, K]` row-major (as a linear layer's weight),
// through the chapter's kernel, unchanged: only the strides of B differ.

/// The chapter's kernel (`examples/matmul.rs`), as it is there.
#[kernel]
fn matmul<const BM: usize, const BN: usize, const BK: usize, const GROUP_M: usize>(
    a: Ptr<f16>,
    b: Ptr<f16>,
    c: Ptr<f32>,
    m: i32,
    n: i32,
    k: i32,
    stride_am: i32,
    stride_ak: i32,
    stride_bk: i32,
    stride_bn: i32,
    stride_cm: i32,
    stride_cn: i32,
) {
    let pid = program_id(0);
    let num_pid_m = cdiv(m, BM);
    let num_pid_n = cdiv(n, BN);
    let num_pid_in_group = GROUP_M * num_pid_n;
    let group_id = pid / num_pid_in_group;
    let first_pid_m = group_id * GROUP_M;
    let group_size_m = minimum(num_pid_m - first_pid_m, GROUP_M);
    let pid_m = first_pid_m + (pid % num_pid_in_group) % group_size_m;
    let pid_n = (pid % num_pid_in_group) / group_size_m;

    let rows = pid_m * BM + arange(0, BM);
    let cols = pid_n * BN + arange(0, BN);
    let mut acc = zeros::<f32>([BM, BN]);
    for k0 in (0..k).step_by(BK) {
        let ks = k0 + arange(0, BK);
        let a_mask = (rows[(.., None)] < m) & (ks[(None, ..)] < k);
        let a_tile = load(
            a + rows[(.., None)] * stride_am + ks[(None, ..)] * stride_ak,
            a_mask,
            0.0,
        );
        let b_mask = (ks[(.., None)] < k) & (cols[(None, ..)] < n);
        let b_tile = load(
            b + ks[(.., None)] * stride_bk + cols[(None, ..)] * stride_bn,
            b_mask,
            0.0,
        );
        acc = dot(a_tile, b_tile, acc);
    }
    let c_mask = (rows[(.., None)] < m) & (cols[(None, ..)] < n);
    store(
        c + rows[(.., None)] * stride_cm + cols[(None, ..)] * stride_cn,
        acc,
        c_mask,
    );
}

/// `A @ W^T` for A `[m, k]` and W `[n, k]`, both row-major: B = W^T has element `(p, j)`
/// at `j * k + p`, so its K stride is 1 and its N stride is `k`. No transposed copy.
fn matmul_b_transposed(
    dev: &Device,
    a: &Buffer<f16>,
    w: &Buffer<f16>,
    (m, n, k): (usize, usize, usize),
) -> Vec<f32> {
    let c = dev.alloc::<f32>(m * n).unwrap();
    let programs = m.div_ceil(BM) * n.div_ceil(BN);
    let (mi, ni, ki) = (m as i32, n as i32, k as i32);
    matmul::<BM, BN, BK, 2>::launch(
        dev,
        Grid::x(programs as u32),
        a,
        w,
        &c,
        mi,
        ni,
        ki,
        ki, // stride_am
        1,  // stride_ak
        1,  // stride_bk
        ki, // stride_bn
        ni, // stride_cm
        1,  // stride_cn
    )
    .unwrap();
    c.to_vec().unwrap()
}

#[test]
fn matmul_b_transposed_matches_the_reference() {
    let mut rng = StdRng::seed_from_u64(33);
    let a = random_f16(&mut rng, M * K);
    let w = random_f16(&mut rng, N * K);
    let dev = Device::default().unwrap();
    let (ad, wd) = (dev.upload(&a).unwrap(), dev.upload(&w).unwrap());
    let got = matmul_b_transposed(&dev, &ad, &wd, (M, N, K));
    // B's element (p, j) is w[j * K + p].
    let want = matmul_ref(&a, (K, 1), &w, (1, K), (M, N, K));
    assert_close(&got, &want, TOL, TOL);
}
