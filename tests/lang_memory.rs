//! Memory through `#[kernel]` on the interpreter: masked loads and stores, tensor
//! descriptors with boundary checks, atomics (a histogram, max/min, exchange, compare-and-swap),
//! and the out-of-bounds guarantee: an unmasked access outside a buffer is a typed error naming
//! the kernel, the argument and the offset, and nothing outside the buffer is touched.

// Index loops mirror the math of the references.
#![allow(clippy::needless_range_loop)]

mod common;

use common::*;
use oxtile::prelude::*;

#[kernel]
fn masked_copy<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    store(out + offs, load(x + offs, m, -7.0) * 2.0, m);
}

#[test]
fn masked_lanes_never_touch_memory() {
    let n = 37;
    let mut r = rng(40);
    let x = f32s(&mut r, n, -1.0, 1.0);
    let d = dev();
    let out = d.upload(&vec![9.0f32; n]).unwrap();
    masked_copy::<16>::launch(&d, Grid::x(3), &d.upload(&x).unwrap(), &out, n as i32).unwrap();
    let want: Vec<f32> = x.iter().map(|v| v * 2.0).collect();
    assert_eq!(out.to_vec().unwrap(), want);
}

#[kernel]
fn tile_copy<const BR: usize, const BC: usize>(src: Ptr<f32>, dst: Ptr<f32>, rows: i32, cols: i32) {
    let a = tensor_desc(src, [rows, cols], [cols, 1], [BR, BC]);
    let b = tensor_desc(dst, [rows, cols], [cols, 1], [BR, BC]);
    let r0 = program_id(0) * BR;
    let c0 = program_id(1) * BC;
    let tile = a.load([r0, c0]);
    b.store([r0, c0], tile + 1.0);
}

#[test]
fn tensor_descriptors_check_both_boundaries() {
    let (rows, cols) = (13usize, 21usize);
    let mut r = rng(41);
    let x = f32s(&mut r, rows * cols, -1.0, 1.0);
    let d = dev();
    let out = d.alloc::<f32>(rows * cols).unwrap();
    const BR: usize = 8;
    const BC: usize = 8;
    let grid = Grid::xy(rows.div_ceil(BR) as u32, cols.div_ceil(BC) as u32);
    tile_copy::<BR, BC>::launch(
        &d,
        grid,
        &d.upload(&x).unwrap(),
        &out,
        rows as i32,
        cols as i32,
    )
    .unwrap();
    let want: Vec<f32> = x.iter().map(|v| v + 1.0).collect();
    assert_eq!(out.to_vec().unwrap(), want);
}

#[kernel]
fn histogram<const B: usize>(x: Ptr<i32>, bins: Ptr<i32>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    let v = load(x + offs, m, 0);
    atomic_add(bins + v, 1, m);
}

#[test]
fn atomic_add_builds_a_histogram() {
    let n = 1000;
    let mut r = rng(42);
    let x = i32s(&mut r, n, 0, 10);
    let d = dev();
    let bins = d.alloc::<i32>(10).unwrap();
    histogram::<128>::launch(
        &d,
        Grid::x(n.div_ceil(128) as u32),
        &d.upload(&x).unwrap(),
        &bins,
        n as i32,
    )
    .unwrap();
    let mut want = vec![0; 10];
    for v in &x {
        want[*v as usize] += 1;
    }
    assert_eq!(bins.to_vec().unwrap(), want);
}

#[kernel]
fn atomics_misc<const B: usize>(
    x: Ptr<f32>,
    sum: Ptr<f32>,
    ix: Ptr<i32>,
    mx: Ptr<i32>,
    mn: Ptr<i32>,
    slot: Ptr<i32>,
    old: Ptr<i32>,
) {
    let offs = arange(0, B);
    let v = load(x + offs);
    atomic_add(sum + 0 * offs, v);
    let iv = load(ix + offs);
    atomic_max(mx + 0 * offs, iv);
    atomic_min(mn + 0 * offs, iv);
    // Exchange returns the previous value; lanes go in row-major order.
    let prev = atomic_xchg(slot + 0 * offs, iv);
    store(old + offs, prev);
    // CAS succeeds only where the expected value matches.
    let cas_old = atomic_cas(slot + 1, 5, 6);
    store(old + B, cas_old);
}

