//! Loads, stores and atomics: masks, bounds checks, histograms, locks.

mod interp_util;

use interp_util::*;
use kernel_core::dtype::DType;
use kernel_core::ir::{AtomicOp, AtomicOrder, AtomicScope, CmpOp, Kernel, Op};
use kernel_core::runtime::{Access, Arg, Device, Grid, LaunchError, ProgramId};
use rand::Rng;

const BLOCK: u64 = 16;

/// `out[offs] = load(x[offs], mask offs < n, other -1)` for every lane of every block
/// (stores unmasked): lanes past `n` must read `other` without touching memory.
#[test]
fn masked_load_uses_other_and_masked_store_skips() {
    let mut b = KB::new("masked");
    let x = b.ptr_param("x", DType::F32);
    let out = b.ptr_param("out", DType::F32);
    let out2 = b.ptr_param("out2", DType::F32);
    let n = b.scalar_param("n", DType::I32);
    let (offs, mask) = b.block_offsets(BLOCK, n);
    let px = b.ptrs(x, offs);
    let other = b.c_float(-1.0, DType::F32);
    let other = b.splat(other, &[BLOCK]);
    let v = b.load(px, Some(mask), Some(other));
    let po = b.ptrs(out, offs);
    b.store(po, v, None);
    let po2 = b.ptrs(out2, offs);
    b.store(po2, v, Some(mask));
    let k = b.finish();

    let n = 37usize;
    let dev = Device::interpreter();
    let xs: Vec<f32> = random_vec(n, 1, |r| r.random_range(1.0..2.0));
    let xb = dev.upload(&xs).unwrap();
    let progs = n.div_ceil(BLOCK as usize);
    let ob = dev.full(progs * BLOCK as usize, 7.0f32).unwrap();
    let ob2 = dev.full(progs * BLOCK as usize, 7.0f32).unwrap();
    launch(
        &dev,
        &k,
        Grid::x(progs as u32),
        &[
            Arg::from(&xb),
            Arg::from(&ob),
            Arg::from(&ob2),
            Arg::from(n as i32),
        ],
    )
    .unwrap();
    let got = ob.to_vec().unwrap();
    let got2 = ob2.to_vec().unwrap();
    for i in 0..got.len() {
        if i < n {
            assert_eq!(got[i], xs[i]);
            assert_eq!(got2[i], xs[i]);
        } else {
            assert_eq!(got[i], -1.0, "masked-off lanes read `other`");
            assert_eq!(got2[i], 7.0, "masked-off lanes are not stored");
        }
    }
}

/// One program copying a block of `BLOCK` elements, unmasked, with the op under test.
fn copy_kernel(name: &str, atomic: bool) -> Kernel {
    let mut b = KB::new(name);
    let x = b.ptr_param("src", DType::I32);
    let out = b.ptr_param("dst", DType::I32);
    let shift = b.scalar_param("shift", DType::I32);
    let ar = b.arange(BLOCK);
    let sh = b.splat(shift, &[BLOCK]);
    let offs = b.add(ar, sh);
    let px = b.ptrs(x, ar);
    let v = b.load(px, None, None);
    let po = b.ptrs(out, offs);
    if atomic {
        b.emit(Op::Atomic {
            op: AtomicOp::Add,
            ptr: po,
            value: v,
            mask: None,
            order: AtomicOrder::Auto,
            scope: AtomicScope::Gpu,
        });
    } else {
        b.store(po, v, None);
    }
    b.finish()
}

fn oob(kernel: &str, arg: &str, access: Access, offset: i64, len: usize) -> LaunchError {
    LaunchError::OutOfBounds {
        kernel: kernel.into(),
        arg: arg.into(),
        access,
        offset,
        len,
        program: ProgramId { x: 0, y: 0, z: 0 },
        at: None,
    }
}

