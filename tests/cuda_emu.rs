//! The CUDA backend emulated on the CPU (`oxtile::cuda::emu::EmuBackend`,
//! `OXTILE_DEVICE=cuda-emu`): what the conformance suite does not cover on it, namely
//! unchecked mode's deferred failures, one buffer passed to two parameters, and buffers of
//! another device (the same checks as `tests/cuda.rs` makes on a GPU); and the tensor-core
//! kernels across block shapes, warp counts and pipeline depths.
//!
//! Every test skips (passes with a note) where no C++ compiler runs; `OXTILE_REQUIRE_EMU=1`
//! (CI) turns a skip into a failure.
#![cfg(feature = "cuda")]

mod common;

use common::kernels::non_negative;
use oxtile::RuntimeError;
use oxtile::cuda::emu::EmuBackend;
use oxtile::prelude::*;
use oxtile::runtime::LaunchOptions;

/// Whether a C++ compiler runs (see the module docs).
fn have_compiler() -> bool {
    let ok = oxtile::cuda::emu::compiler_available();
    if !ok {
        assert!(
            std::env::var("OXTILE_REQUIRE_EMU").as_deref() != Ok("1"),
            "OXTILE_REQUIRE_EMU=1 but no C++ compiler runs (install g++ or set OXTILE_CXX)"
        );
        eprintln!("skipped: no C++ compiler for the CUDA emulator");
    }
    ok
}

/// A fresh emulated device and its backend.
fn emu(checked: bool) -> Option<(Device, std::sync::Arc<dyn oxtile::runtime::Backend>)> {
    if !have_compiler() {
        return None;
    }
    let backend = EmuBackend::new().expect("the emulator opens");
    backend.set_checked(checked);
    let dev = Device::from(backend.into_device());
    let b = dev.backend().clone();
    Some((dev, b))
}

#[kernel]
fn add<const B: usize>(x: Ptr<f32>, y: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    store(
        out + offs,
        load(x + offs, m, 0.0) + load(y + offs, m, 0.0),
        m,
    );
}

#[kernel]
fn unmasked_load<const B: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, B);
    store(out + offs, load(x + offs));
}

#[test]
fn vector_add_over_many_blocks_in_both_modes_and_in_place() {
    for checked in [true, false] {
        let Some((dev, _)) = emu(checked) else { return };
        assert!(dev.name().starts_with("cuda-emu "), "{}", dev.name());
        let n = 10_007;
        let x: Vec<f32> = (0..n).map(|i| i as f32 * 0.5).collect();
        let y: Vec<f32> = (0..n).map(|i| 1.0 - i as f32).collect();
        let (xd, yd) = (dev.upload(&x).unwrap(), dev.upload(&y).unwrap());
        let out = dev.alloc::<f32>(n).unwrap();
        let grid = Grid::x(n.div_ceil(256) as u32);
        add::<256>::launch(&dev, grid, &xd, &yd, &out, n as i32).unwrap();
        let got = out.to_vec().unwrap();
        for i in 0..n {
            assert_eq!(got[i], x[i] + y[i], "element {i} (checked = {checked})");
        }
        // In place: `x` is both an input and the output, one memory as on a GPU.
        add::<256>::launch(&dev, grid, &xd, &yd, &xd, n as i32).unwrap();
        add::<256>::launch(&dev, grid, &xd, &xd, &xd, n as i32).unwrap();
        let got = xd.to_vec().unwrap();
        for i in 0..n {
            assert_eq!(
                got[i],
                2.0 * (x[i] + y[i]),
                "element {i} (checked = {checked})"
            );
        }
    }
}

#[test]
fn checked_mode_reports_out_of_bounds_at_the_launch() {
    let Some((dev, _)) = emu(true) else { return };
    let x = dev.upload(&[1.0f32; 10]).unwrap();
    let out = dev.alloc::<f32>(16).unwrap();
    let err = unmasked_load::<16>::launch(&dev, Grid::x(1), &x, &out).unwrap_err();
    match &err {
        LaunchError::OutOfBounds {
            kernel,
            arg,
            offset,
            len,
            ..
        } => assert_eq!(
            (kernel.as_str(), arg.as_str(), *offset, *len),
            ("unmasked_load", "x", 10, 10)
        ),
        other => panic!("expected OutOfBounds, got {other}"),
    }
    // Nothing was stored, and the device keeps working.
    assert_eq!(out.to_vec().unwrap(), vec![0.0; 16]);
    let ok = dev.upload(&[2.0f32; 16]).unwrap();
    unmasked_load::<16>::launch(&dev, Grid::x(1), &ok, &out).unwrap();
    assert_eq!(out.to_vec().unwrap(), vec![2.0; 16]);
}