#[test]
fn atomic_max_min_xchg_cas_and_float_add() {
    const B: usize = 32;
    let mut r = rng(43);
    let x = f32s(&mut r, B, 0.0, 1.0);
    let ix = i32s(&mut r, B, -1000, 1000);
    let d = dev();
    let sum = d.alloc::<f32>(1).unwrap();
    let mx = d.upload(&[i32::MIN]).unwrap();
    let mn = d.upload(&[i32::MAX]).unwrap();
    let slot = d.upload(&[-1, 5]).unwrap();
    let old = d.alloc::<i32>(B + 1).unwrap();
    atomics_misc::<B>::launch(
        &d,
        Grid::x(1),
        &d.upload(&x).unwrap(),
        &sum,
        &d.upload(&ix).unwrap(),
        &mx,
        &mn,
        &slot,
        &old,
    )
    .unwrap();
    let s = x.iter().fold(0.0f32, |a, b| a + b);
    assert_eq!(mx.to_vec().unwrap(), vec![*ix.iter().max().unwrap()]);
    assert_eq!(mn.to_vec().unwrap(), vec![*ix.iter().min().unwrap()]);
    let o = old.to_vec().unwrap();
    assert_eq!(o[B], 5);
    let final_slot = slot.to_vec().unwrap();
    assert_eq!(final_slot[1], 6);
    if is_interpreter() {
        // Lanes are applied in row-major order: exact sum, and each exchange returns the
        // previous lane's value.
        assert_eq!(sum.to_vec().unwrap(), vec![s]);
        assert_eq!(o[0], -1);
        for i in 1..B {
            assert_eq!(o[i], ix[i - 1], "xchg returns the previous lane's value");
        }
        assert_eq!(final_slot[0], ix[B - 1]);
    } else {
        // A GPU applies the lanes in some order: the sum is exact up to reassociation, and
        // the exchanges form one chain from -1 through every value.
        assert_close(&sum.to_vec().unwrap(), &[s], 1e-5, 1e-5);
        let mut seen: Vec<i32> = o[..B].to_vec();
        seen.push(final_slot[0]);
        seen.sort_unstable();
        let mut want: Vec<i32> = ix.clone();
        want.push(-1);
        want.sort_unstable();
        assert_eq!(
            seen, want,
            "every value is returned once or left in the slot"
        );
    }
}

/// 64-bit atomics of every kind: i64 add (wrapping), max, min, exchange (with the old
/// values) and compare-and-swap (one that succeeds, one that fails); u64 max (unsigned) and
/// xor; f64 add and a scalar exchange.
#[kernel]
fn wide_atomics<const B: usize>(
    x: Ptr<i64>,
    u: Ptr<u64>,
    f: Ptr<f64>,
    acc: Ptr<i64>,
    uacc: Ptr<u64>,
    facc: Ptr<f64>,
    old: Ptr<i64>,
    expect: i64,
    new: i64,
    s: f64,
) {
    let offs = arange(0, B);
    let zero = 0 * offs;
    let v = load(x + offs);
    atomic_add(acc + zero, v);
    atomic_max(acc + 1 + zero, v);
    atomic_min(acc + 2 + zero, v);
    store(old + offs, atomic_xchg(acc + 3 + zero, v));
    store(old + B, atomic_cas(acc + 4, expect, new));
    store(old + B + 1, atomic_cas(acc + 5, expect, new));
    let w = load(u + offs);
    atomic_max(uacc + zero, w);
    atomic_xor(uacc + 1 + zero, w);
    atomic_add(facc + zero, load(f + offs));
    store(facc + 2, atomic_xchg(facc + 1, s));
}

