//! Solutions to the exercises of the book's "From the CPU to a GPU" chapter
//! (`book/src/cpu-to-gpu.md`).
//!
//! Run them with `cargo test -p oxtile-book-solutions --test cpu_to_gpu`; with
//! `--features oxtile/wgpu,oxtile/cuda` they also run on wgpu and on the CUDA emulator (or a
//! GPU) where those open.

use oxtile::prelude::*;
use rand::{Rng, SeedableRng, rngs::StdRng};

/// Every device this build can open, by name: the two CPU devices always, the GPU backends
/// and the CUDA emulator when built in and available (`Device::by_name` fails otherwise).
fn devices() -> Vec<Device> {
    ["interpreter", "cpu", "wgpu", "cuda", "cuda-emu"]
        .into_iter()
        .filter_map(|name| Device::by_name(name).ok())
        .collect()
}

// Exercise 1: one kernel on every device, compared the right way: integers exactly, float
// sums within a tolerance, since a GPU may add a row in another order.

#[kernel]
fn row_stats<const BLOCK: usize>(x: Ptr<f32>, sums: Ptr<f32>, positives: Ptr<i32>, cols: i32) {
    let row = program_id(0);
    let c = arange(0, BLOCK);
    let m = c < cols;
    let v = load(x + row * cols + c, m, 0.0);
    store(sums + row, sum(v, 0));
    store(positives + row, sum(select(v > 0.0, 1, 0), 0));
}

#[test]
fn the_same_kernel_agrees_on_every_device() {
    let mut rng = StdRng::seed_from_u64(31);
    let (rows, cols) = (9, 1000);
    let x: Vec<f32> = (0..rows * cols)
        .map(|_| rng.random_range(-1.0..1.0))
        .collect();
    // The reference, in f64: a bound on any order's rounding is `cols * eps * sum |x|`.
    let want: Vec<(f64, i32)> = x
        .chunks(cols)
        .map(|r| {
            let s = r.iter().map(|&v| v as f64).sum();
            (s, r.iter().filter(|&&v| v > 0.0).count() as i32)
        })
        .collect();
    let devs = devices();
    assert!(devs.len() >= 2, "the two CPU devices always open");
    for dev in devs {
        println!("checking on {}", dev.name());
        let xb = dev.upload(&x).unwrap();
        let sums = dev.alloc::<f32>(rows).unwrap();
        let pos = dev.alloc::<i32>(rows).unwrap();
        row_stats::<1024>::launch(&dev, Grid::x(rows as u32), &xb, &sums, &pos, cols as i32)
            .unwrap();
        let (sums, pos) = (sums.to_vec().unwrap(), pos.to_vec().unwrap());
        for (r, (&(s, p), (&got_s, &got_p))) in want.iter().zip(sums.iter().zip(&pos)).enumerate() {
            let abs: f64 = x[r * cols..(r + 1) * cols]
                .iter()
                .map(|v| v.abs() as f64)
                .sum();
            let bound = cols as f64 * f32::EPSILON as f64 * abs;
            assert!(
                (got_s as f64 - s).abs() <= bound,
                "{}: row {r}: sum {got_s} vs {s} (bound {bound:e})",
                dev.name()
            );
            assert_eq!(
                got_p,
                p,
                "{}: row {r}: integer counts are exact",
                dev.name()
            );
        }
    }
}

// Exercise 2: the bug checked mode catches, on every device that checks (the CPU devices
// always; a GPU backend in checked mode).

#[kernel]
fn shift_left<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * BLOCK + arange(0, BLOCK);
    let m = offs < n;
    // Off by one: the last lane reads x[n], one past the end, though it is masked for `out`.
    store(out + offs, load(x + offs + 1, offs < n + 1, 0.0), m);
}

#[kernel]
fn shift_left_fixed<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * BLOCK + arange(0, BLOCK);
    // The fix: the load's mask is the bound of what it reads.
    let m = offs + 1 < n;
    store(out + offs, load(x + offs + 1, m, 0.0), offs < n);
}

#[test]
fn checked_mode_names_the_off_by_one() {
    let dev = Device::interpreter();
    let n = 100;
    let x: Vec<f32> = (0..n).map(|i| i as f32 + 0.5).collect();
    let xb = dev.upload(&x).unwrap();
    let out = dev.alloc::<f32>(n).unwrap();
    let err = shift_left::<64>::launch(&dev, Grid::x(2), &xb, &out, n as i32).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains(
            "out-of-bounds load of argument `x` at element offset 100 (buffer length 100)"
        ),
        "{msg}"
    );
    shift_left_fixed::<64>::launch(&dev, Grid::x(2), &xb, &out, n as i32).unwrap();
    let got = out.to_vec().unwrap();
    for i in 0..n {
        let want = if i + 1 < n { x[i + 1] } else { 0.0 };
        assert_eq!(got[i], want, "element {i}");
    }
}