#[test]
fn unchecked_failures_surface_at_the_next_synchronization() {
    let Some((dev, _)) = emu(false) else { return };
    // As on a GPU.
    common::assert_unchecked_failures_surface_at_the_next_synchronization(&dev);
}

#[test]
fn buffers_of_another_device_are_refused() {
    let Some((dev, backend)) = emu(true) else {
        return;
    };
    let other = Device::interpreter();
    let x = other.upload(&[1.0f32; 4]).unwrap();
    let out = dev.alloc::<f32>(4).unwrap();
    assert!(non_negative::<4>::launch(&dev, Grid::x(1), &x, &out).is_err());
    // The backend itself refuses a handle it did not make.
    let mut bytes = [0u8; 16];
    assert!(matches!(
        backend.read(x.raw().handle(), &mut bytes),
        Err(RuntimeError::ForeignBuffer { .. })
    ));
}

#[kernel]
fn increment<const B: usize>(out: Ptr<f32>, x: Ptr<f32>) {
    let offs = arange(0, B);
    store(out + offs, load(x + offs) + 1.0);
}

#[test]
fn a_buffer_passed_twice_is_one_memory() {
    let Some((dev, _)) = emu(true) else { return };
    // `out` comes first: were the two parameters two copies, the unchanged copy of `x`
    // written back last would undo the store.
    let x = dev.upload(&[1.0f32, 2.0, 3.0, 4.0]).unwrap();
    increment::<4>::launch(&dev, Grid::x(1), &x, &x).unwrap();
    assert_eq!(x.to_vec().unwrap(), vec![2.0, 3.0, 4.0, 5.0]);
}

#[kernel]
fn bump_twice<const B: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, B);
    store(out + offs, load(x + offs) + 1.0);
    store(out + offs, load(x + offs) + 1.0);
}

#[test]
fn a_load_after_a_store_through_another_parameter_sees_the_store() {
    // With both pointers `__restrict__`, the C++ compiler (as NVRTC may) kept the first
    // load of `x` across the store through `out`: [2, 3, 4, 5] instead of [3, 4, 5, 6].
    for checked in [true, false] {
        let Some((dev, _)) = emu(checked) else { return };
        let x = dev.upload(&[1.0f32, 2.0, 3.0, 4.0]).unwrap();
        bump_twice::<4>::launch(&dev, Grid::x(1), &x, &x).unwrap();
        assert_eq!(
            x.to_vec().unwrap(),
            vec![3.0, 4.0, 5.0, 6.0],
            "checked = {checked}"
        );
        // Distinct buffers keep the faster specialization, with the same results.
        let (x, out) = (
            dev.upload(&[1.0f32; 4]).unwrap(),
            dev.alloc::<f32>(4).unwrap(),
        );
        bump_twice::<4>::launch(&dev, Grid::x(1), &x, &out).unwrap();
        assert_eq!(out.to_vec().unwrap(), vec![2.0; 4]);
    }
}

/// Triton tutorial 03's matmul as written there: rows and columns wrapped with `% m` and
/// `% n` instead of masked (only K is masked), so that every load is in bounds.
#[kernel]
fn matmul_wrapped<const BM: usize, const BN: usize, const BK: usize>(
    a: Ptr<f16>,
    b: Ptr<f16>,
    c: Ptr<f32>,
    m: i32,
    n: i32,
    k: i32,
) {
    let pid_m = program_id(0);
    let pid_n = program_id(1);
    let offs_am = (pid_m * BM + arange(0, BM)) % m;
    let offs_bn = (pid_n * BN + arange(0, BN)) % n;
    let mut acc = zeros::<f32>([BM, BN]);
    for k0 in (0..k).step_by(BK) {
        let ks = k0 + arange(0, BK);
        let a_tile = load(
            a + offs_am[(.., None)] * k + ks[(None, ..)],
            ks[(None, ..)] < k,
            0.0,
        );
        let b_tile = load(
            b + ks[(.., None)] * n + offs_bn[(None, ..)],
            ks[(.., None)] < k,
            0.0,
        );
        acc = dot(a_tile, b_tile, acc);
    }
    let rows = pid_m * BM + arange(0, BM);
    let cols = pid_n * BN + arange(0, BN);
    store(
        c + rows[(.., None)] * n + cols[(None, ..)],
        acc,
        (rows[(.., None)] < m) & (cols[(None, ..)] < n),
    );
}

