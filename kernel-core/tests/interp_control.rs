//! Control flow, variables, program ids, assertions, printing and random numbers.

mod interp_util;

use interp_util::*;
use kernel_core::dtype::DType;
use kernel_core::ir::{AtomicOp, AtomicOrder, AtomicScope, BinaryOp, CmpOp, Op, RandKind};
use kernel_core::numeric;
use kernel_core::runtime::{Arg, Device, Grid, LaunchError, ProgramId};
use rand::Rng;

/// `out[0] = sum of i for i in (start..end).step_by(step)`, with a variable.
fn loop_sum_kernel(d: DType) -> kernel_core::ir::Kernel {
    let mut b = KB::new("loop_sum");
    let out = b.ptr_param("out", d);
    let start = b.scalar_param("start", d);
    let end = b.scalar_param("end", d);
    let step = b.scalar_param("step", d);
    let zero = b.c_int(0, d);
    let acc = b.var(zero);
    b.for_(start, end, step, |b, i| {
        let a = b.var_load(acc);
        let s = b.add(a, i);
        b.var_store(acc, s);
    });
    let r = b.var_load(acc);
    b.store(out, r, None);
    b.finish()
}

#[test]
fn for_loops_with_variables() {
    let k = loop_sum_kernel(DType::I64);
    let dev = Device::interpreter();
    let out = dev.alloc::<i64>(1).unwrap();
    let cases: Vec<(i64, i64, i64)> = random_vec(20, 1, |r| {
        (
            r.random_range(-100..100),
            r.random_range(-100..200),
            r.random_range(1..7),
        )
    });
    for (s, e, st) in cases {
        launch(
            &dev,
            &k,
            Grid::x(1),
            &[Arg::from(&out), Arg::from(s), Arg::from(e), Arg::from(st)],
        )
        .unwrap();
        let want: i64 = (s..e).step_by(st as usize).sum();
        assert_eq!(out.to_vec().unwrap(), vec![want], "{s}..{e} step {st}");
    }
    // Near the top of the dtype's range the loop still terminates (no wrapping index).
    let k = loop_sum_kernel(DType::I8);
    let out = dev.alloc::<i8>(1).unwrap();
    launch(
        &dev,
        &k,
        Grid::x(1),
        &[
            Arg::from(&out),
            Arg::from(120i8),
            Arg::from(127i8),
            Arg::from(3i8),
        ],
    )
    .unwrap();
    assert_eq!(
        out.to_vec().unwrap(),
        vec![(120i8).wrapping_add(123).wrapping_add(126)]
    );
}

#[test]
fn bad_loop_step_is_an_error() {
    let k = loop_sum_kernel(DType::I32);
    let dev = Device::interpreter();
    let out = dev.alloc::<i32>(1).unwrap();
    for step in [0i32, -2] {
        let err = launch(
            &dev,
            &k,
            Grid::x(1),
            &[
                Arg::from(&out),
                Arg::from(0i32),
                Arg::from(10i32),
                Arg::from(step),
            ],
        )
        .unwrap_err();
        assert_eq!(
            err,
            LaunchError::BadLoopStep {
                kernel: "loop_sum".into(),
                step: step as i128,
                program: ProgramId::default(),
                at: None,
            }
        );
        assert!(err.to_string().contains("loop_sum"));
    }
}

/// Collatz step count of `x[pid]` with a `while` loop.
#[test]
fn while_loops() {
    let mut b = KB::new("collatz");
    let x = b.ptr_param("x", DType::U64);
    let out = b.ptr_param("steps", DType::U32);
    let pid = b.pid(0);
    let px = b.ptr_add(x, pid);
    let v0 = b.load(px, None, None);
    let v = b.var(v0);
    let zero = b.c_int(0, DType::U32);
    let steps = b.var(zero);
    b.while_(
        |b| {
            let cur = b.var_load(v);
            let one = b.c_int(1, DType::U64);
            b.cmp(CmpOp::Ne, cur, one)
        },
        |b| {
            let cur = b.var_load(v);
            let one = b.c_int(1, DType::U64);
            let two = b.c_int(2, DType::U64);
            let three = b.c_int(3, DType::U64);
            let odd = b.bin(BinaryOp::And, cur, one);
            let is_odd = b.cmp(CmpOp::Eq, odd, one);
            let half = b.bin(BinaryOp::Div, cur, two);
            let t = b.mul(cur, three);
            let t = b.add(t, one);
            let next = b.emit(Op::Select {
                cond: is_odd,
                on_true: t,
                on_false: half,
            });
            b.var_store(v, next);
            let s = b.var_load(steps);
            let one32 = b.c_int(1, DType::U32);
            let s = b.add(s, one32);
            b.var_store(steps, s);
        },
    );
    let s = b.var_load(steps);
    let po = b.ptr_add(out, pid);
    b.store(po, s, None);
    let k = b.finish();
    let xs: Vec<u64> = random_vec(30, 2, |r| r.random_range(1..100_000));
    let dev = Device::interpreter();
    let xb = dev.upload(&xs).unwrap();
    let ob = dev.alloc::<u32>(30).unwrap();
    launch(&dev, &k, Grid::x(30), &[Arg::from(&xb), Arg::from(&ob)]).unwrap();
    let want: Vec<u32> = xs
        .iter()
        .map(|&x| {
            let (mut x, mut n) = (x, 0);
            while x != 1 {
                x = if x % 2 == 1 { 3 * x + 1 } else { x / 2 };
                n += 1;
            }
            n
        })
        .collect();
    assert_eq!(ob.to_vec().unwrap(), want);
}

