//! Control flow, variables, the grid and debugging ops through `#[kernel]` on the
//! interpreter: runtime and unrolled `for`, `while`, `if`/`else`, early `return`, program ids
//! on three axes, `device_assert` and `device_print`.

// Index loops mirror the math of the references.
#![allow(clippy::needless_range_loop)]

mod common;

use common::*;
use oxtile::prelude::*;

#[kernel]
fn grid3(out: Ptr<i32>) {
    let x = program_id(0);
    let y = program_id(1);
    let z = program_id(2);
    let nx = num_programs(0);
    let ny = num_programs(1);
    let nz = num_programs(2);
    let linear = (z * ny + y) * nx + x;
    store(out + 2 * linear, linear * 1000 + x * 100 + y * 10 + z);
    store(out + 2 * linear + 1, nx * 100 + ny * 10 + nz);
}

#[test]
fn program_ids_and_grid_sizes_on_three_axes() {
    let d = dev();
    let (nx, ny, nz) = (4, 3, 2);
    let out = d.alloc::<i32>(2 * nx * ny * nz).unwrap();
    grid3::launch(&d, Grid::xyz(nx as u32, ny as u32, nz as u32), &out).unwrap();
    let got = out.to_vec().unwrap();
    for z in 0..nz {
        for y in 0..ny {
            for x in 0..nx {
                let l = (z * ny + y) * nx + x;
                assert_eq!(got[2 * l] as usize, l * 1000 + x * 100 + y * 10 + z);
                assert_eq!(got[2 * l + 1] as usize, nx * 100 + ny * 10 + nz);
            }
        }
    }
}

#[kernel]
fn loops<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32, steps: i32) {
    let offs = arange(0, B);
    // Runtime loop with a runtime step, accumulating a tile in a variable.
    let mut acc = zeros::<f32>([B]);
    for start in (0..n).step_by(B) {
        let idx = start + offs;
        acc += load(x + idx, idx < n, 0.0);
    }
    store(out + offs, acc);
    // Unrolled loop over compile-time bounds.
    let mut s = 0.0;
    for i in static_range(0, 4) {
        s = s + (i as f32) * 0.5;
    }
    // `while` with a scalar counter, `if`/`else` inside.
    let mut k = 0;
    let mut evens = 0;
    let mut odds = 0;
    while k < steps {
        if k % 2 == 0 {
            evens += 1;
        } else if k % 3 == 0 {
            odds += 100;
        } else {
            odds += 1;
        }
        k += 1;
    }
    store(out + B, s);
    store(out + B + 1, evens as f32);
    store(out + B + 2, odds as f32);
    // Inclusive range and a loop that runs zero times.
    let mut t = 0;
    for i in 1..=5 {
        t += i;
    }
    for _ in 5..5 {
        t += 1000;
    }
    store(out + B + 3, t as f32);
}

#[test]
fn for_while_if_and_variables() {
    const B: usize = 16;
    let n = 100;
    let mut r = rng(30);
    let x = f32s(&mut r, n, -1.0, 1.0);
    let d = dev();
    let out = d.alloc::<f32>(B + 4).unwrap();
    loops::<B>::launch(&d, Grid::x(1), &d.upload(&x).unwrap(), &out, n as i32, 11).unwrap();
    let got = out.to_vec().unwrap();
    for j in 0..B {
        let want = (0..n).filter(|i| i % B == j).fold(0.0f32, |a, i| a + x[i]);
        assert_eq!(got[j], want, "strided sum at {j}");
    }
    assert_eq!(got[B], 3.0, "static_range 0.5 * (0+1+2+3)");
    // k = 0..11: evens 0,2,4,6,8,10 -> 6; odd multiples of 3: 3, 9 -> 200; others 1,5,7 -> 3.
    assert_eq!(got[B + 1], 6.0);
    assert_eq!(got[B + 2], 203.0);
    assert_eq!(got[B + 3], 15.0);
}