#[test]
fn out_of_bounds_load_is_an_error_naming_everything() {
    let k = copy_kernel("copy_load", false);
    let dev = Device::interpreter();
    let src = dev.upload(&vec![5i32; BLOCK as usize - 1]).unwrap(); // one short
    let dst = dev.full(BLOCK as usize, 9i32).unwrap();
    let err = launch(
        &dev,
        &k,
        Grid::x(1),
        &[Arg::from(&src), Arg::from(&dst), Arg::from(0i32)],
    )
    .unwrap_err();
    assert_eq!(
        err,
        oob("copy_load", "src", Access::Load, BLOCK as i64 - 1, 15)
    );
    let msg = err.to_string();
    for part in ["copy_load", "`src`", "offset 15", "length 15", "load"] {
        assert!(msg.contains(part), "{msg}");
    }
    assert_eq!(dst.to_vec().unwrap(), vec![9; BLOCK as usize]);
}

#[test]
fn out_of_bounds_store_writes_nothing() {
    let k = copy_kernel("copy_store", false);
    let dev = Device::interpreter();
    let src: Vec<i32> = random_vec(BLOCK as usize, 2, |r| r.random_range(1..100));
    let src = dev.upload(&src).unwrap();
    let dst = dev.full(BLOCK as usize, 9i32).unwrap();
    // Shift 1: lanes 0..15 in bounds, lane 15 at offset 16 == len.
    let err = launch(
        &dev,
        &k,
        Grid::x(1),
        &[Arg::from(&src), Arg::from(&dst), Arg::from(1i32)],
    )
    .unwrap_err();
    assert_eq!(
        err,
        oob("copy_store", "dst", Access::Store, BLOCK as i64, 16)
    );
    assert_eq!(
        dst.to_vec().unwrap(),
        vec![9; BLOCK as usize],
        "no lane of the failing store was written"
    );
    // Negative offsets are out of bounds too.
    let err = launch(
        &dev,
        &k,
        Grid::x(1),
        &[Arg::from(&src), Arg::from(&dst), Arg::from(-3i32)],
    )
    .unwrap_err();
    assert_eq!(err, oob("copy_store", "dst", Access::Store, -3, 16));
    assert_eq!(dst.to_vec().unwrap(), vec![9; BLOCK as usize]);
}

#[test]
fn out_of_bounds_atomic_touches_nothing() {
    let k = copy_kernel("copy_atomic", true);
    let dev = Device::interpreter();
    let src = dev.full(BLOCK as usize, 1i32).unwrap();
    let dst = dev.full(BLOCK as usize, 9i32).unwrap();
    let err = launch(
        &dev,
        &k,
        Grid::x(1),
        &[Arg::from(&src), Arg::from(&dst), Arg::from(1i32)],
    )
    .unwrap_err();
    assert_eq!(
        err,
        oob("copy_atomic", "dst", Access::Atomic, BLOCK as i64, 16)
    );
    assert_eq!(dst.to_vec().unwrap(), vec![9; BLOCK as usize]);
    // In bounds, the same kernel adds.
    launch(
        &dev,
        &k,
        Grid::x(1),
        &[Arg::from(&src), Arg::from(&dst), Arg::from(0i32)],
    )
    .unwrap();
    assert_eq!(dst.to_vec().unwrap(), vec![10; BLOCK as usize]);
}

#[test]
fn atomic_histogram() {
    const BINS: usize = 10;
    let mut b = KB::new("histogram");
    let data = b.ptr_param("data", DType::I32);
    let hist = b.ptr_param("hist", DType::U32);
    let n = b.scalar_param("n", DType::I32);
    let (offs, mask) = b.block_offsets(BLOCK, n);
    let pd = b.ptrs(data, offs);
    let v = b.load(pd, Some(mask), None);
    let ph = b.ptrs(hist, v);
    let one = b.c_int(1, DType::U32);
    let one = b.splat(one, &[BLOCK]);
    b.emit(Op::Atomic {
        op: AtomicOp::Add,
        ptr: ph,
        value: one,
        mask: Some(mask),
        order: AtomicOrder::Auto,
        scope: AtomicScope::Gpu,
    });
    let k = b.finish();

    let n = 1003usize;
    let xs: Vec<i32> = random_vec(n, 3, |r| r.random_range(0..BINS as i32));
    let dev = Device::interpreter();
    let db = dev.upload(&xs).unwrap();
    let hb = dev.alloc::<u32>(BINS).unwrap();
    launch(
        &dev,
        &k,
        Grid::x(n.div_ceil(BLOCK as usize) as u32),
        &[Arg::from(&db), Arg::from(&hb), Arg::from(n as i32)],
    )
    .unwrap();
    let mut want = vec![0u32; BINS];
    for &x in &xs {
        want[x as usize] += 1;
    }
    assert_eq!(hb.to_vec().unwrap(), want);
}

