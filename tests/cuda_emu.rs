//! The CUDA backend emulated on the CPU (`oxtile::cuda::emu::EmuBackend`,
//! `OXTILE_DEVICE=cuda-emu`): what the conformance suite does not cover on it, namely
//! unchecked mode's deferred failures, one buffer passed to two parameters, and buffers of
//! another device. The same checks as `tests/cuda.rs` makes on a GPU.
//!
//! Every test skips (passes with a note) where no C++ compiler runs; `OXTILE_REQUIRE_EMU=1`
//! (CI) turns a skip into a failure.
#![cfg(feature = "cuda")]

mod common;

use common::kernels::non_negative;
use oxtile::RuntimeError;
use oxtile::cuda::emu::EmuBackend;
use oxtile::prelude::*;

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
    let backend = EmuBackend::new();
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