#[test]
fn sixty_four_bit_atomics() {
    const B: usize = 32;
    let mut r = rng(44);
    let x = i64s(&mut r, B);
    let u = u64s(&mut r, B);
    let f = f64s(&mut r, B);
    let (expect, new, s) = (-(3i64 << 40) - 17, (5i64 << 36) + 99, -1.5e12f64);
    let acc0 = [
        i64::MAX - 5,
        i64::MIN,
        i64::MAX,
        -1,
        expect,
        expect + (1 << 32),
    ];
    let uacc0 = [1u64 << 63, 0x0123_4567_89ab_cdef];
    let facc0 = [0.25f64, 3.0e11, 0.0];
    let d = dev();
    let acc = d.upload(&acc0).unwrap();
    let uacc = d.upload(&uacc0).unwrap();
    let facc = d.upload(&facc0).unwrap();
    let old = d.alloc::<i64>(B + 2).unwrap();
    let launched = wide_atomics::<B>::launch(
        &d,
        Grid::x(1),
        &d.upload(&x).unwrap(),
        &d.upload(&u).unwrap(),
        &d.upload(&f).unwrap(),
        &acc,
        &uacc,
        &facc,
        &old,
        expect,
        new,
        s,
    );
    if refuses_64bit_atomics() {
        assert_refused(launched, "64-bit");
        return;
    }
    launched.unwrap();
    let (a, ua, fa, o) = (
        acc.to_vec().unwrap(),
        uacc.to_vec().unwrap(),
        facc.to_vec().unwrap(),
        old.to_vec().unwrap(),
    );
    assert_eq!(
        a[0],
        x.iter().fold(acc0[0], |s, v| s.wrapping_add(*v)),
        "add"
    );
    assert_eq!(a[1], *x.iter().max().unwrap(), "max");
    assert_eq!(a[2], *x.iter().min().unwrap(), "min");
    assert_eq!(
        (a[4], o[B]),
        (new, expect),
        "a compare-and-swap that succeeds"
    );
    assert_eq!(
        (a[5], o[B + 1]),
        (acc0[5], acc0[5]),
        "a compare-and-swap that fails"
    );
    assert_eq!(ua[0], (*u.iter().max().unwrap()).max(uacc0[0]), "u64 max");
    assert_eq!(ua[1], u.iter().fold(uacc0[1], |s, v| s ^ v), "u64 xor");
    assert_eq!((fa[1], fa[2]), (s, facc0[1]), "f64 exchange");
    let fsum = f.iter().fold(facc0[0], |s, v| s + v);
    if is_interpreter() {
        // Lanes in row-major order: the sequential sum, and each exchange returns the
        // previous lane's value.
        assert_eq!(fa[0], fsum, "f64 add");
        assert_eq!(o[0], acc0[3]);
        for i in 1..B {
            assert_eq!(o[i], x[i - 1], "xchg returns the previous lane's value");
        }
        assert_eq!(a[3], x[B - 1]);
    } else {
        // Lanes in some order: the sum up to reassociation, and the exchanges form one
        // chain from the initial value through every lane's.
        let bound = B as f64 * 2f64.powi(-53) * f.iter().map(|v| v.abs()).sum::<f64>();
        assert!(
            (fa[0] - fsum).abs() <= bound,
            "f64 add: {} vs {fsum}",
            fa[0]
        );
        let mut seen: Vec<i64> = o[..B].to_vec();
        seen.push(a[3]);
        seen.sort_unstable();
        let mut want = x.clone();
        want.push(acc0[3]);
        want.sort_unstable();
        assert_eq!(
            seen, want,
            "every value is returned once or left in the slot"
        );
    }
}

#[kernel]
fn unmasked_load<const B: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = program_id(0) * B + arange(0, B);
    store(out + offs, load(x + offs));
}

#[kernel]
fn unmasked_store<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    store(out + offs, load(x + offs, offs < n, 0.0));
}

#[kernel]
fn unmasked_atomic(counts: Ptr<i32>, at: i32) {
    atomic_add(counts + at, 1);
}

