//! The benchmarked oxtile kernels, adapted from `examples/*.rs` to the peers' dtypes and
//! layouts: each computes exactly what its PyTorch and Triton peers in `peers.py` compute, so
//! the ratios compare equal work.

use oxtile::prelude::*;

/// Softmax columns per program: a whole row in one block (as Triton tutorial 02).
pub const SOFTMAX_BLOCK: usize = 4096;
/// Layer-norm columns per program: a whole row in one block (as Triton tutorial 05 for
/// rows of at most 64 KiB).
pub const LAYER_NORM_BLOCK: usize = 8192;
/// The attention head dimension (a tile extent, hence a constant).
pub const HEAD_DIM: usize = 64;

/// Triton tutorial 01. Also the kernel of the launch-overhead and compile-time probes.
#[kernel]
pub fn vector_add<const BLOCK: usize>(x: Ptr<f32>, y: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offsets = program_id(0) * BLOCK + arange(0, BLOCK);
    let mask = offsets < n;
    let a = load(x + offsets, mask, 0.0);
    let b = load(y + offsets, mask, 0.0);
    store(out + offsets, a + b, mask);
}

/// Triton tutorial 02, f32: one row per program, read once, written once.
#[kernel]
pub fn softmax<const BLOCK: usize>(
    out: Ptr<f32>,
    input: Ptr<f32>,
    in_stride: i32,
    out_stride: i32,
    n_cols: i32,
) {
    let row = program_id(0);
    let cols = arange(0, BLOCK);
    let mask = cols < n_cols;
    let x = load(input + row * in_stride + cols, mask, f32::NEG_INFINITY);
    let z = x - max(x, 0);
    let num = exp(z);
    let den = sum(num, 0);
    store(out + row * out_stride + cols, num / den, mask);
}

/// Triton tutorial 05's forward pass: `T` in and out (f16 on the GPU, f32 in the CPU
/// benchmark), statistics in f32 (and stored, as the tutorial does for its backward pass).
#[kernel]
pub fn layer_norm_fwd<T: Float, const BLOCK: usize>(
    x: Ptr<T>,
    y: Ptr<T>,
    w: Ptr<T>,
    b: Ptr<T>,
    mean: Ptr<f32>,
    rstd: Ptr<f32>,
    stride: i32,
    n: i32,
    eps: f32,
) {
    let row = program_id(0);
    let cols = arange(0, BLOCK);
    let mask = cols < n;
    let xv = load(x + row * stride + cols, mask, 0.0) as f32;
    let mu = sum(xv, 0) / (n as f32);
    let diff = select(mask, xv - mu, 0.0);
    let var = sum(diff * diff, 0) / (n as f32);
    let rs = rsqrt(var + eps);
    store(mean + row, mu);
    store(rstd + row, rs);
    let wv = load(w + cols, mask, 0.0) as f32;
    let bv = load(b + cols, mask, 0.0) as f32;
    store(y + row * stride + cols, (diff * rs * wv + bv) as T, mask);
}

/// Triton tutorial 05's forward pass as written there: the row in chunks of `BLOCK` columns,
/// three loops (mean, variance, normalize and store), the second and third reading the row
/// again (from cache: a 16 KiB row). With `BLOCK` >= the row it is [`layer_norm_fwd`] in three
/// passes. An alternative the wgpu rows try under `--tune`.
#[kernel]
pub fn layer_norm_fwd_looped<const BLOCK: usize>(
    x: Ptr<f16>,
    y: Ptr<f16>,
    w: Ptr<f16>,
    b: Ptr<f16>,
    mean: Ptr<f32>,
    rstd: Ptr<f32>,
    stride: i32,
    n: i32,
    eps: f32,
) {
    let row = program_id(0);
    let base = row * stride;
    let mut acc = zeros::<f32>([BLOCK]);
    for off in (0..n).step_by(BLOCK) {
        let cols = off + arange(0, BLOCK);
        acc = acc + load(x + base + cols, cols < n, 0.0) as f32;
    }
    let mu = sum(acc, 0) / (n as f32);
    let mut acc_sq = zeros::<f32>([BLOCK]);
    for off in (0..n).step_by(BLOCK) {
        let cols = off + arange(0, BLOCK);
        let mask = cols < n;
        let diff = select(mask, load(x + base + cols, mask, 0.0) as f32 - mu, 0.0);
        acc_sq = acc_sq + diff * diff;
    }
    let var = sum(acc_sq, 0) / (n as f32);
    let rs = rsqrt(var + eps);
    store(mean + row, mu);
    store(rstd + row, rs);
    for off in (0..n).step_by(BLOCK) {
        let cols = off + arange(0, BLOCK);
        let mask = cols < n;
        let wv = load(w + cols, mask, 0.0) as f32;
        let bv = load(b + cols, mask, 0.0) as f32;
        let xv = load(x + base + cols, mask, 0.0) as f32;
        store(y + base + cols, ((xv - mu) * rs * wv + bv) as f16, mask);
    }
}