/// The `%`-wrapped offsets (contiguous within blocks of 16 when `m` and `n` are multiples of
/// 16, see the CUDA backend's affine facts) give the interpreter's result on the emulated
/// device, checked and unchecked (unchecked, the B loads are copied by `cp.async` chunks
/// guarded at run time); tiles wrap past `m` and `n`, which are not multiples of the block.
#[test]
fn wrapped_matmul_offsets_match_the_interpreter() {
    let (m, n, k) = (80usize, 48usize, 72usize);
    let mut rng = common::rng(11);
    let a: Vec<f16> = common::f32s(&mut rng, m * k, -1.0, 1.0)
        .into_iter()
        .map(f16::from_f32)
        .collect();
    let b: Vec<f16> = common::f32s(&mut rng, k * n, -1.0, 1.0)
        .into_iter()
        .map(f16::from_f32)
        .collect();
    let run = |dev: &Device| -> Vec<f32> {
        let (ad, bd) = (dev.upload(&a).unwrap(), dev.upload(&b).unwrap());
        let c = dev.alloc::<f32>(m * n).unwrap();
        let grid = Grid::xy(m.div_ceil(64) as u32, n.div_ceil(32) as u32);
        matmul_wrapped::<64, 32, 32>::launch(dev, grid, &ad, &bd, &c, m as i32, n as i32, k as i32)
            .unwrap();
        c.to_vec().unwrap()
    };
    let want = run(&Device::interpreter());
    for checked in [true, false] {
        let Some((dev, _)) = emu(checked) else { return };
        let got = run(&dev);
        common::assert_close(&got, &want, 1e-4, 1e-4);
    }
}

/// The CUDA backend's log records, kept for [`stage_shortfalls_are_readable_and_logged`].
struct Captured(std::sync::Mutex<Vec<(log::Level, String)>>);

impl log::Log for Captured {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        if record.target().starts_with("oxtile_cuda") {
            let mut v = self.0.lock().unwrap_or_else(|e| e.into_inner());
            v.push((record.level(), record.args().to_string()));
        }
    }
    fn flush(&self) {}
}

static CAPTURED: Captured = Captured(std::sync::Mutex::new(Vec::new()));

