//! Custom combine functions, `reduce(x, axis, combine)` and `associative_scan(x, axis,
//! combine)`, through `#[kernel]`, on whatever device the suite runs on, against plain-Rust
//! folds on random inputs: closures and device functions, one tile and a tuple (a
//! value-and-index argmax with ties), integer and float dtypes, reductions to a scalar and
//! along either axis, and a combine that is neither associative nor commutative (every
//! backend folds in ascending order, so the results are exact).

mod common;

use common::*;
use oxtile::prelude::*;

/// Triton's `_argmax_combine` with ties to the lower index, written as a device function
/// over flattened tuples (value, index of the left side, then of the right side).
#[kernel_fn]
fn argmax_combine<T: Num>(av: T, ai: i32, bv: T, bi: i32) -> (T, i32) {
    let left = av > bv || (av == bv && ai < bi);
    (select(left, av, bv), select(left, ai, bi))
}

/// A max and its index along axis 1 of an `[R, C]` tile (ties to the lower index), a sum
/// along axis 0 by a closure, and a whole-tile reduction to a scalar.
#[kernel]
fn argmax_rows<const R: usize, const C: usize>(x: Ptr<i32>, vals: Ptr<i32>, at: Ptr<i32>) {
    let r = arange(0, R);
    let c = arange(0, C);
    let offs = r[(.., None)] * C + c[(None, ..)];
    let v = load(x + offs);
    let idx = broadcast_to(c[(None, ..)], [R, C]);
    let (m, i) = reduce((v, idx), 1, argmax_combine);
    store(vals + r, m);
    store(at + r, i);
    let s = reduce(v, 0, |a, b| a + b);
    store(vals + R + c, s);
    let all = v
        .reduce(0, |a, b| if a > b { a } else { b })
        .reduce(0, |a, b| maximum(a, b));
    store(vals + R + C, all);
}

/// A scan that is neither associative nor commutative (`a * 0.5 + b`: an exponential moving
/// sum) along axis 1, and a running max by an `if` along axis 0.
#[kernel]
fn ema_scan<const R: usize, const C: usize>(x: Ptr<f32>, out: Ptr<f32>, k: f32) {
    let r = arange(0, R);
    let c = arange(0, C);
    let offs = r[(.., None)] * C + c[(None, ..)];
    let v = load(x + offs) * k;
    store(out + offs, associative_scan(v, 1, |a, b| a * 0.5 + b));
    let running = associative_scan(v, 0, |a: f32, b: f32| if b > a { b } else { a });
    store(out + R * C + offs, running);
}

/// Two tiles of different dtypes folded together: a product kept in f64 beside an i64 count
/// of negative factors, as a tuple closure.
#[kernel]
fn tuple_closure<const B: usize>(x: Ptr<f64>, out: Ptr<f64>, neg: Ptr<i64>) {
    let offs = arange(0, B);
    let v = load(x + offs);
    let n = select(v < 0.0, 1, 0) as i64;
    let (p, c) = reduce((v, n), 0, |(pa, na), (pb, nb)| (pa * pb, na + nb));
    store(out, p);
    store(neg, c);
}

#[test]
fn a_tuple_argmax_takes_the_first_index_of_ties() {
    const R: usize = 8;
    const C: usize = 16;
    // Few distinct values, so most rows hold ties for their maximum.
    let x = i32s(&mut rng(91), R * C, -3, 4);
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let vals = d.alloc::<i32>(R + C + 1).unwrap();
    let at = d.alloc::<i32>(R).unwrap();
    argmax_rows::<R, C>::launch(&d, Grid::x(1), &xd, &vals, &at).unwrap();
    let got = vals.to_vec().unwrap();
    let got_at = at.to_vec().unwrap();
    let mut ties = 0;
    for row in 0..R {
        let line = &x[row * C..(row + 1) * C];
        let m = *line.iter().max().unwrap();
        let first = line.iter().position(|v| *v == m).unwrap();
        ties += usize::from(line.iter().filter(|v| **v == m).count() > 1);
        assert_eq!(got[row], m, "row {row}");
        assert_eq!(got_at[row], first as i32, "row {row}: {line:?}");
    }
    assert!(ties > 0, "the input has no ties to break");
    for col in 0..C {
        let s: i32 = (0..R).map(|r| x[r * C + col]).sum();
        assert_eq!(got[R + col], s, "column {col}");
    }
    assert_eq!(got[R + C], *x.iter().max().unwrap());
}

#[test]
fn a_scan_folds_in_ascending_order_exactly() {
    const R: usize = 4;
    const C: usize = 32;
    let x = f32s(&mut rng(92), R * C, -2.0, 2.0);
    let k = 1.5f32;
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<f32>(2 * R * C).unwrap();
    ema_scan::<R, C>::launch(&d, Grid::x(1), &xd, &out, k).unwrap();
    let got = out.to_vec().unwrap();
    let v: Vec<f32> = x.iter().map(|a| a * k).collect();
    for row in 0..R {
        let mut acc = v[row * C];
        for col in 0..C {
            if col > 0 {
                // The same two roundings as the kernel's `a * 0.5 + b` (not fused).
                acc = acc * 0.5 + v[row * C + col];
            }
            assert_eq!(got[row * C + col], acc, "ema at ({row}, {col})");
        }
    }
    for col in 0..C {
        let mut acc = v[col];
        for row in 0..R {
            acc = acc.max(v[row * C + col]);
            assert_eq!(
                got[R * C + row * C + col],
                acc,
                "running max at ({row}, {col})"
            );
        }
    }
}

#[test]
fn a_tuple_closure_folds_two_dtypes() {
    if refuses("64-bit") {
        return;
    }
    const B: usize = 64;
    let x: Vec<f64> = f32s(&mut rng(93), B, 0.5, 1.5)
        .iter()
        .enumerate()
        .map(|(i, v)| {
            if i % 3 == 0 {
                -f64::from(*v)
            } else {
                f64::from(*v)
            }
        })
        .collect();
    let d = dev();
    let xd = d.upload(&x).unwrap();
    let out = d.alloc::<f64>(1).unwrap();
    let neg = d.alloc::<i64>(1).unwrap();
    tuple_closure::<B>::launch(&d, Grid::x(1), &xd, &out, &neg).unwrap();
    let want = x.iter().fold(1.0f64, |a, b| a * b);
    let p = out.to_vec().unwrap()[0];
    // Folded in ascending order from x[0], as the reference: bit for bit.
    let exact = x[1..].iter().fold(x[0], |a, b| a * b);
    assert_eq!(p, exact, "product (plain fold gives {want})");
    assert_eq!(
        neg.to_vec().unwrap()[0],
        x.iter().filter(|v| **v < 0.0).count() as i64
    );
}

/// The IR shows the combine as the body of a `reduce_with` / `scan_with`.
#[test]
fn the_ir_shows_the_combine_body() {
    let ir = argmax_rows::<8, 16>::IR;
    assert!(ir.contains("reduce_with axis 1"), "{ir}");
    assert!(ir.contains("} yield"), "{ir}");
    let ir = ema_scan::<4, 32>::IR;
    assert!(ir.contains("scan_with axis 1"), "{ir}");
}