#[test]
fn out_of_bounds_accesses_are_typed_errors_and_touch_nothing() {
    let d = dev();
    let x = d.upload(&[1.0f32; 10]).unwrap();
    let out = d.upload(&[0.0f32; 16]).unwrap();
    // 16 lanes read a 10-element buffer: offset 10 is the first bad one.
    let err = unmasked_load::<16>::launch(&d, Grid::x(1), &x, &out).unwrap_err();
    match &err {
        LaunchError::OutOfBounds {
            kernel,
            arg,
            offset,
            len,
            ..
        } => {
            assert_eq!(
                (kernel.as_str(), arg.as_str(), *offset, *len),
                ("unmasked_load", "x", 10, 10)
            );
        }
        other => panic!("expected OutOfBounds, got {other}"),
    }
    assert!(err.to_string().contains("load"), "{err}");
    assert_eq!(out.to_vec().unwrap(), vec![0.0; 16], "nothing was stored");

    let small = d.upload(&[3.0f32; 10]).unwrap();
    let err = unmasked_store::<16>::launch(&d, Grid::x(1), &x, &small, 10).unwrap_err();
    match &err {
        LaunchError::OutOfBounds {
            kernel,
            arg,
            offset,
            len,
            ..
        } => {
            assert_eq!(
                (kernel.as_str(), arg.as_str(), *offset, *len),
                ("unmasked_store", "out", 10, 10)
            );
        }
        other => panic!("expected OutOfBounds, got {other}"),
    }
    // The error names the `store` in `unmasked_store` (file:line:column, the column of
    // `store`): the interpreter knows the instruction, the GPU backends report it in the
    // status words.
    if reports_sites() {
        let LaunchError::OutOfBounds { at, .. } = &err else {
            unreachable!()
        };
        assert_points_at(
            at,
            "tests/lang_memory.rs",
            "store(out + offs, load(x + offs, offs < n",
        );
        assert!(
            err.to_string()
                .ends_with(&format!(" at {}", at.as_deref().unwrap())),
            "{err}"
        );
    }
    assert_eq!(
        small.to_vec().unwrap(),
        vec![3.0; 10],
        "the in-bounds lanes were not written either"
    );

    let counts = d.upload(&[0i32; 4]).unwrap();
    unmasked_atomic::launch(&d, Grid::x(1), &counts, 3).unwrap();
    for bad in [4, -1] {
        let err = unmasked_atomic::launch(&d, Grid::x(1), &counts, bad).unwrap_err();
        match &err {
            LaunchError::OutOfBounds { arg, offset, .. } => {
                assert_eq!((arg.as_str(), *offset), ("counts", bad as i64))
            }
            other => panic!("expected OutOfBounds, got {other}"),
        }
    }
    assert_eq!(counts.to_vec().unwrap(), vec![0, 0, 0, 1]);
}

#[kernel]
fn far_load<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, at: i64) {
    let offs = arange(0, B);
    store(out + offs, load(x + (offs as i64 + at)));
}

#[kernel]
fn far_store<const B: usize>(out: Ptr<f32>, at: i64) {
    let offs = arange(0, B);
    store(out + at + offs, offs as f32);
}

#[kernel]
fn far_atomic(counts: Ptr<i32>, at: i64) {
    atomic_add(counts + at, 1);
}

/// An offset beyond `i32` is reported as it is, not clamped or wrapped into 32 bits (wgpu
/// holds pointers as `i32` offsets and once reported these as 2147483647 and -1).
#[test]
fn far_out_of_bounds_offsets_are_reported_exactly() {
    let d = dev();
    let x = d.upload(&[1.0f32; 16]).unwrap();
    let out = d.upload(&[0.0f32; 16]).unwrap();
    let counts = d.upload(&[0i32; 4]).unwrap();
    for at in [5_000_000_000i64, -3_000_000_000, 1 << 40, -(1 << 33) - 7] {
        let launches: [(&str, &str, Result<(), LaunchError>); 3] = [
            (
                "far_load",
                "x",
                far_load::<16>::launch(&d, Grid::x(1), &x, &out, at),
            ),
            (
                "far_store",
                "out",
                far_store::<16>::launch(&d, Grid::x(1), &out, at),
            ),
            (
                "far_atomic",
                "counts",
                far_atomic::launch(&d, Grid::x(1), &counts, at),
            ),
        ];
        for (kernel, buffer, result) in launches {
            if refuses("64-bit") {
                assert_refused(result, "64-bit");
                continue;
            }
            match result {
                Err(LaunchError::OutOfBounds {
                    kernel: k,
                    arg,
                    offset,
                    ..
                }) => assert_eq!(
                    (k.as_str(), arg.as_str(), offset),
                    (kernel, buffer, at),
                    "{kernel} at {at}"
                ),
                other => panic!("{kernel} at {at}: expected OutOfBounds, got {other:?}"),
            }
        }
    }
    assert_eq!(out.to_vec().unwrap(), vec![0.0; 16], "nothing was stored");
    assert_eq!(counts.to_vec().unwrap(), vec![0; 4]);
}

#[test]
fn launch_checks_the_grid_and_the_buffers_device() {
    let d = dev();
    let x = d.upload(&[1.0f32; 4]).unwrap();
    let out = d.alloc::<f32>(4).unwrap();
    let err = unmasked_load::<4>::launch(&d, Grid::x(0), &x, &out).unwrap_err();
    assert!(matches!(err, LaunchError::BadGrid { .. }), "{err}");
    let other = Device::interpreter();
    let foreign = other.upload(&[1.0f32; 4]).unwrap();
    let err = unmasked_load::<4>::launch(&d, Grid::x(1), &foreign, &out).unwrap_err();
    assert!(matches!(err, LaunchError::ForeignBuffer { .. }), "{err}");
}