/// Every active lane of every program takes a ticket from one counter: the old values are
/// 0, 1, 2, ... in row-major lane order, program by program.
#[test]
fn atomics_return_old_values_in_lane_order() {
    let mut b = KB::new("tickets");
    let counter = b.ptr_param("counter", DType::I64);
    let out = b.ptr_param("out", DType::I64);
    let n = b.scalar_param("n", DType::I32);
    let (offs, mask) = b.block_offsets(BLOCK, n);
    let pc = b.splat(counter, &[BLOCK]);
    let one = b.c_int(1, DType::I64);
    let one = b.splat(one, &[BLOCK]);
    let old = b.emit(Op::Atomic {
        op: AtomicOp::Add,
        ptr: pc,
        value: one,
        mask: Some(mask),
        order: AtomicOrder::Auto,
        scope: AtomicScope::Gpu,
    });
    let po = b.ptrs(out, offs);
    b.store(po, old, Some(mask));
    let k = b.finish();
    let n = 50usize;
    let dev = Device::interpreter();
    let cb = dev.alloc::<i64>(1).unwrap();
    let ob = dev.alloc::<i64>(n).unwrap();
    launch(
        &dev,
        &k,
        Grid::x(4),
        &[Arg::from(&cb), Arg::from(&ob), Arg::from(n as i32)],
    )
    .unwrap();
    assert_eq!(ob.to_vec().unwrap(), (0..n as i64).collect::<Vec<_>>());
    assert_eq!(cb.to_vec().unwrap(), vec![n as i64]);
}

#[test]
fn atomic_max_min_xchg() {
    for (op, d) in [
        (AtomicOp::Max, DType::F32),
        (AtomicOp::Min, DType::F32),
        (AtomicOp::Max, DType::I32),
        (AtomicOp::Xchg, DType::F32),
    ] {
        let mut b = KB::new("amax");
        let x = b.ptr_param("x", d);
        let acc = b.ptr_param("acc", d);
        let n = b.scalar_param("n", DType::I32);
        let (offs, mask) = b.block_offsets(BLOCK, n);
        let px = b.ptrs(x, offs);
        let v = b.load(px, Some(mask), None);
        let pa = b.splat(acc, &[BLOCK]);
        b.emit(Op::Atomic {
            op,
            ptr: pa,
            value: v,
            mask: Some(mask),
            order: AtomicOrder::Auto,
            scope: AtomicScope::Gpu,
        });
        let k = b.finish();
        let n = 100usize;
        let dev = Device::interpreter();
        let grid = Grid::x(n.div_ceil(BLOCK as usize) as u32);
        if d == DType::F32 {
            let xs: Vec<f32> = random_vec(n, 4, |r| r.random_range(-50.0..50.0));
            let xb = dev.upload(&xs).unwrap();
            let ab = dev.full(1, 0.5f32).unwrap();
            launch(
                &dev,
                &k,
                grid,
                &[Arg::from(&xb), Arg::from(&ab), Arg::from(n as i32)],
            )
            .unwrap();
            let want = match op {
                AtomicOp::Max => xs.iter().cloned().fold(0.5, f32::max),
                AtomicOp::Min => xs.iter().cloned().fold(0.5, f32::min),
                _ => xs[n - 1], // the last lane applied wins
            };
            assert_eq!(ab.to_vec().unwrap(), vec![want], "{op:?}");
        } else {
            let xs: Vec<i32> = random_vec(n, 5, |r| r.random());
            let xb = dev.upload(&xs).unwrap();
            let ab = dev.full(1, i32::MIN).unwrap();
            launch(
                &dev,
                &k,
                grid,
                &[Arg::from(&xb), Arg::from(&ab), Arg::from(n as i32)],
            )
            .unwrap();
            assert_eq!(ab.to_vec().unwrap(), vec![*xs.iter().max().unwrap()]);
        }
    }
}

