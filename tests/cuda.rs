//! The CUDA backend on a real GPU: results, checked and unchecked failure reporting, the
//! disk cache, interop with cudarc, and the host cost of a warm launch (printed, never
//! asserted: timings belong to the benchmark harness).
//!
//! Every test skips (passes with a note) where no NVIDIA GPU can be opened, so the file runs
//! everywhere; `OXTILE_REQUIRE_GPU=1` turns a skip into a failure, for the GPU machine:
//!
//! ```text
//! OXTILE_REQUIRE_GPU=1 cargo test --features cuda --test cuda -- --nocapture
//! ```
#![cfg(feature = "cuda")]

mod common;

use oxtile::cuda::{CudaBackend, interop};
use oxtile::prelude::*;
use oxtile::runtime;

/// A fresh CUDA device, or `None` (with a note) where none can be opened.
fn gpu() -> Option<Device> {
    match CudaBackend::new() {
        Ok(backend) => Some(Device::from(backend.into_device())),
        Err(e) => {
            assert!(
                !std::env::var("OXTILE_REQUIRE_GPU").is_ok_and(|v| v == "1"),
                "OXTILE_REQUIRE_GPU=1 but the CUDA backend cannot open: {e}"
            );
            eprintln!("skipped: no CUDA device ({e})");
            None
        }
    }
}

fn backend(dev: &Device) -> &CudaBackend {
    interop::backend(dev).expect("a CUDA device")
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
fn vector_add_matches_the_host() {
    let Some(dev) = gpu() else { return };
    assert!(dev.name().starts_with("cuda:0 ("), "{}", dev.name());
    let n = 100_003;
    let x: Vec<f32> = (0..n).map(|i| i as f32 * 0.5).collect();
    let y: Vec<f32> = (0..n).map(|i| 1.0 - i as f32).collect();
    let out = dev.alloc::<f32>(n).unwrap();
    let (xd, yd) = (dev.upload(&x).unwrap(), dev.upload(&y).unwrap());
    for checked in [true, false] {
        backend(&dev).set_checked(checked);
        add::<1024>::launch(
            &dev,
            Grid::x(n.div_ceil(1024) as u32),
            &xd,
            &yd,
            &out,
            n as i32,
        )
        .unwrap();
        let got = out.to_vec().unwrap();
        for i in 0..n {
            assert_eq!(got[i], x[i] + y[i], "element {i} (checked = {checked})");
        }
    }
    // Tuning options change the specialization, not the result.
    add::<256>::launch_with(
        &dev,
        Grid::x(n.div_ceil(256) as u32),
        &LaunchOptions::new().num_warps(8).num_stages(1),
        &xd,
        &yd,
        &out,
        n as i32,
    )
    .unwrap();
    assert_eq!(out.to_vec().unwrap()[n - 1], x[n - 1] + y[n - 1]);
}

#[test]
fn checked_mode_reports_out_of_bounds_at_the_launch() {
    let Some(dev) = gpu() else { return };
    backend(&dev).set_checked(true);
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
    // The status was reset: the device keeps working.
    let ok = dev.upload(&[2.0f32; 16]).unwrap();
    unmasked_load::<16>::launch(&dev, Grid::x(1), &ok, &out).unwrap();
    assert_eq!(out.to_vec().unwrap(), vec![2.0; 16]);
}

#[test]
fn unchecked_failures_surface_at_the_next_synchronization() {
    let Some(dev) = gpu() else { return };
    backend(&dev).set_checked(false);
    common::assert_unchecked_failures_surface_at_the_next_synchronization(&dev);
}

#[test]
fn compiled_kernels_land_in_the_disk_cache() {
    let Some(dev) = gpu() else { return };
    let Some(dir) = oxtile::cuda::cache_dir() else {
        eprintln!("skipped: the disk cache is disabled");
        return;
    };
    let x = dev.upload(&[1.0f32; 8]).unwrap();
    let out = dev.alloc::<f32>(8).unwrap();
    add::<8>::launch(&dev, Grid::x(1), &x, &x, &out, 8).unwrap();
    let cached = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().starts_with("add-"));
    assert!(cached, "no add-*.cubin in {}", dir.display());
    // A second backend (a new process would do the same) loads it from disk.
    let dev2 = gpu().unwrap();
    add::<8>::launch(
        &dev2,
        Grid::x(1),
        &dev2.upload(&[1.0f32; 8]).unwrap(),
        &dev2.upload(&[2.0f32; 8]).unwrap(),
        &dev2.alloc::<f32>(8).unwrap(),
        8,
    )
    .unwrap();
}