/// A launch asking for more pipeline stages than fit does not degrade silently: on an
/// emulated sm_80 (163 KiB of shared memory), 8 stages of a 128x128x64 f16 matmul (35 KiB
/// each) do not fit; the launch runs with fewer, says how many and why through
/// `last_launch`, and logs one warning for the specialization however often it launches.
#[test]
fn stage_shortfalls_are_readable_and_logged() {
    if !have_compiler() {
        return;
    }
    log::set_logger(&CAPTURED).expect("no other logger in this test binary");
    log::set_max_level(log::LevelFilter::Trace);
    // Unchecked: checked mode keeps every access in program order, so it pipelines nothing.
    let backend = EmuBackend::with_arch(80);
    backend.set_checked(false);
    let dev = Device::from(backend.into_device());
    let (m, n, k) = (64usize, 64usize, 192usize);
    let mut rng = common::rng(12);
    let mut f16s = |len| -> Vec<f16> {
        common::f32s(&mut rng, len, -1.0, 1.0)
            .into_iter()
            .map(f16::from_f32)
            .collect()
    };
    let (a, b) = (f16s(m * k), f16s(k * n));
    let opts = LaunchOptions::new().num_stages(8);
    let run = |dev: &Device| -> Vec<f32> {
        let (ad, bd) = (dev.upload(&a).unwrap(), dev.upload(&b).unwrap());
        let c = dev.alloc::<f32>(m * n).unwrap();
        matmul_wrapped::<128, 128, 64>::launch_with(
            dev,
            Grid::xy(1, 1),
            &opts,
            &ad,
            &bd,
            &c,
            m as i32,
            n as i32,
            k as i32,
        )
        .unwrap();
        c.to_vec().unwrap()
    };
    assert_eq!(oxtile::cuda::last_launch(&dev, "matmul_wrapped"), None);
    let got = run(&dev);
    common::assert_close(&got, &run(&Device::interpreter()), 1e-4, 1e-4);
    run(&dev);

    let info = oxtile::cuda::last_launch(&dev, "matmul_wrapped").expect("launched");
    assert_eq!(
        oxtile::cuda::last_launch(&Device::interpreter(), "matmul_wrapped"),
        None
    );
    assert_eq!((info.arch, info.options), (80, opts));
    let s = &info.stages;
    assert_eq!(s.requested, 8, "{s:?}");
    assert!((1..8).contains(&s.chosen), "{s:?}");
    assert_eq!(s.loops, [s.chosen]);
    let Some(oxtile::cuda::codegen::Shortfall::Pipeline {
        needed_bytes,
        budget_bytes,
    }) = s.shortfall
    else {
        panic!("no shortfall reported: {s:?}");
    };
    assert!(needed_bytes > budget_bytes, "{s:?}");

    let warnings: Vec<String> = CAPTURED
        .0
        .lock()
        .unwrap()
        .iter()
        .filter(|(level, m)| *level == log::Level::Warn && m.contains("`matmul_wrapped`"))
        .map(|(_, m)| m.clone())
        .collect();
    assert_eq!(
        warnings.len(),
        1,
        "one warning per specialization: {warnings:?}"
    );
    let w = &warnings[0];
    eprintln!("{w}");
    for part in [
        format!("{} pipeline stages", s.chosen),
        "num_stages = 8".to_string(),
        format!("{needed_bytes} bytes"),
        budget_bytes.to_string(),
    ] {
        assert!(w.contains(&part), "`{part}` missing from: {w}");
    }
}

/// Flash attention with an f16 output (the softmax in the tensor-core layout, `p` staged
/// from its fragments, the result rounded to f16 in registers).
#[kernel]
fn attention_f16_out<const BM: usize, const BN: usize, const D: usize, const CAUSAL: bool>(
    q: Ptr<f16>,
    k: Ptr<f16>,
    v: Ptr<f16>,
    o: Ptr<f16>,
    seq: i32,
    sm_scale: f32,
) {
    let start_m = program_id(0);
    let base = program_id(1) * seq * D;
    let rows = start_m * BM + arange(0, BM);
    let dims = arange(0, D);
    let row_ok = rows[(.., None)] < seq;
    let q_tile = load(
        q + base + rows[(.., None)] * D + dims[(None, ..)],
        row_ok,
        0.0,
    );
    let mut m_i = full::<f32>([BM], f32::NEG_INFINITY);
    let mut l_i = zeros::<f32>([BM]);
    let mut acc = zeros::<f32>([BM, D]);
    let qk_scale = sm_scale * 1.4426950408889634;
    let hi = if CAUSAL {
        minimum((start_m + 1) * BM, seq)
    } else {
        seq
    };
    for start_n in (0..hi).step_by(BN) {
        let cols = start_n + arange(0, BN);
        let col_ok = cols[(.., None)] < seq;
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
        let visible = (cols[(None, ..)] < seq) & ((rows[(.., None)] >= cols[(None, ..)]) | !CAUSAL);
        let qk = select(
            visible,
            dot(q_tile, trans(k_tile)) * qk_scale,
            f32::NEG_INFINITY,
        );
        let m_new = maximum(m_i, max(qk, 1));
        let p = exp2(qk - m_new[(.., None)]);
        let alpha = exp2(m_i - m_new);
        l_i = l_i * alpha + sum(p, 1);
        acc = acc * alpha[(.., None)] + dot(p as f16, v_tile);
        m_i = m_new;
    }
    let out = acc / l_i[(.., None)];
    store(
        o + base + rows[(.., None)] * D + dims[(None, ..)],
        out as f16,
        row_ok,
    );
}

