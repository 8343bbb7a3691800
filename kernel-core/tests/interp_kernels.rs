//! Whole kernels in the style of the Triton tutorials (softmax, tiled matmul with edge masks
//! and a K loop), on the interpreter vs plain-Rust references.

mod interp_util;

use interp_util::*;
use kernel_core::dtype::DType;
use kernel_core::ir::{BinaryOp, CmpOp, DotPrecision, Kernel, Op, ReduceOp, UnaryOp, ValueId};
use kernel_core::runtime::{Arg, Device, Grid};
use rand::Rng;

/// `v[:, None]` broadcast to `[rows, cols]`.
fn as_col(b: &mut KB, v: ValueId, rows: u64, cols: u64) -> ValueId {
    let e = b.emit(Op::ExpandDims { value: v, axis: 1 });
    b.broadcast(e, &[rows, cols])
}

/// `v[None, :]` broadcast to `[rows, cols]`.
fn as_row(b: &mut KB, v: ValueId, rows: u64, cols: u64) -> ValueId {
    let e = b.emit(Op::ExpandDims { value: v, axis: 0 });
    b.broadcast(e, &[rows, cols])
}

/// Row-wise softmax, one program per row, `BLOCK >= n_cols`.
fn softmax_kernel(block: u64) -> Kernel {
    let mut b = KB::new("softmax");
    let out = b.ptr_param("out", DType::F32);
    let x = b.ptr_param("x", DType::F32);
    let stride = b.scalar_param("stride", DType::I32);
    let n_cols = b.scalar_param("n_cols", DType::I32);
    let row = b.pid(0);
    let cols = b.arange(block);
    let nc = b.splat(n_cols, &[block]);
    let mask = b.cmp(CmpOp::Lt, cols, nc);
    let base = b.mul(row, stride);
    let base = b.splat(base, &[block]);
    let offs = b.add(base, cols);
    let px = b.ptrs(x, offs);
    let ninf = b.c_float(f64::NEG_INFINITY, DType::F32);
    let ninf = b.splat(ninf, &[block]);
    let v = b.load(px, Some(mask), Some(ninf));
    let m = b.emit(Op::Reduce {
        op: ReduceOp::Max,
        value: v,
        axis: 0,
    });
    let m = b.splat(m, &[block]);
    let d = b.bin(BinaryOp::Sub, v, m);
    let e = b.un(UnaryOp::Exp, d);
    let s = b.emit(Op::Reduce {
        op: ReduceOp::Sum,
        value: e,
        axis: 0,
    });
    let s = b.splat(s, &[block]);
    let r = b.bin(BinaryOp::Div, e, s);
    let po = b.ptrs(out, offs);
    b.store(po, r, Some(mask));
    b.finish()
}

#[test]
fn softmax_matches_reference() {
    let (rows, cols) = (13usize, 100usize);
    let x: Vec<f32> = random_vec(rows * cols, 1, |r| r.random_range(-5.0..5.0));
    let dev = Device::interpreter();
    let xb = dev.upload(&x).unwrap();
    let ob = dev.alloc::<f32>(rows * cols).unwrap();
    launch(
        &dev,
        &softmax_kernel(128),
        Grid::x(rows as u32),
        &[
            Arg::from(&ob),
            Arg::from(&xb),
            Arg::from(cols as i32),
            Arg::from(cols as i32),
        ],
    )
    .unwrap();
    let got = ob.to_vec().unwrap();
    for r in 0..rows {
        let row = &x[r * cols..(r + 1) * cols];
        let m = row.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
        let s: f64 = row.iter().map(|&v| ((v - m) as f64).exp()).sum();
        for c in 0..cols {
            let want = ((row[c] - m) as f64).exp() / s;
            approx::assert_relative_eq!(got[r * cols + c] as f64, want, max_relative = 1e-5);
        }
    }
}