#[test]
fn cudarc_slices_and_streams_interoperate() {
    let Some(dev) = gpu() else { return };
    let stream = backend(&dev).stream().clone();
    // A cudarc slice becomes an oxtile buffer without a copy...
    let x = interop::wrap_slice(&dev, stream.clone_htod(&[1.0f32, 2.0, 3.0]).unwrap()).unwrap();
    let y = dev.upload(&[10.0f32, 20.0, 30.0]).unwrap();
    let out = dev.alloc::<f32>(3).unwrap();
    add::<4>::launch(&dev, Grid::x(1), &x, &y, &out, 3).unwrap();
    // ...and an oxtile buffer is lent to cudarc as a view.
    let view = interop::cuda_view(&out).unwrap();
    assert_eq!(stream.clone_dtoh(&view).unwrap(), vec![11.0, 22.0, 33.0]);
    assert!(interop::device_ptr(&out).unwrap() != 0);
    assert_eq!(x.to_vec().unwrap(), vec![1.0, 2.0, 3.0]);

    // A backend on the caller's own context and stream.
    let ctx = oxtile::cuda::cudarc::driver::CudaContext::new(0).unwrap();
    let user_stream = ctx.new_stream().unwrap();
    let dev2 = Device::from(interop::device_from_stream(user_stream.clone()).unwrap());
    let a = interop::wrap_slice(&dev2, user_stream.clone_htod(&[5.0f32; 4]).unwrap()).unwrap();
    let out2 = dev2.alloc::<f32>(4).unwrap();
    add::<4>::launch(&dev2, Grid::x(1), &a, &a, &out2, 4).unwrap();
    assert_eq!(out2.to_vec().unwrap(), vec![10.0; 4]);
    // Buffers of another device are refused.
    let cpu = runtime::Device::interpreter();
    let host = cpu.upload(&[1.0f32]).unwrap();
    assert!(interop::device_ptr(&host).is_err());
}

#[test]
fn cudarc_views_are_lent_without_a_copy() {
    let Some(dev) = gpu() else { return };
    let stream = backend(&dev).stream().clone();
    // Views into the middle of cudarc slices, on a second stream of the same context (as a
    // framework's tensors with a start offset).
    let other = stream.context().new_stream().unwrap();
    let x = other.clone_htod(&[0.0f32, 1.0, 2.0, 3.0, 4.0]).unwrap();
    let mut out = other.alloc_zeros::<f32>(6).unwrap();
    {
        // SAFETY: `add` only reads its first two arguments.
        let xs = unsafe { interop::borrow_view(&dev, x.slice(1..4)) }.unwrap();
        let ys = interop::borrow_view_mut(&dev, out.slice_mut(2..5)).unwrap();
        assert_eq!((xs.len(), ys.len()), (3, 3));
        add::<4>::launch(&dev, Grid::x(1), &xs, &xs, &ys, 3).unwrap();
        // The lent buffer reads back like any other (ordered on oxtile's stream).
        assert_eq!(ys.to_vec().unwrap(), vec![2.0, 4.0, 6.0]);
    }
    // After the guards, cudarc's own copy on the other stream sees the launch's writes.
    assert_eq!(
        other.clone_dtoh(&out).unwrap(),
        vec![0.0, 0.0, 2.0, 4.0, 6.0, 0.0]
    );
    // A lent buffer is not a cudarc slice oxtile can view again.
    let lent = interop::borrow_view_mut(&dev, out.as_view_mut()).unwrap();
    assert!(interop::cuda_view(&lent).is_err());
    drop(lent);
    // A view of another context is refused.
    let cpu = runtime::Device::interpreter();
    assert!(interop::borrow_view_mut(&cpu, out.as_view_mut()).is_err());
}

#[test]
fn warm_launch_host_cost() {
    let Some(dev) = gpu() else { return };
    backend(&dev).set_checked(false);
    let n = 1 << 12;
    let x = dev.upload(&vec![1.0f32; n]).unwrap();
    let out = dev.alloc::<f32>(n).unwrap();
    let launch = || add::<1024>::launch(&dev, Grid::x(4), &x, &x, &out, n as i32).unwrap();
    launch();
    dev.synchronize().unwrap();
    let iters = 2000;
    let t = std::time::Instant::now();
    for _ in 0..iters {
        launch();
    }
    let host = t.elapsed();
    dev.synchronize().unwrap();
    eprintln!(
        "warm launch: {:.2} us of host time per launch ({iters} launches, unchecked)",
        host.as_secs_f64() * 1e6 / iters as f64
    );
    assert_eq!(out.to_vec().unwrap()[0], 2.0);
}