fn attention_case<const BM: usize, const BN: usize, const D: usize, const CAUSAL: bool>(
    seq: usize,
    num_warps: u32,
    num_stages: u32,
) {
    let heads = 2;
    let mut rng = common::rng(seq as u64 * 7 + num_warps as u64);
    let mut f16s = || -> Vec<f16> {
        common::f32s(&mut rng, heads * seq * D, -1.0, 1.0)
            .into_iter()
            .map(f16::from_f32)
            .collect()
    };
    let (q, k, v) = (f16s(), f16s(), f16s());
    let run = |dev: &Device, options: &LaunchOptions| -> Vec<f32> {
        let (qd, kd, vd) = (
            dev.upload(&q).unwrap(),
            dev.upload(&k).unwrap(),
            dev.upload(&v).unwrap(),
        );
        let o = dev.alloc::<f16>(heads * seq * D).unwrap();
        let grid = Grid::xy(seq.div_ceil(BM) as u32, heads as u32);
        attention_f16_out::<BM, BN, D, CAUSAL>::launch_with(
            dev, grid, options, &qd, &kd, &vd, &o, seq as i32, 0.3,
        )
        .unwrap();
        o.to_vec().unwrap().iter().map(|x| x.to_f32()).collect()
    };
    let want = run(&Device::interpreter(), &LaunchOptions::new());
    for checked in [false, true] {
        let Some((dev, _)) = emu(checked) else { return };
        let got = run(
            &dev,
            &LaunchOptions::new()
                .num_warps(num_warps)
                .num_stages(num_stages),
        );
        let what = format!(
            "attention {BM}x{BN}x{D} causal {CAUSAL}, seq {seq}, {num_warps} warps, \
             {num_stages} stages, checked {checked}"
        );
        // exp2 is the host's on the emulator; p and the output are rounded to f16.
        eprintln!("{what}");
        common::assert_close(&got, &want, 4e-3, 4e-3);
    }
}

/// Flash attention across block shapes, warp counts and pipeline depths, causal and not,
/// with ragged sequence lengths, checked and unchecked, against the interpreter.
#[test]
fn attention_configurations_match_the_interpreter() {
    // On the emulated sm_90a, 64 or more rows per warpgroup run on wgmma (two 64-row
    // instructions per warpgroup here).
    attention_case::<128, 64, 64, false>(150, 4, 2);
    attention_case::<16, 16, 16, false>(37, 1, 2);
    attention_case::<16, 16, 16, true>(37, 1, 3);
    attention_case::<32, 16, 32, true>(70, 2, 2);
    attention_case::<32, 32, 16, false>(45, 4, 3);
    attention_case::<64, 32, 32, true>(100, 4, 2);
    attention_case::<64, 32, 32, false>(100, 8, 3);
    attention_case::<64, 64, 16, true>(130, 2, 1);
    attention_case::<32, 64, 64, false>(64, 4, 3);
    attention_case::<128, 32, 16, true>(150, 8, 2);
}

/// A bf16 matmul whose `dot` results meet every kind of fragment op: a running row max of
/// each partial product (a row-vector variable), a column min and a row sum of the
/// accumulator, broadcasts of both back, a bf16 store and a math function on the fragments;
/// `a` has a row pitch wider than K.
#[kernel]
fn fragment_ops<const BM: usize, const BN: usize, const BK: usize>(
    a: Ptr<bf16>,
    b: Ptr<bf16>,
    o: Ptr<bf16>,
    e: Ptr<f32>,
    m: i32,
    n: i32,
    k: i32,
    lda: i32,
) {
    let rows = program_id(0) * BM + arange(0, BM);
    let cols = program_id(1) * BN + arange(0, BN);
    let mut acc = zeros::<f32>([BM, BN]);
    let mut row_max = full::<f32>([BM], f32::NEG_INFINITY);
    for k0 in (0..k).step_by(BK) {
        let ks = k0 + arange(0, BK);
        let a_tile = load(
            a + rows[(.., None)] * lda + ks[(None, ..)],
            (rows[(.., None)] < m) & (ks[(None, ..)] < k),
            0.0,
        );
        let b_tile = load(
            b + ks[(.., None)] * n + cols[(None, ..)],
            (ks[(.., None)] < k) & (cols[(None, ..)] < n),
            0.0,
        );
        let part = dot(a_tile, b_tile);
        row_max = maximum(row_max, max(part, 1));
        acc = acc + part;
    }
    let col_min = min(acc, 0);
    let row_sum = sum(acc, 1);
    let out = acc - row_sum[(.., None)] * 0.125 + col_min[(None, ..)] + row_max[(.., None)];
    let ok = (rows[(.., None)] < m) & (cols[(None, ..)] < n);
    store(o + rows[(.., None)] * n + cols[(None, ..)], out as bf16, ok);
    store(
        e + rows[(.., None)] * n + cols[(None, ..)],
        exp(acc * 0.01),
        ok,
    );
}