/// `c = a @ b` for row-major `a: [M, K]`, `b: [K, N]`, tiles `BM x BN`, K in steps of `BK`,
/// masked at every edge; the accumulator is a variable carried across the K loop.
fn matmul_kernel(bm: u64, bn: u64, bk: u64) -> Kernel {
    let mut b = KB::new("matmul");
    let pa = b.ptr_param("a", DType::F32);
    let pb = b.ptr_param("b", DType::F32);
    let pc = b.ptr_param("c", DType::F32);
    let m = b.scalar_param("m", DType::I32);
    let n = b.scalar_param("n", DType::I32);
    let k = b.scalar_param("k", DType::I32);
    let pid_m = b.pid(0);
    let pid_n = b.pid(1);
    let bm_c = b.c_i32(bm as i32);
    let bn_c = b.c_i32(bn as i32);
    let rm = b.mul(pid_m, bm_c);
    let rm = b.splat(rm, &[bm]);
    let ar = b.arange(bm);
    let rm = b.add(rm, ar);
    let rn = b.mul(pid_n, bn_c);
    let rn = b.splat(rn, &[bn]);
    let ar = b.arange(bn);
    let rn = b.add(rn, ar);
    let zero = b.c_float(0.0, DType::F32);
    let zero = b.splat(zero, &[bm, bn]);
    let acc = b.var(zero);
    let k0 = b.c_i32(0);
    let step = b.c_i32(bk as i32);
    b.for_(k0, k, step, |b, kk| {
        let rk = b.splat(kk, &[bk]);
        let ark = b.arange(bk);
        let rk = b.add(rk, ark);
        // a tile: rm[:, None] * k + rk[None, :]
        let rm_c = as_col(b, rm, bm, bk);
        let kk_s = b.splat(k, &[bm, bk]);
        let a_row = b.mul(rm_c, kk_s);
        let rk_r = as_row(b, rk, bm, bk);
        let a_off = b.add(a_row, rk_r);
        let m_s = b.splat(m, &[bm, bk]);
        let k_s = b.splat(k, &[bm, bk]);
        let ma = b.cmp(CmpOp::Lt, rm_c, m_s);
        let mk = b.cmp(CmpOp::Lt, rk_r, k_s);
        let mask_a = b.bin(BinaryOp::And, ma, mk);
        let a_ptr = b.ptrs(pa, a_off);
        let at = b.load(a_ptr, Some(mask_a), None);
        // b tile: rk[:, None] * n + rn[None, :]
        let rk_c = as_col(b, rk, bk, bn);
        let n_s = b.splat(n, &[bk, bn]);
        let b_row = b.mul(rk_c, n_s);
        let rn_r = as_row(b, rn, bk, bn);
        let b_off = b.add(b_row, rn_r);
        let k_s2 = b.splat(k, &[bk, bn]);
        let mk2 = b.cmp(CmpOp::Lt, rk_c, k_s2);
        let mn = b.cmp(CmpOp::Lt, rn_r, n_s);
        let mask_b = b.bin(BinaryOp::And, mk2, mn);
        let b_ptr = b.ptrs(pb, b_off);
        let bt = b.load(b_ptr, Some(mask_b), None);
        let cur = b.var_load(acc);
        let next = b.emit(Op::Dot {
            a: at,
            b: bt,
            acc: cur,
            precision: DotPrecision::Ieee,
        });
        b.var_store(acc, next);
    });
    let res = b.var_load(acc);
    let rm_c = as_col(&mut b, rm, bm, bn);
    let n_s = b.splat(n, &[bm, bn]);
    let c_row = b.mul(rm_c, n_s);
    let rn_r = as_row(&mut b, rn, bm, bn);
    let c_off = b.add(c_row, rn_r);
    let m_s = b.splat(m, &[bm, bn]);
    let mm = b.cmp(CmpOp::Lt, rm_c, m_s);
    let mn = b.cmp(CmpOp::Lt, rn_r, n_s);
    let mask = b.bin(BinaryOp::And, mm, mn);
    let c_ptr = b.ptrs(pc, c_off);
    b.store(c_ptr, res, Some(mask));
    b.finish()
}

#[test]
fn tiled_matmul_with_edges_matches_reference() {
    let (m, n, k) = (37usize, 29usize, 45usize);
    let (bm, bn, bk) = (16u64, 8u64, 16u64);
    let a: Vec<f32> = random_vec(m * k, 2, |r| r.random_range(-1.0..1.0));
    let bmat: Vec<f32> = random_vec(k * n, 3, |r| r.random_range(-1.0..1.0));
    let dev = Device::interpreter();
    let (ab, bb) = (dev.upload(&a).unwrap(), dev.upload(&bmat).unwrap());
    let cb = dev.full(m * n, f32::NAN).unwrap();
    launch(
        &dev,
        &matmul_kernel(bm, bn, bk),
        Grid::xy(
            m.div_ceil(bm as usize) as u32,
            n.div_ceil(bn as usize) as u32,
        ),
        &[
            Arg::from(&ab),
            Arg::from(&bb),
            Arg::from(&cb),
            Arg::from(m as i32),
            Arg::from(n as i32),
            Arg::from(k as i32),
        ],
    )
    .unwrap();
    let got = cb.to_vec().unwrap();
    for i in 0..m {
        for j in 0..n {
            // The kernel's order: fma over k ascending (masked lanes add 0 * 0).
            let mut s = 0.0f32;
            for kk in 0..k {
                s = a[i * k + kk].mul_add(bmat[kk * n + j], s);
            }
            assert_eq!(got[i * n + j], s, "c[{i}][{j}]");
        }
    }
}