/// A spin lock from `atomic_cas` in a `while` loop guarding a non-atomic read-modify-write.
#[test]
fn cas_spin_lock_in_a_while_loop() {
    let mut b = KB::new("locked_sum");
    let lock = b.ptr_param("lock", DType::I32);
    let total = b.ptr_param("total", DType::I32);
    b.while_(
        |b| {
            let zero = b.c_i32(0);
            let one = b.c_i32(1);
            let old = b.emit(Op::AtomicCas {
                ptr: lock,
                cmp: zero,
                value: one,
                mask: None,
                order: AtomicOrder::Auto,
                scope: AtomicScope::Gpu,
            });
            let zero2 = b.c_i32(0);
            b.cmp(CmpOp::Ne, old, zero2)
        },
        |_| {},
    );
    let t = b.load(total, None, None);
    let pid = b.pid(0);
    let one = b.c_i32(1);
    let inc = b.add(pid, one);
    let t2 = b.add(t, inc);
    b.store(total, t2, None);
    let zero = b.c_i32(0);
    b.emit(Op::Atomic {
        op: AtomicOp::Xchg,
        ptr: lock,
        value: zero,
        mask: None,
        order: AtomicOrder::Auto,
        scope: AtomicScope::Gpu,
    });
    let k = b.finish();
    let dev = Device::interpreter();
    let lb = dev.alloc::<i32>(1).unwrap();
    let tb = dev.alloc::<i32>(1).unwrap();
    launch(&dev, &k, Grid::x(20), &[Arg::from(&lb), Arg::from(&tb)]).unwrap();
    assert_eq!(tb.to_vec().unwrap(), vec![(1..=20).sum::<i32>()]);
    assert_eq!(lb.to_vec().unwrap(), vec![0], "the lock is released");
}

#[test]
fn cas_compares_and_returns_old() {
    let mut b = KB::new("cas");
    let x = b.ptr_param("x", DType::U64);
    let cmp = b.ptr_param("cmp", DType::U64);
    let out = b.ptr_param("old", DType::U64);
    let ar = b.arange(BLOCK);
    let px = b.ptrs(x, ar);
    let pc = b.ptrs(cmp, ar);
    let c = b.load(pc, None, None);
    let new = b.c_int(u64::MAX as i128, DType::U64);
    let new = b.splat(new, &[BLOCK]);
    let old = b.emit(Op::AtomicCas {
        ptr: px,
        cmp: c,
        value: new,
        mask: None,
        order: AtomicOrder::Auto,
        scope: AtomicScope::Gpu,
    });
    let po = b.ptrs(out, ar);
    b.store(po, old, None);
    let k = b.finish();
    let xs: Vec<u64> = random_vec(BLOCK as usize, 6, |r| r.random_range(0..4));
    let cs: Vec<u64> = random_vec(BLOCK as usize, 7, |r| r.random_range(0..4));
    let dev = Device::interpreter();
    let (xb, cb, ob) = (
        dev.upload(&xs).unwrap(),
        dev.upload(&cs).unwrap(),
        dev.alloc::<u64>(BLOCK as usize).unwrap(),
    );
    launch(
        &dev,
        &k,
        Grid::x(1),
        &[Arg::from(&xb), Arg::from(&cb), Arg::from(&ob)],
    )
    .unwrap();
    assert_eq!(ob.to_vec().unwrap(), xs);
    let after = xb.to_vec().unwrap();
    for i in 0..BLOCK as usize {
        assert_eq!(after[i], if xs[i] == cs[i] { u64::MAX } else { xs[i] });
    }
}

/// The same buffer passed twice (in-place update) works: `x = x * 2`.
#[test]
fn aliased_buffers_in_place() {
    let k = elementwise("double", &[DType::F64], DType::F64, BLOCK, |b, x| {
        b.add(x[0], x[0])
    });
    let dev = Device::interpreter();
    let xs: Vec<f64> = random_vec(40, 8, |r| r.random_range(-1.0..1.0));
    let xb = dev.upload(&xs).unwrap();
    launch(
        &dev,
        &k,
        Grid::x(3),
        &[Arg::from(&xb), Arg::from(&xb), Arg::from(40i32)],
    )
    .unwrap();
    let got = xb.to_vec().unwrap();
    assert!((0..40).all(|i| got[i] == xs[i] * 2.0));
}