/// Descending loops, with Rust's meaning of `.rev()` before and after `step_by`: each
/// records the order it visits its indices in (`out[k]` = the k-th index visited).
#[kernel]
fn descending(out: Ptr<i32>, lo: i32, hi: i32) {
    let mut k = 0;
    for i in (lo..hi).rev() {
        store(out + k, i);
        k += 1;
    }
    store(out + 100, k);
    k = 0;
    for i in (lo..hi).rev().step_by(3) {
        store(out + 200 + k, i);
        k += 1;
    }
    store(out + 300, k);
    k = 0;
    for i in (lo..hi).step_by(3).rev() {
        store(out + 400 + k, i);
        k += 1;
    }
    store(out + 500, k);
    k = 0;
    for i in (lo..=hi).rev() {
        store(out + 600 + k, i);
        k += 1;
    }
    store(out + 700, k);
    k = 0;
    for i in static_range(0, 4).rev() {
        store(out + 800 + k, i);
        k += 1;
    }
}

#[test]
fn reversed_ranges_count_down_as_in_rust() {
    let d = dev();
    for (lo, hi) in [(-5, 6), (3, 4), (7, 7), (9, 2), (-20, -9)] {
        let out = d.alloc::<i32>(900).unwrap();
        descending::launch(&d, Grid::x(1), &out, lo, hi).unwrap();
        let got = out.to_vec().unwrap();
        let check = |at: usize, count_at: usize, want: Vec<i32>, what: &str| {
            assert_eq!(
                got[count_at],
                want.len() as i32,
                "{what} ({lo}, {hi}): count"
            );
            assert_eq!(&got[at..at + want.len()], &want[..], "{what} ({lo}, {hi})");
        };
        check(0, 100, (lo..hi).rev().collect(), "rev");
        check(
            200,
            300,
            (lo..hi).rev().step_by(3).collect(),
            "rev().step_by(3)",
        );
        check(
            400,
            500,
            (lo..hi).step_by(3).rev().collect(),
            "step_by(3).rev()",
        );
        check(600, 700, (lo..=hi).rev().collect(), "(lo..=hi).rev()");
        assert_eq!(&got[800..804], &[3, 2, 1, 0]);
    }
}

/// Triton's `tl.range(..., loop_unroll_factor=, num_stages=)`: `.unroll(n)` and
/// `.num_stages(n)` on any range, hints that change the generated code, not the results.
#[kernel]
fn hinted(out: Ptr<i32>, n: i32) {
    let mut s = 0;
    for i in (0..n).unroll(4) {
        s += i;
    }
    store(out, s);
    let mut t = 0;
    for i in (0..n).step_by(3).num_stages(3).unroll(2) {
        t += i * i;
    }
    store(out + 1, t);
    let mut u = 0;
    for i in (0..n).rev().unroll(1) {
        u = u * 3 + i;
    }
    store(out + 2, u);
}

#[test]
fn loop_hints_keep_the_results_and_reach_the_ir() {
    let d = dev();
    for n in [0, 1, 7, 40] {
        let out = d.alloc::<i32>(3).unwrap();
        hinted::launch(&d, Grid::x(1), &out, n).unwrap();
        let u = (0..n)
            .rev()
            .fold(0i32, |u, i| u.wrapping_mul(3).wrapping_add(i));
        assert_eq!(
            out.to_vec().unwrap(),
            vec![
                (0..n).sum::<i32>(),
                (0..n).step_by(3).map(|i| i * i).sum(),
                u
            ],
            "n = {n}"
        );
    }
    let ir = hinted::IR;
    for hint in [" unroll 4 {", " unroll 2 stages 3 {", " unroll 1 {"] {
        assert!(ir.contains(hint), "{hint} missing from\n{ir}");
    }
}

#[kernel]
fn early_return(out: Ptr<i32>, limit: i32) {
    let pid = program_id(0);
    if pid >= limit {
        return;
    }
    store(out + pid, pid + 1);
}

#[test]
fn return_ends_only_the_current_program() {
    let d = dev();
    let out = d.upload(&[-1i32; 8]).unwrap();
    early_return::launch(&d, Grid::x(8), &out, 5).unwrap();
    assert_eq!(out.to_vec().unwrap(), vec![1, 2, 3, 4, 5, -1, -1, -1]);
}

#[kernel]
fn checked<const B: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, B);
    let v = load(x + offs);
    device_assert(v >= 0.0, "inputs must be non-negative");
    store(out + offs, sqrt(v));
}