#[kernel]
fn random<const B: usize>(u: Ptr<f32>, g: Ptr<f32>, i: Ptr<u32>, seed: i32, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    let m = offs < n;
    store(u + offs, rand(seed, offs), m);
    store(g + offs, randn(seed, offs), m);
    store(i + offs, randint(seed, offs), m);
}

#[test]
fn philox_streams_are_reproducible_and_match_the_host_generator() {
    let n = 20_000;
    let d = dev();
    let (u, g, i) = (
        d.alloc::<f32>(n).unwrap(),
        d.alloc::<f32>(n).unwrap(),
        d.alloc::<u32>(n).unwrap(),
    );
    let grid = Grid::x(n.div_ceil(1024) as u32);
    random::<1024>::launch(&d, grid, &u, &g, &i, 42, n as i32).unwrap();
    let (uv, gv, iv) = (
        u.to_vec().unwrap(),
        g.to_vec().unwrap(),
        i.to_vec().unwrap(),
    );
    for k in 0..n {
        assert_eq!(iv[k], oxtile::numeric::randint(42, k as u32));
        assert_eq!(uv[k], oxtile::numeric::rand_uniform(42, k as u32));
        let want = oxtile::numeric::randn(42, k as u32);
        if is_interpreter() {
            assert_eq!(gv[k], want);
        } else {
            // log, sqrt and cos are not correctly rounded on any device (nor in the host's
            // libm): a few ulps apart.
            assert_close(&[gv[k]], &[want], 1e-6, 3e-7);
        }
        assert!((0.0..1.0).contains(&uv[k]));
    }
    let mean = uv.iter().map(|v| *v as f64).sum::<f64>() / n as f64;
    assert!((mean - 0.5).abs() < 0.01, "uniform mean {mean}");
    let gm = gv.iter().map(|v| *v as f64).sum::<f64>() / n as f64;
    let var = gv.iter().map(|v| (*v as f64 - gm).powi(2)).sum::<f64>() / n as f64;
    assert!(
        gm.abs() < 0.03 && (var - 1.0).abs() < 0.05,
        "normal mean {gm} variance {var}"
    );
    // Another seed gives another stream.
    random::<1024>::launch(&d, grid, &u, &g, &i, 43, n as i32).unwrap();
    assert_ne!(u.to_vec().unwrap(), uv);
}

/// Const generics of an explicit integer dtype used directly as values: the seed of
/// `randint` and the start of a variable take the declared dtype, not `i32` (before, each
/// launch failed "SEED = 4294967295 used as i32: out of range").
#[kernel]
fn typed_consts<const SEED: i64, const USEED: u32, const BIG: i64, const B: usize>(
    a: Ptr<u32>,
    b: Ptr<u32>,
    c: Ptr<i64>,
) {
    let offs = arange(0, B);
    store(a + offs, randint(SEED, offs));
    store(b + offs, randint(USEED, offs));
    let mut acc = BIG;
    acc += 1;
    store(c, acc);
}

#[test]
fn const_generics_used_as_values_have_their_declared_dtype() {
    const SEED: i64 = 0xffff_ffff;
    const USEED: u32 = 3_000_000_000;
    const BIG: i64 = 1 << 40;
    let d = dev();
    let (a, b, c) = (
        d.alloc::<u32>(8).unwrap(),
        d.alloc::<u32>(8).unwrap(),
        d.alloc::<i64>(1).unwrap(),
    );
    typed_consts::<SEED, USEED, BIG, 8>::launch(&d, Grid::x(1), &a, &b, &c).unwrap();
    let (av, bv) = (a.to_vec().unwrap(), b.to_vec().unwrap());
    for k in 0..8 {
        assert_eq!(av[k], oxtile::numeric::randint(SEED as u64, k as u32));
        assert_eq!(bv[k], oxtile::numeric::randint(USEED as u64, k as u32));
    }
    assert_eq!(c.to_vec().unwrap(), [BIG + 1]);
}

/// Fills `out[..n]` with ones, `B` elements a program.
#[kernel]
fn ones<const B: usize>(out: Ptr<f32>, n: i32) {
    let offs = program_id(0) * B + arange(0, B);
    store(out + offs, full([B], 1.0), offs < n);
}