fn fragment_ops_case<const BM: usize, const BN: usize, const BK: usize>(
    (m, n, k): (usize, usize, usize),
    num_warps: u32,
    num_stages: u32,
) {
    let lda = k + 8;
    let mut rng = common::rng((m * n + k) as u64);
    let mut bf16s = |len: usize| -> Vec<bf16> {
        common::f32s(&mut rng, len, -1.0, 1.0)
            .into_iter()
            .map(bf16::from_f32)
            .collect()
    };
    let (a, b) = (bf16s(m * lda), bf16s(k * n));
    let run = |dev: &Device, options: &LaunchOptions| -> (Vec<f32>, Vec<f32>) {
        let (ad, bd) = (dev.upload(&a).unwrap(), dev.upload(&b).unwrap());
        let o = dev.alloc::<bf16>(m * n).unwrap();
        let e = dev.alloc::<f32>(m * n).unwrap();
        let grid = Grid::xy(m.div_ceil(BM) as u32, n.div_ceil(BN) as u32);
        fragment_ops::<BM, BN, BK>::launch_with(
            dev, grid, options, &ad, &bd, &o, &e, m as i32, n as i32, k as i32, lda as i32,
        )
        .unwrap();
        let o = o.to_vec().unwrap().iter().map(|x| x.to_f32()).collect();
        (o, e.to_vec().unwrap())
    };
    let want = run(&Device::interpreter(), &LaunchOptions::new());
    for checked in [false, true] {
        let Some((dev, _)) = emu(checked) else { return };
        let got = run(
            &dev,
            &LaunchOptions::new()
                .num_warps(num_warps)
                .num_stages(num_stages),
        );
        let what = format!(
            "fragment ops {BM}x{BN}x{BK} on {m}x{n}x{k}, {num_warps} warps, {num_stages} \
             stages, checked {checked}"
        );
        // The sums differ from the interpreter's in order; bf16 rounds at 2^-8.
        eprintln!("{what}: o, then e");
        common::assert_close(&got.0, &want.0, 1e-2, 1e-2);
        common::assert_close(&got.1, &want.1, 1e-4, 1e-4);
    }
}

/// [`fragment_ops`] across block shapes, warp counts and pipeline depths on ragged sizes.
#[test]
fn fragment_ops_configurations_match_the_interpreter() {
    fragment_ops_case::<16, 16, 16>((37, 21, 40), 1, 2);
    fragment_ops_case::<32, 32, 16>((70, 66, 50), 2, 3);
    fragment_ops_case::<64, 32, 32>((100, 64, 64), 4, 3);
    fragment_ops_case::<64, 64, 32>((64, 128, 96), 8, 2);
    fragment_ops_case::<128, 64, 16>((130, 70, 33), 4, 1);
    fragment_ops_case::<32, 128, 32>((40, 200, 64), 8, 3);
}

/// Triton's `test_atomic_cas` spin lock: every program takes the lock with `atomic_cas`,
/// adds one to a shared tile, and releases it.
#[kernel]
fn serialized_add<const B: usize>(data: Ptr<f32>, lock: Ptr<i32>) {
    let offs = arange(0, B);
    while atomic_cas(lock, 0, 1) == 1 {}
    store(data + offs, load(data + offs) + 1.0);
    atomic_xchg(lock, 0);
}

#[test]
fn a_spin_lock_over_two_thousand_programs_serializes_them() {
    // Triton's grid: 2000 programs of 4 warps. Every program spinning on the lock is
    // resident at once without windowed residency and parked barrier waiters, so that
    // each hand-over costs a round over every thread of the grid: 200 programs took 57 s.
    let Some((dev, _)) = emu(true) else { return };
    let data = dev.upload(&[0.0f32; 128]).unwrap();
    let lock = dev.upload(&[0i32]).unwrap();
    let start = std::time::Instant::now();
    serialized_add::<128>::launch(&dev, Grid::x(2000), &data, &lock).unwrap();
    eprintln!("2000-program spin lock: {:?}", start.elapsed());
    assert_eq!(data.to_vec().unwrap(), vec![2000.0; 128]);
    assert_eq!(lock.to_vec().unwrap(), vec![0]);
}