#[kernel]
fn printing<const B: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, B);
    let v = load(x + offs);
    device_print("sqrt of block", sqrt(v));
    store(out + offs, sqrt(v));
}

#[test]
fn device_print_runs_and_leaves_results_alone() {
    let d = dev();
    let out = d.alloc::<f32>(4).unwrap();
    let x = d.upload(&[1.0f32, 4.0, 9.0, 16.0]).unwrap();
    let result = printing::<4>::launch(&d, Grid::x(1), &x, &out);
    if refuses("device_print") {
        assert_refused(result, "device_print");
        return;
    }
    result.unwrap();
    assert_eq!(out.to_vec().unwrap(), vec![1.0, 2.0, 3.0, 4.0]);
}

#[test]
fn device_assert_fails_the_launch_with_its_message() {
    let d = dev();
    let out = d.alloc::<f32>(4).unwrap();
    let good = d.upload(&[1.0f32, 4.0, 9.0, 16.0]).unwrap();
    checked::<4>::launch(&d, Grid::x(1), &good, &out).unwrap();
    assert_eq!(out.to_vec().unwrap(), vec![1.0, 2.0, 3.0, 4.0]);
    let bad = d.upload(&[1.0f32, -4.0, 9.0, 16.0]).unwrap();
    let err = checked::<4>::launch(&d, Grid::x(1), &bad, &out).unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, LaunchError::AssertionFailed { .. }), "{msg}");
    assert!(
        msg.contains("checked") && msg.contains("inputs must be non-negative"),
        "{msg}"
    );
    if reports_sites() {
        let LaunchError::AssertionFailed { at, .. } = &err else {
            unreachable!()
        };
        assert_points_at(at, "tests/lang_control.rs", "device_assert(");
    }
}

#[kernel]
fn bad_step(out: Ptr<i32>, step: i32) {
    let mut s = 0;
    for i in (0..10).step_by(step) {
        s += i;
    }
    store(out, s);
}

#[test]
fn a_non_positive_loop_step_is_an_error() {
    let d = dev();
    let out = d.alloc::<i32>(1).unwrap();
    bad_step::launch(&d, Grid::x(1), &out, 3).unwrap();
    assert_eq!(out.to_vec().unwrap(), vec![3 + 6 + 9]);
    let err = bad_step::launch(&d, Grid::x(1), &out, 0).unwrap_err();
    assert!(
        matches!(err, LaunchError::BadLoopStep { step: 0, .. }),
        "{err}"
    );
    if reports_sites() {
        let LaunchError::BadLoopStep { at, .. } = &err else {
            unreachable!()
        };
        assert_points_at(
            at,
            "tests/lang_control.rs",
            "for i in (0..10).step_by(step)",
        );
    }
    // A negative step comes back whole (every backend's status words carry it as an i64).
    let err = bad_step::launch(&d, Grid::x(1), &out, -7).unwrap_err();
    assert!(
        matches!(err, LaunchError::BadLoopStep { step: -7, .. }),
        "{err}"
    );
}

#[test]
fn launch_options_change_nothing_but_are_range_checked() {
    let d = dev();
    let out = d.alloc::<i32>(1).unwrap();
    for warps in [1, 2, 8, 32] {
        let opts = LaunchOptions::new().num_warps(warps).num_stages(3);
        bad_step::launch_with(&d, Grid::x(1), &opts, &out, 4).unwrap();
        assert_eq!(out.to_vec().unwrap(), vec![4 + 8], "num_warps = {warps}");
    }
    let opts = LaunchOptions::new().num_warps(3);
    let err = bad_step::launch_with(&d, Grid::x(1), &opts, &out, 4).unwrap_err();
    assert_eq!(
        err.to_string(),
        "kernel `bad_step`: launch option num_warps = 3 must be a power of two in 1..=32"
    );
    let opts = LaunchOptions::new().num_stages(9);
    let err = bad_step::launch_with(&d, Grid::x(1), &opts, &out, 4).unwrap_err();
    assert!(
        matches!(
            err,
            LaunchError::BadOption {
                option: "num_stages",
                value: 9,
                ..
            }
        ),
        "{err}"
    );
}