/// `Device::limits` says which tiles and grids launch: a tile of 2^15 elements runs exactly
/// where the limits admit it (the interpreter and CUDA take it, wgpu on a CPU adapter does
/// not), a grid one past the limit is refused, and `block_size` picks the largest power of
/// two that fits.
#[test]
fn device_limits_say_which_tiles_and_grids_launch() {
    let d = dev();
    let l = d.limits();
    assert!(l.max_tile_elements >= 1 << 14, "{l:?}");
    let n = 1 << 15;
    let out = d.alloc::<f32>(n).unwrap();
    let big = ones::<{ 1 << 15 }>::launch(&d, Grid::x(1), &out, n as i32);
    assert_eq!(
        big.is_ok(),
        (1 << 15) <= l.max_tile_elements,
        "{big:?} with {l:?}"
    );
    // The block a library would pick for the same rows: the largest power of two that fits.
    let b = l.block_size(n as u64, 1);
    assert!(
        b <= l.max_tile_elements
            && b.is_power_of_two()
            && b * 2 > l.max_tile_elements.min(n as u64)
    );
    ones::<1024>::launch(&d, Grid::x(32), &out, n as i32).unwrap();
    assert!(out.to_vec().unwrap().iter().all(|v| *v == 1.0));
    let past = Grid {
        x: 1,
        y: l.max_grid.y + 1,
        z: 1,
    };
    assert!(!l.fits_grid(past));
    let e = ones::<64>::launch(&d, past, &out, 1).unwrap_err();
    assert!(matches!(e, LaunchError::BadGrid { .. }), "{e}");
    if !is_interpreter() {
        assert!(l.max_shared_bytes.is_some_and(|b| b >= 16 * 1024), "{l:?}");
        assert!(l.max_threads_per_program >= 32, "{l:?}");
    }
}

/// `select` on pointers (Triton's `tl.where` on pointers): lanes read through one of two
/// pointer tiles into the same buffer.
#[kernel]
fn select_pointers<const B: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, B);
    let p = select(offs % 2 == 0, x + offs, x + (B - 1 - offs));
    store(out + offs, load(p));
}

#[test]
fn select_chooses_between_pointer_tiles() {
    const B: usize = 16;
    let x = f32s(&mut rng(61), B, -1.0, 1.0);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<f32>(B).unwrap();
    select_pointers::<B>::launch(&d, Grid::x(1), &xd, &out).unwrap();
    let want: Vec<f32> = (0..B)
        .map(|i| if i % 2 == 0 { x[i] } else { x[B - 1 - i] })
        .collect();
    assert_eq!(out.to_vec().unwrap(), want);
}

/// `debug_barrier()`: each lane reads what another lane of the program stored before it.
#[kernel]
fn reverse_through_memory<const B: usize>(x: Ptr<f32>, tmp: Ptr<f32>, out: Ptr<f32>, k: i32) {
    let offs = arange(0, B);
    store(tmp + offs, load(x + offs) * 2.0);
    debug_barrier();
    store(out + offs, load(tmp + (B - 1 - offs)));
    // Under a condition of the program (all its lanes take it or none).
    if load(x) > -2.0 && k > 0 {
        store(tmp + offs, load(out + offs) + 1.0);
        debug_barrier();
        store(out + offs, load(tmp + (B - 1 - offs)));
    }
}

#[test]
fn a_barrier_orders_a_programs_stores_before_its_loads() {
    const B: usize = 256;
    let x = f32s(&mut rng(62), B, -1.0, 1.0);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let tmp = d.alloc::<f32>(B).unwrap();
    let out = d.alloc::<f32>(B).unwrap();
    reverse_through_memory::<B>::launch(&d, Grid::x(1), &xd, &tmp, &out, 0).unwrap();
    let want: Vec<f32> = x.iter().rev().map(|v| v * 2.0).collect();
    assert_eq!(out.to_vec().unwrap(), want);
    reverse_through_memory::<B>::launch(&d, Grid::x(1), &xd, &tmp, &out, 1).unwrap();
    let twice: Vec<f32> = x.iter().map(|v| v * 2.0 + 1.0).collect();
    assert_eq!(out.to_vec().unwrap(), twice);
    assert!(reverse_through_memory::<B>::IR.contains("debug_barrier"));
}