#[test]
fn a_grid_of_65536_programs_runs_them_all() {
    // Every program of the grid was resident at once: about 650 KB each, 8.6 GB here.
    let Some((dev, _)) = emu(true) else { return };
    let n = 65536 * 32;
    let x: Vec<f32> = (0..n).map(|i| i as f32).collect();
    let y = vec![1.0f32; n];
    let (xd, yd) = (dev.upload(&x).unwrap(), dev.upload(&y).unwrap());
    let out = dev.alloc::<f32>(n).unwrap();
    let start = std::time::Instant::now();
    add::<32>::launch(&dev, Grid::x(65536), &xd, &yd, &out, n as i32).unwrap();
    eprintln!("65,536 programs: {:?}", start.elapsed());
    let got = out.to_vec().unwrap();
    for i in 0..n {
        assert_eq!(got[i], x[i] + 1.0, "element {i}");
    }
}

#[kernel]
fn count_programs(counter: Ptr<i32>) {
    atomic_add(counter, 1);
}

#[test]
fn a_grid_of_more_than_two_to_the_32_programs_is_not_cut_short() {
    // 6700417 x 641 = 2^32 + 1: counted in 32 bits, one program ran and the launch returned
    // `Ok`. It is a valid CUDA grid, far too large to emulate: the watchdog must end it and
    // say how far it got.
    if !have_compiler() {
        return;
    }
    let backend = EmuBackend::new().expect("the emulator opens");
    backend.set_timeout(Some(2));
    let dev = Device::from(backend.into_device());
    let counter = dev.upload(&[0i32]).unwrap();
    let err = count_programs::launch(&dev, Grid::xy(6700417, 641), &counter).unwrap_err();
    let message = err.to_string();
    assert!(
        matches!(&err, LaunchError::Backend { kernel, .. } if kernel == "count_programs"),
        "{message}"
    );
    assert!(
        message.contains("timed out after 2 s") && message.contains(" of 4294967297 programs"),
        "{message}"
    );
    // A grid over all three axes runs every program once.
    count_programs::launch(&dev, Grid::xyz(37, 11, 5), &counter).unwrap();
    assert_eq!(counter.to_vec().unwrap(), vec![37 * 11 * 5]);
}

/// Tiles past the CUDA backend's limit (2^16 elements: NVRTC ran for more than 15 minutes
/// on a 2^20-element copy) are refused before anything is compiled, naming the device.
#[test]
fn tiles_past_the_cuda_limit_are_refused_up_front() {
    let Some((dev, backend)) = emu(true) else {
        return;
    };
    assert_eq!(backend.max_tile_elements(), 1 << 16);
    let n = 1 << 17;
    let x = dev.upload(&vec![1.0f32; n]).unwrap();
    let out = dev.alloc::<f32>(n).unwrap();
    let err = add::<{ 1 << 17 }>::launch(&dev, Grid::x(1), &x, &x, &out, n as i32).unwrap_err();
    match &err {
        LaunchError::Specialization { kernel, message } => {
            assert_eq!(kernel, "add");
            assert!(
                message.contains("cuda-emu") && message.contains("65536"),
                "{err}"
            );
        }
        other => panic!("expected a tile-size refusal, got {other}"),
    }
}

/// Reductions, argmax/argmin and a scan along both axes of an f32 `[R, C]` tile, and an f16
/// sum: at `[256, 256]` each needs more than the 227 KiB of shared memory an sm_90 block may
/// have to stage its operand at once (263,168 bytes for a sum), so they go through it in
/// chunks of lines.
#[kernel]
fn big_reductions<const R: usize, const C: usize>(
    x: Ptr<f32>,
    h: Ptr<f16>,
    sums: Ptr<f32>,
    idx: Ptr<i32>,
    hsum: Ptr<f16>,
    scan: Ptr<f32>,
) {
    let rows = arange(0, R);
    let cols = arange(0, C);
    let at = rows[(.., None)] * C + cols[(None, ..)];
    let t = load(x + at);
    store(sums + cols, sum(t, 0));
    store(sums + C + rows, sum(t, 1));
    store(sums + C + R + cols, max(t, 0));
    store(sums + 2 * C + R + rows, min(t, 1));
    store(idx + rows, argmax(t, 1));
    store(idx + R + cols, argmin(t, 0));
    store(scan + at, cumsum(t, 0));
    store(hsum + rows, sum(load(h + at), 1));
}