#[kernel]
fn if_values<const B: usize, const FLAG: bool>(x: Ptr<f32>, out: Ptr<f32>, k: i32) {
    let offs = arange(0, B);
    let v = load(x + offs);
    // A scalar chosen by a chain of conditions; weak literals take the other branch's type.
    let scale = if k < 0 {
        -1.0
    } else if k == 0 {
        0.0
    } else {
        let half = k as f32 * 0.5;
        half + 1.0
    };
    // A tile chosen by a compile-time flag.
    let t = if FLAG { v * scale } else { v + scale };
    // A tile branch and a scalar branch broadcast to the tile's shape.
    let u = if k > 10 { v } else { 7.0 };
    store(out + offs, t);
    store(out + B + offs, u);
}

#[test]
fn if_can_be_used_as_a_value() {
    const B: usize = 8;
    let mut r = rng(31);
    let x = f32s(&mut r, B, -2.0, 2.0);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<f32>(2 * B).unwrap();
    for k in [-3, 0, 4, 12] {
        let scale = if k < 0 {
            -1.0
        } else if k == 0 {
            0.0
        } else {
            k as f32 * 0.5 + 1.0
        };
        for flag in [false, true] {
            if flag {
                if_values::<B, true>::launch(&d, Grid::x(1), &xd, &out, k).unwrap();
            } else {
                if_values::<B, false>::launch(&d, Grid::x(1), &xd, &out, k).unwrap();
            }
            let got = out.to_vec().unwrap();
            for i in 0..B {
                let t = if flag { x[i] * scale } else { x[i] + scale };
                assert_eq!(got[i], t, "k={k} flag={flag} i={i}");
                assert_eq!(got[B + i], if k > 10 { x[i] } else { 7.0 });
            }
        }
    }
}

#[kernel]
fn count_for(out: Ptr<i32>, n: i32) {
    let mut c = 0;
    for _i in 0..n {
        c += 1;
    }
    store(out, c);
}

#[kernel]
fn count_while(out: Ptr<i32>, n: i32) {
    let mut c = 0;
    while c < n {
        c += 1;
    }
    store(out, c);
}

/// Whether the device stops loops past a budget of iterations per program (Mesa's llvmpipe,
/// behind wgpu on lavapipe): there a loop past it must fail the launch, never return `Ok`.
fn has_loop_budget(d: &Device) -> bool {
    backend() == "wgpu" && d.name().contains("llvmpipe")
}

#[test]
fn loops_run_past_65536_iterations_or_fail_with_a_typed_error() {
    let d = dev();
    let out = d.alloc::<i32>(1).unwrap();
    // Mesa's llvmpipe gives each program 65,535 loop iterations, all loops together: the
    // first count fits everywhere, the others do not fit there.
    for n in [20_000, 65_537, 200_000] {
        for which in ["for", "while"] {
            let launched = match which {
                "for" => count_for::launch(&d, Grid::x(1), &out, n),
                _ => count_while::launch(&d, Grid::x(1), &out, n),
            };
            // Unchecked launches report a kernel's failure at the read.
            let got = launched.and_then(|()| {
                out.to_vec().map_err(|e| match e {
                    oxtile::RuntimeError::KernelFailed(e) => *e,
                    e => panic!("{e}"),
                })
            });
            match got {
                Ok(v) => assert_eq!(v, vec![n], "{which} loop of {n} iterations"),
                Err(LaunchError::LoopLimit { limit, .. })
                    if has_loop_budget(&d) && i64::from(n) > limit as i64 - 10 => {}
                Err(e) => panic!("{which} loop of {n} iterations: {e}"),
            }
        }
    }
}

/// A `mut` parameter is a variable holding the argument, as in Rust (before, the body's
/// assignment was refused as an assignment to an immutable binding) and in Triton, where
/// arguments are reassigned freely. The pointer is advanced in a loop.
#[kernel]
fn mut_params(mut out: Ptr<i32>, mut n: i32) {
    n += 1;
    for _ in 0..3 {
        store(out, n);
        out = out + 1;
        n = n * 2;
    }
}

#[test]
fn mut_parameters_are_variables() {
    let d = dev();
    let out = d.alloc::<i32>(3).unwrap();
    mut_params::launch(&d, Grid::x(1), &out, 4).unwrap();
    assert_eq!(out.to_vec().unwrap(), [5, 10, 20]);
}