// ---- atomic orders and scopes ----------------------------------------------------------------

/// Triton's `atomic_cas(lock, 0, 1, sem="acquire")` / `atomic_xchg(lock, 0, sem="release")`
/// spin lock, with Rust's `Ordering` names: every program adds one to a shared tile under
/// the lock.
#[kernel]
fn ordered_lock<const B: usize>(data: Ptr<f32>, lock: Ptr<i32>) {
    let offs = arange(0, B);
    while atomic_cas(lock, 0, 1, Ordering::Acquire) == 1 {}
    store(data + offs, load(data + offs) + 1.0);
    atomic_xchg(lock, 0, Ordering::Release);
}

/// Relaxed counters at each scope, with and without masks.
#[kernel]
fn scoped_counters<const B: usize>(count: Ptr<i32>, hits: Ptr<f32>) {
    let offs = arange(0, B);
    atomic_add(count, 1, Ordering::Relaxed);
    atomic_add(count + 1, 2, Ordering::Relaxed, Scope::Gpu);
    atomic_max(count + 2 + offs % 2, offs, offs < 5, Ordering::AcqRel);
    atomic_add(
        hits + offs,
        0.5,
        offs % 2 == 0,
        Ordering::SeqCst,
        Scope::Gpu,
    );
}

/// A block-scope counter: each program has its own element (one update per program: a
/// scalar atomic applies once), so the block scope is enough.
#[kernel]
fn block_counters<const B: usize>(count: Ptr<i32>) {
    atomic_add(count + program_id(0), 1, Scope::Cta);
}

/// A system-scope atomic (memory the host or another device may share).
#[kernel]
fn system_counter<const B: usize>(count: Ptr<i32>, peak: Ptr<f32>) {
    let offs = arange(0, B);
    atomic_add(count, 1, Scope::Sys);
    atomic_max(
        peak,
        max((offs as f32) * 0.5, 0),
        Ordering::Release,
        Scope::Sys,
    );
}

#[test]
fn atomics_take_rusts_orderings_and_tritons_scopes() {
    let d = dev();
    let wgpu = backend() == "wgpu";
    // Relaxed everywhere, and `SeqCst`/`AcqRel` where the backend can order them.
    let count = d.upload(&[0i32; 4]).unwrap();
    let hits = d.upload(&[0.0f32; 8]).unwrap();
    let r = scoped_counters::<8>::launch(&d, Grid::x(3), &count, &hits);
    if wgpu {
        assert_refused(r, "ordering: WGSL's atomics are relaxed");
    } else {
        r.unwrap();
        assert_eq!(count.to_vec().unwrap(), vec![3, 6, 4, 3]);
        assert_eq!(
            hits.to_vec().unwrap(),
            vec![1.5, 0.0, 1.5, 0.0, 1.5, 0.0, 1.5, 0.0]
        );
    }
    let count = d.upload(&[0i32; 5]).unwrap();
    block_counters::<4>::launch(&d, Grid::x(5), &count).unwrap();
    assert_eq!(count.to_vec().unwrap(), vec![1; 5]);
    let data = d.upload(&[0.0f32; 32]).unwrap();
    let lock = d.upload(&[0i32]).unwrap();
    let r = ordered_lock::<32>::launch(&d, Grid::x(40), &data, &lock);
    if wgpu {
        assert_refused(r, "`acquire` ordering");
    } else {
        r.unwrap();
        assert_eq!(data.to_vec().unwrap(), vec![40.0; 32]);
        assert_eq!(lock.to_vec().unwrap(), vec![0]);
    }
    let count = d.upload(&[0i32]).unwrap();
    let peak = d.upload(&[-1.0f32]).unwrap();
    let r = system_counter::<8>::launch(&d, Grid::x(3), &count, &peak);
    if wgpu {
        assert_refused(r, "`sys` scope");
    } else {
        r.unwrap();
        assert_eq!(count.to_vec().unwrap(), vec![3]);
        assert_eq!(peak.to_vec().unwrap(), vec![3.5]);
    }
}

// ---- cache hints -----------------------------------------------------------------------------