/// Two f64 lines of `L` elements: at 32,768 one line alone (256 KiB) exceeds an sm_90
/// block's shared memory, so the axis goes through it in segments, each line's running
/// value carried from one to the next; and an argmin of one such line (a single result).
#[kernel]
fn long_lines<const L: usize>(x: Ptr<f64>, sums: Ptr<f64>, scan: Ptr<f64>, idx: Ptr<i32>) {
    let rows = arange(0, 2);
    let cols = arange(0, L);
    let at = rows[(.., None)] * L + cols[(None, ..)];
    let t = load(x + at);
    store(sums + rows, sum(t, 1));
    store(scan + at, cumsum(t, 1));
    store(idx + rows, argmax(t, 1));
    store(idx + 2, argmin(load(x + L + cols), 0));
}

/// The chunked reductions and scans (`codegen/chunks.rs`) against the interpreter: each line
/// is folded by one thread in ascending order, so the results are bit for bit the
/// interpreter's, f16's single rounding included. Before chunking, these kernels were
/// refused for their shared memory.
#[test]
fn reductions_larger_than_shared_memory_go_through_it_in_chunks() {
    let Some((dev, _)) = emu(true) else { return };
    let interp = Device::interpreter();
    let mut r = common::rng(31);

    const R: usize = 256;
    const C: usize = 256;
    // Random values with ties (multiples of 1/8), so that argmax/argmin's first index counts.
    let x: Vec<f32> = (0..R * C)
        .map(|_| (rand::Rng::random_range(&mut r, -64..64) as f32) / 8.0)
        .collect();
    let h: Vec<f16> = common::f32s(&mut r, R * C, -1.0, 1.0)
        .into_iter()
        .map(f16::from_f32)
        .collect();
    let run = |d: &Device| {
        let sums = d.alloc::<f32>(2 * C + 2 * R).unwrap();
        let idx = d.alloc::<i32>(R + C).unwrap();
        let hsum = d.alloc::<f16>(R).unwrap();
        let scan = d.alloc::<f32>(R * C).unwrap();
        big_reductions::<R, C>::launch(
            d,
            Grid::x(1),
            &d.upload(&x).unwrap(),
            &d.upload(&h).unwrap(),
            &sums,
            &idx,
            &hsum,
            &scan,
        )
        .unwrap();
        (
            sums.to_vec().unwrap(),
            idx.to_vec().unwrap(),
            hsum.to_vec().unwrap(),
            scan.to_vec().unwrap(),
        )
    };
    let (got, want) = (run(&dev), run(&interp));
    assert_eq!(got.0, want.0, "sums, max, min");
    assert_eq!(got.1, want.1, "argmax, argmin");
    assert_eq!(got.2, want.2, "f16 sums");
    assert_eq!(got.3, want.3, "cumsum");

    const L: usize = 32_768;
    let x = common::f32s(&mut r, 2 * L, -1.0, 1.0)
        .into_iter()
        .map(f64::from)
        .collect::<Vec<_>>();
    let run = |d: &Device| {
        let sums = d.alloc::<f64>(2).unwrap();
        let scan = d.alloc::<f64>(2 * L).unwrap();
        let idx = d.alloc::<i32>(3).unwrap();
        long_lines::<L>::launch(d, Grid::x(1), &d.upload(&x).unwrap(), &sums, &scan, &idx).unwrap();
        (
            sums.to_vec().unwrap(),
            scan.to_vec().unwrap(),
            idx.to_vec().unwrap(),
        )
    };
    let (got, want) = (run(&dev), run(&interp));
    assert_eq!(got.0, want.0, "f64 sums");
    assert_eq!(got.1, want.1, "f64 cumsum");
    assert_eq!(got.2, want.2, "argmax, argmin");
}
