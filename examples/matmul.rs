//! Blocked matrix multiplication with grouped program ordering (Triton tutorial 03).
//!
//! Each program computes one `BM x BN` tile of `C = A @ B`, walking K in steps of `BK` and
//! accumulating `dot`s of f16 tiles into an f32 accumulator. Programs are numbered so that
//! `GROUP_M` consecutive ones share rows of A and sweep the same columns of B: on a GPU the
//! tiles they reuse are still in L2. The second launch picks its block shapes by timing
//! them on this device ([`oxtile::autotune`]).

#[path = "common/mod.rs"]
mod common;

use oxtile::autotune::Autotuner;
use oxtile::prelude::*;

// ANCHOR: kernel
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
    // Grouped ordering: map the linear program id to a (pid_m, pid_n) tile.
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
// ANCHOR_END: kernel

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (m, n, k) = (100usize, 72usize, 90usize);
    let mut rng = common::rng(3);
    let a: Vec<f16> = common::uniform(&mut rng, m * k, -1.0, 1.0)
        .into_iter()
        .map(f16::from_f32)
        .collect();
    let b: Vec<f16> = common::uniform(&mut rng, k * n, -1.0, 1.0)
        .into_iter()
        .map(f16::from_f32)
        .collect();

    // ANCHOR: launch
    let dev = Device::default()?;
    let (ad, bd) = (dev.upload(&a)?, dev.upload(&b)?);
    let cd = dev.alloc::<f32>(m * n)?;
    const BM: usize = 32;
    const BN: usize = 32;
    const BK: usize = 16;
    let programs = m.div_ceil(BM) * n.div_ceil(BN);
    matmul::<BM, BN, BK, 2>::launch(
        &dev,
        Grid::x(programs as u32),
        &ad,
        &bd,
        &cd,
        m as i32,
        n as i32,
        k as i32,
        k as i32,
        1,
        n as i32,
        1,
        n as i32,
        1,
    )?;
    let got = cd.to_vec()?;
    // ANCHOR_END: launch

    // Reference: the same f16 inputs, products and sums in f64.
    let mut want = vec![0.0f32; m * n];
    for i in 0..m {
        for j in 0..n {
            let mut s = 0.0f64;
            for p in 0..k {
                s += a[i * k + p].to_f64() * b[p * n + j].to_f64();
            }
            want[i * n + j] = s as f32;
        }
    }
    let (err, ok) = common::compare(&got, &want, 1e-4, 1e-4);
    common::verdict(
        "matmul",
        dev.name(),
        &format!("{m} x {k} @ {k} x {n}, f16 in, f32 accumulate"),
        err,
        ok,
    );

    // ANCHOR: autotune
    // Block shapes chosen at run time by timing each candidate on this device, once per
    // problem size: the winner is kept in memory and on disk, so a second run does not
    // retune. Candidates whose tiles do not fit the device are pruned before any launch.
    // Each has 8 or more 16x8 tensor-core tiles, so that CUDA can use tensor cores on any
    // `num_warps` up to 8 (CI's compile check requires them of every f16 matmul).
    let tuner = Autotuner::new(
        "matmul-example",
        [(32, 32, 16), (16, 64, 16), (64, 16, 16)].map(|(bm, bn, bk)| {
            let config = matmul_config::new(bm, bn, bk, 2);
            (config, LaunchOptions::new().num_warps(4))
        }),
    )
    .kernel(matmul::<32, 32, 16, 2>::def())
    .prune(|c, _, limits| ((c.BM + c.BN) * c.BK + c.BM * c.BN) as u64 <= limits.max_tile_elements);
    let tuned = dev.alloc::<f32>(m * n)?;
    let (best, source) = tuner.launch(&dev, &(m, n, k), |c, options| {
        let programs = m.div_ceil(c.BM) * n.div_ceil(c.BN);
        c.launch_with(
            &dev,
            Grid::x(programs as u32),
            options,
            &ad,
            &bd,
            &tuned,
            m as i32,
            n as i32,
            k as i32,
            k as i32,
            1,
            n as i32,
            1,
            n as i32,
            1,
        )
    })?;
    // ANCHOR_END: autotune
    let (err, ok) = common::compare(&tuned.to_vec()?, &want, 1e-4, 1e-4);
    common::verdict(
        "matmul (autotuned)",
        dev.name(),
        &format!(
            "BM {} BN {} BK {} ({source:?})",
            best.config.BM, best.config.BN, best.config.BK
        ),
        err,
        ok,
    );
    Ok(())
}