/// Odd programs return early; even ones write `pid * 10`, or `-1` when above 5 (if/else).
#[test]
fn if_else_and_return() {
    let mut b = KB::new("branches");
    let out = b.ptr_param("out", DType::I32);
    let pid = b.pid(0);
    let one = b.c_i32(1);
    let odd = b.bin(BinaryOp::And, pid, one);
    let is_odd = b.cmp(CmpOp::Eq, odd, one);
    b.if_(is_odd, |b| b.emit_void(Op::Return), |_| {});
    let five = b.c_i32(5);
    let big = b.cmp(CmpOp::Gt, pid, five);
    let po = b.ptr_add(out, pid);
    b.if_(
        big,
        |b| {
            let m = b.c_i32(-1);
            b.store(po, m, None);
        },
        |b| {
            let ten = b.c_i32(10);
            let v = b.mul(pid, ten);
            b.store(po, v, None);
        },
    );
    let k = b.finish();
    let dev = Device::interpreter();
    let ob = dev.full(10, 99i32).unwrap();
    launch(&dev, &k, Grid::x(10), &[Arg::from(&ob)]).unwrap();
    assert_eq!(
        ob.to_vec().unwrap(),
        vec![0, 99, 20, 99, 40, 99, -1, 99, -1, 99]
    );
}

/// Programs run x fastest, then y, then z; program ids and grid sizes are right.
#[test]
fn grid_order_and_program_ids() {
    let mut b = KB::new("order");
    let counter = b.ptr_param("counter", DType::I32);
    let out = b.ptr_param("out", DType::I32);
    let x = b.pid(0);
    let y = b.pid(1);
    let z = b.pid(2);
    let nx = b.emit(Op::NumPrograms { axis: 0 });
    let ny = b.emit(Op::NumPrograms { axis: 1 });
    let zy = b.mul(z, ny);
    let zy = b.add(zy, y);
    let lin = b.mul(zy, nx);
    let lin = b.add(lin, x);
    let one = b.c_i32(1);
    let ticket = b.emit(Op::Atomic {
        op: AtomicOp::Add,
        ptr: counter,
        value: one,
        mask: None,
        order: AtomicOrder::Auto,
        scope: AtomicScope::Gpu,
    });
    let po = b.ptr_add(out, lin);
    b.store(po, ticket, None);
    let k = b.finish();
    let dev = Device::interpreter();
    let cb = dev.alloc::<i32>(1).unwrap();
    let ob = dev.full(3 * 4 * 5, -1i32).unwrap();
    launch(
        &dev,
        &k,
        Grid::xyz(3, 4, 5),
        &[Arg::from(&cb), Arg::from(&ob)],
    )
    .unwrap();
    assert_eq!(ob.to_vec().unwrap(), (0..60).collect::<Vec<i32>>());
}

#[test]
fn assertions_name_kernel_message_and_program() {
    let mut b = KB::new("checked");
    let x = b.ptr_param("x", DType::F32);
    let ar = b.arange(4);
    let pid = b.pid(0);
    let four = b.c_i32(4);
    let base = b.mul(pid, four);
    let base = b.splat(base, &[4]);
    let offs = b.add(base, ar);
    let p = b.ptrs(x, offs);
    let v = b.load(p, None, None);
    let zero = b.c_float(0.0, kernel_core::dtype::DType::F32);
    let zero = b.splat(zero, &[4]);
    let ok = b.cmp(CmpOp::Ge, v, zero);
    b.emit_void(Op::Assert {
        cond: ok,
        message: "x must be nonnegative".into(),
    });
    b.emit_void(Op::Print {
        prefix: "x =".into(),
        values: vec![v, pid],
    });
    let k = b.finish();
    let dev = Device::interpreter();
    let mut xs: Vec<f32> = random_vec(12, 3, |r| r.random_range(0.0..1.0));
    let xb = dev.upload(&xs).unwrap();
    launch(&dev, &k, Grid::x(3), &[Arg::from(&xb)]).unwrap();
    xs[9] = -1.0;
    let xb = dev.upload(&xs).unwrap();
    let err = launch(&dev, &k, Grid::x(3), &[Arg::from(&xb)]).unwrap_err();
    assert_eq!(
        err,
        LaunchError::AssertionFailed {
            kernel: "checked".into(),
            message: "x must be nonnegative".into(),
            program: ProgramId { x: 2, y: 0, z: 0 },
            at: None,
        }
    );
    let msg = err.to_string();
    assert!(msg.contains("checked") && msg.contains("nonnegative") && msg.contains("(2, 0, 0)"));
}

