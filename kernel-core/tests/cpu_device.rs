//! The CPU device (the interpreter's semantics with a launch's programs on several threads,
//! `runtime::Interpreter::cpu`) against the interpreter: every filetest on random inputs,
//! and the errors of failing programs.
#![cfg(feature = "filetests")]

use std::sync::Arc;

use kernel_core::filetests::{self, harness};
use kernel_core::interp::{self, InterpArg};
use kernel_core::runtime::{Device, Grid, Interpreter, LaunchError, ProgramId};

fn cpu(threads: usize) -> Device {
    Device::from_backend(Arc::new(Interpreter::cpu(threads)))
}

#[test]
fn every_filetest_matches_the_interpreter_on_several_threads() {
    let interp = Device::interpreter();
    // Fewer threads than most families have programs (a 2 x 2 grid by default), so that
    // threads take several each.
    let three = cpu(3);
    let mut ran = 0;
    for t in filetests::ALL {
        let k = t.kernel();
        let ins = harness::inputs(&k, 11);
        let (want_res, want) = harness::run_on(&interp, &k, &ins);
        let (got_res, got) = harness::run_on(&three, &k, &ins);
        assert_eq!(
            got_res.as_ref().map_err(|e| e.to_string()),
            want_res.as_ref().map_err(|e| e.to_string()),
            "{}: the launch's result",
            t.name
        );
        if let Err(e) = harness::compare_buffers(&k, "cpu", &got, &want, &|_| 0.0) {
            panic!("{}: {e}", t.name);
        }
        ran += 1;
    }
    assert!(ran >= 50, "only {ran} filetests");
}

/// The interpreter keeps index arithmetic in closed form (`interp/lazy.rs`): on every
/// filetest, on random inputs, it computes what it computes with every value stored element
/// by element, bit for bit, errors included.
#[test]
fn closed_forms_change_no_bit() {
    let closed = Device::interpreter();
    let element_wise = Device::from_backend(Arc::new(Interpreter::element_wise()));
    let mut ran = 0;
    for t in filetests::ALL {
        let k = t.kernel();
        for seed in [3, 17] {
            let ins = harness::inputs(&k, seed);
            let (want_res, want) = harness::run_on(&element_wise, &k, &ins);
            let (got_res, got) = harness::run_on(&closed, &k, &ins);
            assert_eq!(
                got_res.as_ref().map_err(|e| e.to_string()),
                want_res.as_ref().map_err(|e| e.to_string()),
                "{}: the launch's result",
                t.name
            );
            if let Err(e) = harness::compare_buffers(&k, "closed forms", &got, &want, &|_| 0.0) {
                panic!("{} (seed {seed}): {e}", t.name);
            }
        }
        ran += 1;
    }
    assert!(ran >= 50, "only {ran} filetests");
}

/// Program `p` stores `p` to `out[16p .. 16p + 16]`, unmasked.
const STORES: &str = "kernel @stores(out: *f32 = %0) {
  %1: i32 = program_id 0
  %2: i32 = const i32 16
  %3: i32 = mul %1, %2
  %4: i32[16] = arange 16
  %5: i32[16] = broadcast %3 to [16]
  %6: i32[16] = add %5, %4
  %7: *f32[16] = broadcast %0 to [16]
  %8: *f32[16] = ptr_add %7, %6
  %9: f32 = cast %1 to f32
  %10: f32[16] = broadcast %9 to [16]
  store %8, %10
}";

#[test]
fn the_error_is_the_first_failing_programs_and_every_program_before_it_ran() {
    let k = kernel_core::text::parse_kernel(STORES).unwrap();
    // Room for 5 programs of 64: programs 5 to 63 all fail.
    for threads in [1, 2, 4, 7] {
        let mut out = vec![0xffu8; 5 * 16 * 4];
        let err = interp::run_parallel(
            &k,
            Grid { x: 64, y: 1, z: 1 },
            &[InterpArg::Buffer(0)],
            &mut [out.as_mut_slice()],
            threads,
        )
        .unwrap_err();
        match err {
            LaunchError::OutOfBounds {
                program, offset, ..
            } => {
                assert_eq!(program, ProgramId { x: 5, y: 0, z: 0 }, "{threads} threads");
                assert_eq!(offset, 80, "{threads} threads");
            }
            other => panic!("{threads} threads: {other}"),
        }
        let got: Vec<f32> = out
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes(b.try_into().unwrap()))
            .collect();
        for (i, v) in got.iter().enumerate() {
            assert_eq!(*v, (i / 16) as f32, "{threads} threads: out[{i}]");
        }
    }
}

/// Every lane of every program adds 1 to `count[lane % 4]`, and program `p` adds `p` to
/// `sum[0]`, atomically.
const COUNTS: &str = "kernel @counts(count: *i32 = %0, sum: *i64 = %1) {
  %2: i32[64] = arange 64
  %3: i32 = const i32 4
  %4: i32[64] = broadcast %3 to [64]
  %5: i32[64] = rem %2, %4
  %6: *i32[64] = broadcast %0 to [64]
  %7: *i32[64] = ptr_add %6, %5
  %8: i32 = const i32 1
  %9: i32[64] = broadcast %8 to [64]
  %10: i32[64] = atomic add %7, %9 relaxed
  %11: i32 = program_id 0
  %12: i64 = cast %11 to i64
  %13: i64 = atomic add %1, %12 relaxed
}";

#[test]
fn atomics_lose_no_update_on_several_threads() {
    let k = kernel_core::text::parse_kernel(COUNTS).unwrap();
    let programs = 3000u32;
    let mut count = vec![0u8; 4 * 4];
    let mut sum = vec![0u8; 8];
    interp::run_parallel(
        &k,
        Grid {
            x: programs,
            y: 1,
            z: 1,
        },
        &[InterpArg::Buffer(0), InterpArg::Buffer(1)],
        &mut [count.as_mut_slice(), sum.as_mut_slice()],
        4,
    )
    .unwrap();
    for c in count.chunks_exact(4) {
        assert_eq!(
            i32::from_le_bytes(c.try_into().unwrap()),
            16 * programs as i32
        );
    }
    let want: i64 = (0..i64::from(programs)).sum();
    assert_eq!(i64::from_le_bytes(sum.try_into().unwrap()), want);
}