/// Triton's `cache_modifier` and `eviction_policy` on loads and stores: hints that change
/// the CUDA code (`__ldcg`, `L1::evict_last`, ...) and never the results.
#[kernel]
fn cached<const B: usize>(x: Ptr<f32>, y: Ptr<f16>, out: Ptr<f32>, hout: Ptr<f16>) {
    let o = arange(0, B);
    let a = load(x + o, o < B, 0.0, Cache::Global);
    let b = load(x + B - 1 - o, Evict::Last);
    let c = load(y + o, Cache::Streaming, Evict::First);
    let d = load(x + o, Cache::All);
    let e = load(x + o, Cache::LastUse) + load(x + o, Cache::Volatile);
    store(out + o, a + b, Cache::Streaming);
    store(out + B + o, d * 2.0, o < B, Evict::First);
    store(out + 2 * B + o, e, Cache::WriteBack, Evict::Last);
    store(out + 3 * B + o, a, Cache::Global);
    store(hout + o, c, Cache::WriteThrough);
}

#[test]
fn cache_hints_change_no_result() {
    const B: usize = 64;
    let mut r = rng(6001);
    let x = f32s(&mut r, B, -4.0, 4.0);
    let y: Vec<f16> = f32s(&mut r, B, -4.0, 4.0)
        .into_iter()
        .map(f16::from_f32)
        .collect();
    let d = dev();
    let (xd, yd) = (d.upload(&x).unwrap(), d.upload(&y).unwrap());
    let out = d.alloc::<f32>(4 * B).unwrap();
    let hout = d.alloc::<f16>(B).unwrap();
    cached::<B>::launch(&d, Grid::x(1), &xd, &yd, &out, &hout).unwrap();
    let got = out.to_vec().unwrap();
    for i in 0..B {
        assert_eq!(got[i], x[i] + x[B - 1 - i]);
        assert_eq!(got[B + i], x[i] * 2.0);
        assert_eq!(got[2 * B + i], x[i] + x[i]);
        assert_eq!(got[3 * B + i], x[i]);
    }
    assert_eq!(hout.to_vec().unwrap(), y);
    let ir = cached::<B>::IR;
    for hint in [
        " cg",
        " evict_last",
        " cs evict_first",
        " ca",
        " lu",
        " cv",
        " wb evict_last",
        " wt",
    ] {
        assert!(ir.contains(hint), "{hint} missing from\n{ir}");
    }
}

// ---- compiler hints --------------------------------------------------------------------------

/// Triton's `tl.multiple_of`, `tl.max_contiguous` and `tl.assume`: facts that change the
/// CUDA code (aligned vector loads), checked where the launch is checked.
#[kernel]
fn hinted_copy<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, off: i32, n: i32) {
    assume(n > 0 && off >= 0, "n and off are positive");
    let start = multiple_of(off, 4);
    let offs = max_contiguous(multiple_of(program_id(0) * B + arange(0, B), B), B);
    let m = offs < n;
    store(out + offs, load(x + start + offs, m, 0.0), m);
}

#[test]
fn hints_keep_results_and_checked_launches_check_them() {
    const B: usize = 64;
    let mut r = rng(6101);
    let x = f32s(&mut r, 4 * B + 16, -2.0, 2.0);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let n = 3 * B as i32 + 5;
    let out = d.alloc::<f32>(4 * B).unwrap();
    hinted_copy::<B>::launch(&d, Grid::x(4), &xd, &out, 8, n).unwrap();
    let got = out.to_vec().unwrap();
    for i in 0..n as usize {
        assert_eq!(got[i], x[i + 8], "element {i}");
    }
    let ir = hinted_copy::<B>::IR;
    for want in [
        "hint %",
        " multiple_of 4 max_contiguous 1",
        " multiple_of 1 max_contiguous B",
        " multiple_of B max_contiguous 1",
        "checked",
    ] {
        assert!(ir.contains(want), "{want} missing from\n{ir}");
    }
    // A false fact: where the launch checks (the interpreter and wgpu always, CUDA in
    // checked mode), it fails with the fact's message.
    let checks = backend() != "cuda" && backend() != "cuda-emu"
        || oxtile::runtime::default_checked().unwrap();
    for (off, n, message) in [
        (6, n, "`multiple_of(4)` does not hold"),
        (8, 0, "n and off are positive"),
    ] {
        let result = hinted_copy::<B>::launch(&d, Grid::x(4), &xd, &out, off, n)
            .map_err(|e| e.to_string())
            .and_then(|()| d.synchronize().map_err(|e| e.to_string()));
        if checks {
            let e = result.expect_err("a false hint fails a checked launch");
            assert!(e.contains(message), "{e}");
        }
    }
}