fn rand_kernel(kind: RandKind, seed_d: DType) -> kernel_core::ir::Kernel {
    let out_d = if kind == RandKind::Int {
        DType::U32
    } else {
        DType::F32
    };
    let mut b = KB::new("rng");
    let out = b.ptr_param("out", out_d);
    let seed = b.scalar_param("seed", seed_d);
    let n = b.scalar_param("n", DType::I32);
    let (offs, mask) = b.block_offsets(256, n);
    let r = b.emit(Op::Rand {
        kind,
        seed,
        offset: offs,
    });
    let po = b.ptrs(out, offs);
    b.store(po, r, Some(mask));
    b.finish()
}

#[test]
fn rand_matches_philox_and_is_reproducible() {
    let n = 1000usize;
    let dev = Device::interpreter();
    let grid = Grid::x(n.div_ceil(256) as u32);
    let ints = dev.alloc::<u32>(n).unwrap();
    let k = rand_kernel(RandKind::Int, DType::I64);
    launch(
        &dev,
        &k,
        grid,
        &[Arg::from(&ints), Arg::from(-5i64), Arg::from(n as i32)],
    )
    .unwrap();
    let got = ints.to_vec().unwrap();
    for (i, &g) in got.iter().enumerate() {
        assert_eq!(g, numeric::randint(-5i64 as u64, i as u32));
    }
    // Reproducible; another seed gives other numbers.
    launch(
        &dev,
        &k,
        grid,
        &[Arg::from(&ints), Arg::from(-5i64), Arg::from(n as i32)],
    )
    .unwrap();
    assert_eq!(ints.to_vec().unwrap(), got);
    launch(
        &dev,
        &k,
        grid,
        &[Arg::from(&ints), Arg::from(6i64), Arg::from(n as i32)],
    )
    .unwrap();
    let other = ints.to_vec().unwrap();
    assert!(other.iter().zip(&got).filter(|(a, b)| a == b).count() < 5);
    // A 32-bit seed.
    let k = rand_kernel(RandKind::Uniform, DType::U32);
    let u = dev.alloc::<f32>(n).unwrap();
    launch(
        &dev,
        &k,
        grid,
        &[Arg::from(&u), Arg::from(1234u32), Arg::from(n as i32)],
    )
    .unwrap();
    let got = u.to_vec().unwrap();
    for (i, &g) in got.iter().enumerate() {
        assert_eq!(g, numeric::rand_uniform(1234, i as u32));
    }
    let k = rand_kernel(RandKind::Normal, DType::I32);
    launch(
        &dev,
        &k,
        grid,
        &[Arg::from(&u), Arg::from(-7i32), Arg::from(n as i32)],
    )
    .unwrap();
    let got = u.to_vec().unwrap();
    for (i, &g) in got.iter().enumerate() {
        assert_eq!(g, numeric::randn(-7i32 as i64 as u64, i as u32));
    }
}

#[test]
fn rand_distributions_are_sane() {
    let n = 1usize << 16;
    let dev = Device::interpreter();
    let grid = Grid::x((n / 256) as u32);
    let buf = dev.alloc::<f32>(n).unwrap();
    let k = rand_kernel(RandKind::Uniform, DType::U64);
    launch(
        &dev,
        &k,
        grid,
        &[Arg::from(&buf), Arg::from(42u64), Arg::from(n as i32)],
    )
    .unwrap();
    let u = buf.to_vec().unwrap();
    assert!(u.iter().all(|&x| (0.0..1.0).contains(&x)));
    let mean = u.iter().map(|&x| x as f64).sum::<f64>() / n as f64;
    let var = u.iter().map(|&x| (x as f64 - mean).powi(2)).sum::<f64>() / n as f64;
    assert!((mean - 0.5).abs() < 0.01, "uniform mean {mean}");
    assert!((var - 1.0 / 12.0).abs() < 0.005, "uniform variance {var}");
    let k = rand_kernel(RandKind::Normal, DType::U64);
    launch(
        &dev,
        &k,
        grid,
        &[Arg::from(&buf), Arg::from(42u64), Arg::from(n as i32)],
    )
    .unwrap();
    let z = buf.to_vec().unwrap();
    assert!(z.iter().all(|x| x.is_finite()));
    let mean = z.iter().map(|&x| x as f64).sum::<f64>() / n as f64;
    let var = z.iter().map(|&x| (x as f64 - mean).powi(2)).sum::<f64>() / n as f64;
    assert!(mean.abs() < 0.02, "normal mean {mean}");
    assert!((var - 1.0).abs() < 0.03, "normal variance {var}");
    let k = rand_kernel(RandKind::Int, DType::U64);
    let ib = dev.alloc::<u32>(n).unwrap();
    launch(
        &dev,
        &k,
        grid,
        &[Arg::from(&ib), Arg::from(42u64), Arg::from(n as i32)],
    )
    .unwrap();
    let ints = ib.to_vec().unwrap();
    let high = ints.iter().filter(|&&x| x >= 1 << 31).count() as f64 / n as f64;
    assert!((high - 0.5).abs() < 0.01, "top bit frequency {high}");
}