/// Defines a matmul kernel for one input/output dtype: Triton tutorial 03 (grouped program
/// order; f32 accumulator; output rounded to the input dtype, as `torch.matmul` returns),
/// except that rows and columns past M and N are masked rather than wrapped modulo M and N.
/// Both vectorize (the CUDA backend sees that `(base + arange) % n` is contiguous within
/// blocks of 16 when `n % 16 == 0`, as Triton does), but the pipelined copies recompute each
/// chunk's address every iteration, and a `%` there is an integer division per chunk; the
/// masked form is the one measured so far.
macro_rules! matmul_kernel {
    ($(#[$doc:meta])* $name:ident, $t:ident) => {
        $(#[$doc])*
        #[kernel]
        pub fn $name<const BM: usize, const BN: usize, const BK: usize, const GROUP_M: usize>(
            a: Ptr<$t>,
            b: Ptr<$t>,
            c: Ptr<$t>,
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
            let c_mask = (rows[(.., None)] < m) & (cols[(None, ..)] < n);
            store(
                c + rows[(.., None)] * stride_cm + cols[(None, ..)] * stride_cn,
                acc as $t,
                c_mask,
            );
        }
    };
}

matmul_kernel!(
    /// `C = A @ B` in f16 (f32 accumulate).
    matmul_f16,
    f16
);
matmul_kernel!(
    /// `C = A @ B` in bf16 (f32 accumulate).
    matmul_bf16,
    bf16
);
matmul_kernel!(
    /// `C = A @ B` in f32 (the CPU benchmark's: NumPy's matmul is the CPU's f32 BLAS).
    matmul_f32,
    f32
);

/// Flash attention forward (Triton tutorial 06, `examples/flash_attention.rs`), not causal,
/// f16 in and out, `[batch * heads, seq, D]` contiguous. `EVEN` (seq a multiple of `BM` and
/// `BN`) turns the sequence masks into constants, as the peer's unmasked loads are. As in
/// the tutorial's inner loop, the row max is taken of the raw scores and scaled once per row,
/// and `qk * qk_scale - m` is one fused multiply-add an element under fast math (the same
/// maximum, bit for bit, for the positive `sm_scale` attention uses: rounding is monotonic).
#[kernel]
pub fn attention_fwd<const BM: usize, const BN: usize, const D: usize, const EVEN: bool>(
    q: Ptr<f16>,
    k: Ptr<f16>,
    v: Ptr<f16>,
    o: Ptr<f16>,
    seq: i32,
    sm_scale: f32,
) {
    let start_m = program_id(0);
    let head = program_id(1);
    let base = head * seq * D;
    let rows = start_m * BM + arange(0, BM);
    let dims = arange(0, D);
    let row_ok = (rows[(.., None)] < seq) | EVEN;
    let q_tile = load(
        q + base + rows[(.., None)] * D + dims[(None, ..)],
        row_ok,
        0.0,
    );
    let mut m_i = full::<f32>([BM], f32::NEG_INFINITY);
    let mut l_i = zeros::<f32>([BM]);
    let mut acc = zeros::<f32>([BM, D]);
    let qk_scale = sm_scale * 1.4426950408889634;
    for start_n in (0..seq).step_by(BN) {
        let cols = start_n + arange(0, BN);
        let col_ok = (cols[(.., None)] < seq) | EVEN;
        let k_tile = load(
            k + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let v_tile = load(
            v + base + cols[(.., None)] * D + dims[(None, ..)],
            col_ok,
            0.0,
        );
        let visible = (cols[(None, ..)] < seq) | EVEN;
        let qk = select(visible, dot(q_tile, trans(k_tile)), f32::NEG_INFINITY);
        let m_new = maximum(m_i, max(qk, 1) * qk_scale);
        let p = exp2(qk * qk_scale - m_new[(.., None)]);
        let alpha = exp2(m_i - m_new);
        l_i = l_i * alpha + sum(p, 1);
        acc = acc * alpha[(.., None)] + dot(p as f16, v_tile);
        m_i = m_new;
    }
    store(
        o + base + rows[(.., None)] * D + dims[(None, ..)],
        (acc / l_i[(.., None)]) as f16,
        row_ok,
    );
}
