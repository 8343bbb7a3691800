//! Rewrites that [`crate::specialize::specialize`] applies to every specialized kernel, so
//! that the interpreter and every backend run the same IR (as Triton's `combine` pass).
//!
//! # A sum of broadcast products becomes a `dot`
//! The matrix product written out with broadcasting,
//!
//! ```text
//! sum(a[(.., .., None)] * b[(None, .., ..)], 1)      // a: T[M, K], b: T[K, N]
//! ```
//!
//! builds an `[M, K, N]` product tile: 131,072 elements for a `[128, 32] x [32, 32]` block,
//! more than a tile may hold on CUDA or wgpu, and 512 KiB of shared memory for the sum on
//! CUDA. [`combine`] replaces the `reduce sum` by `dot(a, b, zeros)` (of [`DotPrecision::Ieee`]:
//! f32 factors are never rounded to TF32), cast back to `T` where `dot` accumulates in
//! another dtype, and removes the product and the shape ops that only fed it. It matches the
//! forms the front end lowers `expand_dims(a, 2) * expand_dims(b, 0)` and `a[(.., .., None)]`
//! to: the factors' extra dimension inserted by `expand_dims` or `reshape`, the broadcasts
//! explicit or (for extents already equal) absent, `b` broadcast straight from `[K, N]`, and
//! the two factors of the `mul` in either order. It applies only where the product has no
//! other use, `T` is a dtype `dot` takes (f16, bf16, f32, f64, i8, u8), and the sum runs
//! along axis 1 of a rank-3 product.
//!
//! # Numerics
//! The rewrite changes how the sum rounds, as Triton's does. The written-out sum rounds each
//! product to `T`, then folds the products in the [`crate::ir::ReduceOp::accumulator`]
//! dtype; the `dot` adds the exact products, one fused multiply-add per k in ascending k
//! order, in its accumulator (f32 for f16/bf16/f32, f64 for f64), rounded once to `T` for
//! f16 and bf16. Each product is thus rounded once less: the result is at least as close to
//! the exact sum, and differs from the unrewritten one within the sum's own rounding error
//! (for f32, `K · 2⁻²⁴ · Σ|aᵢbᵢ|`; for f16/bf16 one ulp of the result more). Integer
//! results are bit for bit the same: an 8-bit product summed with wrapping equals the
//! `i32` dot (exact products, wrapping sum) wrapped to 8 bits, because wrapping to `2⁸` is a
//! ring homomorphism from the integers modulo `2³²`. One more difference: the `dot` starts
//! from `+0`, so a float sum whose products are all `-0` gives `+0` instead of `-0`.

//!
//! # A `dot` from zero added to a tile becomes a `dot` accumulating into it
//! `x + dot(a, b, zeros)` (either order), where the `dot` starts from `+0` and nothing else
//! reads it, becomes `dot(a, b, x)` (Triton's `combine` does the same): flash attention's
//! `acc * alpha + dot(p, v)` accumulates in place, as written in Triton's tutorial, instead
//! of holding a second accumulator tile and adding it (on Hopper that second tile is 64
//! registers a thread). Integer results are bit for bit the same (wrapping sums in any
//! order). Float results round differently: the sum `x + Σ aᵢbᵢ` is folded from `x` one
//! fused multiply-add per k in ascending k order instead of from `+0` and rounded before `x`
//! is added, so it is at least as close to the exact sum and differs from the unrewritten
//! one within the `dot`'s own rounding error (for f32 accumulators `(K + 1) · 2⁻²⁴` times the
//! magnitudes summed); a sum that would be `-0` may come out `+0` and vice versa.

use std::collections::HashSet;

use crate::dtype::DType;
use crate::ir::visit::compact;
use crate::ir::{
    BinaryOp, Block, ConstValue, Dim, DotPrecision, Inst, Kernel, Op, ReduceOp, Type, ValueId,
};
use crate::verify::dot_acc_dtype;

/// Applies the rewrites of the [module docs](self) to a kernel that verifies, and returns how
/// many it made (sums turned into `dot`s, then sums folded into them). The result verifies; when something changed, its value
/// ids are renumbered densely in program order. A kernel that does not verify is left
/// unchanged (the pass never panics on one).
pub fn combine(kernel: &mut Kernel) -> usize {
    if crate::verify::verify(kernel).is_err() {
        return 0;
    }
    let plans = find_mul_sums(kernel);
    let mut dead = HashSet::new();
    if !plans.is_empty() {
        let mut values = std::mem::take(&mut kernel.values);
        let body = std::mem::take(&mut kernel.body);
        kernel.body = rewrite_block(body, &plans, &mut values);
        kernel.values = values;
        for p in &plans {
            dead.extend(p.chain.iter().copied());
        }
    }
    // Then the sums of a `dot` from zero and a tile (the `dot`s just made included).
    let folds = find_dot_adds(kernel);
    if !folds.is_empty() {
        fold_block(&mut kernel.body, &folds);
        dead.extend(folds.iter().flat_map(|f| f.dead.iter().copied()));
    }
    if plans.is_empty() && folds.is_empty() {
        return 0;
    }
    remove_dead(kernel, &dead);
    compact(kernel);
    plans.len() + folds.len()
}

/// One `x + dot(a, b, zeros)` to turn into `dot(a, b, x)`.
struct DotAdd {
    /// The sum's result (the new `dot`'s).
    result: ValueId,
    /// The `dot` from zero and its zeros, removed (the zeros when nothing else reads them).
    dead: Vec<ValueId>,
    /// The new `dot`.
    op: Op,
}

/// Finds every sum of the [module docs](self)' second form.
fn find_dot_adds(k: &Kernel) -> Vec<DotAdd> {
    let uses = crate::analysis::use_counts(k);
    let mut defs: Vec<Option<&Op>> = vec![None; k.values.len()];
    crate::analysis::walk(&k.body, &mut |inst| {
        if let Some(r) = inst.result
            && let Some(d) = defs.get_mut(r.index())
        {
            *d = Some(&inst.op);
        }
    });
    // `+0` (or integer 0), possibly broadcast.
    let is_zero = |mut v: ValueId| loop {
        match defs.get(v.index()).copied().flatten() {
            Some(Op::Broadcast { value, .. }) => v = *value,
            Some(Op::Const { value, .. }) => {
                return match value {
                    ConstValue::Float(f) => f.to_bits() == 0,
                    ConstValue::Int(i) => *i == 0,
                    ConstValue::Bool(_) => false,
                };
            }
            _ => return false,
        }
    };
    let mut folds = Vec::new();
    // Only a `dot` of the sum's own block is moved to the sum (not into a loop).
    each_block(&k.body, &mut |block| {
        let here: HashSet<ValueId> = block.iter().filter_map(|i| i.result).collect();
        for inst in block {
            let (
                Some(result),
                Op::Binary {
                    op: BinaryOp::Add,
                    lhs,
                    rhs,
                },
            ) = (inst.result, &inst.op)
            else {
                continue;
            };
            for (d, x) in [(*lhs, *rhs), (*rhs, *lhs)] {
                let Some(&Some(Op::Dot {
                    a,
                    b,
                    acc,
                    precision,
                })) = defs.get(d.index())
                else {
                    continue;
                };
                let same = k.values.get(d.index()) == k.values.get(result.index())
                    && k.values.get(x.index()) == k.values.get(result.index());
                if same
                    && here.contains(&d)
                    && uses.get(d.index()) == Some(&1)
                    && d != x
                    && is_zero(*acc)
                {
                    let mut dead = vec![d, *acc];
                    while let Some(&Some(Op::Broadcast { value, .. })) =
                        defs.get(dead[dead.len() - 1].index())
                    {
                        dead.push(*value);
                    }
                    folds.push(DotAdd {
                        result,
                        dead,
                        op: Op::Dot {
                            a: *a,
                            b: *b,
                            acc: x,
                            precision: *precision,
                        },
                    });
                    break;
                }
            }
        }
    });
    folds
}

/// Replaces each folded sum in `block` (and nested blocks) by its `dot`, in place: its
/// operands are all defined before the sum.
fn fold_block(block: &mut Block, folds: &[DotAdd]) {
    each_block_mut(block, &mut |b| {
        for inst in b {
            if let Some(f) = inst
                .result
                .and_then(|r| folds.iter().find(|f| f.result == r))
            {
                inst.op = f.op.clone();
            }
        }
    });
}

/// Calls `f` on `block`, then on every block nested in it (loop bodies, `while`
/// conditions, branches), outer blocks first.
fn each_block<'a>(block: &'a Block, f: &mut impl FnMut(&'a Block)) {
    f(block);
    for inst in block {
        match &inst.op {
            Op::For { body, .. } | Op::Fold { body, .. } => each_block(body, f),
            Op::While {
                cond_block, body, ..
            } => {
                each_block(cond_block, f);
                each_block(body, f);
            }
            Op::If {
                then_block,
                else_block,
                ..
            } => {
                each_block(then_block, f);
                each_block(else_block, f);
            }
            _ => {}
        }
    }
}

/// [`each_block`] with the blocks mutable: `f` sees a block before the blocks nested in
/// what it leaves of it.
fn each_block_mut(block: &mut Block, f: &mut impl FnMut(&mut Block)) {
    f(block);
    for inst in block {
        match &mut inst.op {
            Op::For { body, .. } | Op::Fold { body, .. } => each_block_mut(body, f),
            Op::While {
                cond_block, body, ..
            } => {
                each_block_mut(cond_block, f);
                each_block_mut(body, f);
            }
            Op::If {
                then_block,
                else_block,
                ..
            } => {
                each_block_mut(then_block, f);
                each_block_mut(else_block, f);
            }
            _ => {}
        }
    }
}

/// One `reduce sum` to replace by a `dot`.
struct MulSum {
    /// The reduction's result, `T[M, N]`.
    result: ValueId,
    /// The left factor, `T[M, K]`.
    a: ValueId,
    /// The right factor, `T[K, N]`.
    b: ValueId,
    /// The product and the shape ops that built its operands: removed when nothing else
    /// uses them.
    chain: Vec<ValueId>,
}

/// The pure ops the matcher looks through, by the value they define.
fn shape_defs(k: &Kernel) -> Vec<Option<&Op>> {
    let mut defs = vec![None; k.values.len()];
    crate::analysis::walk(&k.body, &mut |inst| {
        if let Some(r) = inst.result
            && matches!(
                inst.op,
                Op::Binary {
                    op: BinaryOp::Mul,
                    ..
                } | Op::Broadcast { .. }
                    | Op::ExpandDims { .. }
                    | Op::Reshape { .. }
            )
            && let Some(d) = defs.get_mut(r.index())
        {
            *d = Some(&inst.op);
        }
    });
    defs
}

/// Finds every `reduce sum` of the [module docs](self)' form.
fn find_mul_sums(k: &Kernel) -> Vec<MulSum> {
    let defs = shape_defs(k);
    let uses = crate::analysis::use_counts(k);
    let shape = |v: ValueId| k.values.get(v.index()).map(|t| t.shape.as_slice());
    let mut plans = Vec::new();
    crate::analysis::walk(&k.body, &mut |inst| {
        let (
            Some(result),
            Op::Reduce {
                op: ReduceOp::Sum,
                value: prod,
                axis: 1,
            },
        ) = (inst.result, &inst.op)
        else {
            return;
        };
        let Some(&Some(Op::Binary {
            op: BinaryOp::Mul,
            lhs,
            rhs,
        })) = defs.get(prod.index())
        else {
            return;
        };
        let Some(t) = k.values.get(prod.index()) else {
            return;
        };
        let Some(d) = t.dtype() else { return };
        if t.rank() != 3 || !combines(d) {
            return;
        }
        if uses.get(prod.index()) != Some(&1) {
            return;
        }
        let (m, kk, n) = (&t.shape[0], &t.shape[1], &t.shape[2]);
        let found = [(*lhs, *rhs), (*rhs, *lhs)].into_iter().find_map(|(x, y)| {
            let (a, mut chain) = left_factor(&defs, &shape, x, [m, kk, n])?;
            let (b, more) = right_factor(&defs, &shape, y, [m, kk, n])?;
            chain.extend(more);
            Some((a, b, chain))
        });
        if let Some((a, b, mut chain)) = found {
            chain.push(*prod);
            plans.push(MulSum {
                result,
                a,
                b,
                chain,
            });
        }
    });
    plans
}

/// `v: T[M, K, N]` equal to `a[m, k]` at every `(m, k, n)`: `broadcast` (absent when `N`
/// is one) of `expand_dims(a, 2)` or of `reshape(a, [M, K, 1])`. Returns `a` and the values
/// between.
fn left_factor<'a>(
    defs: &[Option<&Op>],
    shape: &impl Fn(ValueId) -> Option<&'a [Dim]>,
    v: ValueId,
    [m, k, _]: [&Dim; 3],
) -> Option<(ValueId, Vec<ValueId>)> {
    let mut chain = vec![v];
    let col = match defs.get(v.index()).copied().flatten() {
        Some(Op::Broadcast { value, .. }) => {
            chain.push(*value);
            *value
        }
        _ => v,
    };
    let one = Dim::Const(1);
    if shape(col)? != [m.clone(), k.clone(), one] {
        return None;
    }
    let a = match defs.get(col.index()).copied().flatten()? {
        Op::ExpandDims { value, axis: 2 } | Op::Reshape { value, .. } => *value,
        _ => return None,
    };
    (shape(a)? == [m.clone(), k.clone()]).then_some((a, chain))
}

/// `v: T[M, K, N]` equal to `b[k, n]` at every `(m, k, n)`: `broadcast` of `b` itself, or
/// `broadcast` (absent when `M` is one) of `expand_dims(b, 0)` or of
/// `reshape(b, [1, K, N])`. Returns `b` and the values between.
fn right_factor<'a>(
    defs: &[Option<&Op>],
    shape: &impl Fn(ValueId) -> Option<&'a [Dim]>,
    v: ValueId,
    [_, k, n]: [&Dim; 3],
) -> Option<(ValueId, Vec<ValueId>)> {
    let mut chain = vec![v];
    let row = match defs.get(v.index()).copied().flatten() {
        Some(Op::Broadcast { value, .. }) => {
            chain.push(*value);
            *value
        }
        _ => v,
    };
    let kn = [k.clone(), n.clone()];
    if row != v && shape(row)? == kn {
        // Broadcasting aligns shapes from the right: [K, N] stretches to [M, K, N].
        chain.pop();
        return Some((row, chain));
    }
    if shape(row)? != [Dim::Const(1), k.clone(), n.clone()] {
        return None;
    }
    let b = match defs.get(row.index()).copied().flatten()? {
        Op::ExpandDims { value, axis: 0 } | Op::Reshape { value, .. } => *value,
        _ => return None,
    };
    (shape(b)? == kn).then_some((b, chain))
}

/// Adds a value of type `t` and returns its id.
fn new_value(values: &mut Vec<Type>, t: Type) -> ValueId {
    values.push(t);
    ValueId(values.len() as u32 - 1)
}

/// Replaces each planned `reduce` in `block` (and nested blocks) by
/// `dot(a, b, zeros)`, cast to the sum's dtype when the `dot` accumulates in another.
fn rewrite_block(block: Block, plans: &[MulSum], values: &mut Vec<Type>) -> Block {
    let mut out = Vec::with_capacity(block.len());
    for mut inst in block {
        match &mut inst.op {
            Op::For { body, .. } => *body = rewrite_block(std::mem::take(body), plans, values),
            Op::While {
                cond_block, body, ..
            } => {
                *cond_block = rewrite_block(std::mem::take(cond_block), plans, values);
                *body = rewrite_block(std::mem::take(body), plans, values);
            }
            Op::If {
                then_block,
                else_block,
                ..
            } => {
                *then_block = rewrite_block(std::mem::take(then_block), plans, values);
                *else_block = rewrite_block(std::mem::take(else_block), plans, values);
            }
            _ => {}
        }
        let plan = inst
            .result
            .and_then(|r| plans.iter().find(|p| p.result == r));
        let Some(p) = plan else {
            out.push(inst);
            continue;
        };
        // What replaces the reduction points where it did.
        let loc = inst.loc;
        let rt = values[p.result.index()].clone();
        let (Some(d), Some(acc_d)) = (rt.dtype(), rt.dtype().and_then(dot_acc_dtype)) else {
            out.push(inst);
            continue;
        };
        let zero = if acc_d.is_float() {
            ConstValue::Float(0.0)
        } else {
            ConstValue::Int(0)
        };
        let z = new_value(values, Type::scalar(acc_d));
        out.push(Inst {
            loc,
            result: Some(z),
            op: Op::Const {
                value: zero,
                dtype: acc_d,
            },
        });
        let acc_t = Type::tile(acc_d, rt.shape.clone());
        let zeros = new_value(values, acc_t.clone());
        out.push(Inst {
            loc,
            result: Some(zeros),
            op: Op::Broadcast {
                value: z,
                shape: rt.shape.clone(),
            },
        });
        let dot = Op::Dot {
            a: p.a,
            b: p.b,
            acc: zeros,
            precision: DotPrecision::Ieee,
        };
        if acc_d == d {
            out.push(Inst {
                loc,
                result: Some(p.result),
                op: dot,
            });
        } else {
            let prod = new_value(values, acc_t);
            out.push(Inst {
                loc,
                result: Some(prod),
                op: dot,
            });
            out.push(Inst {
                loc,
                result: Some(p.result),
                op: Op::Cast { value: prod, to: d },
            });
        }
    }
    out
}

/// Removes the instructions defining `candidates` that nothing reads any more (pure shape
/// ops and products: nothing else is ever a candidate), until none is left.
fn remove_dead(k: &mut Kernel, candidates: &HashSet<ValueId>) {
    loop {
        let uses = crate::analysis::use_counts(k);
        let dead: HashSet<ValueId> = candidates
            .iter()
            .copied()
            .filter(|v| uses.get(v.index()) == Some(&0))
            .collect();
        let before = count_insts(&k.body);
        each_block_mut(&mut k.body, &mut |b| {
            b.retain(|inst| !inst.result.is_some_and(|r| dead.contains(&r)));
        });
        if count_insts(&k.body) == before {
            return;
        }
    }
}

fn count_insts(b: &Block) -> usize {
    let mut n = 0;
    crate::analysis::walk(b, &mut |_| n += 1);
    n
}

/// True when `d` is a dtype whose sums [`combine`] may turn into a `dot`: one `dot` takes
/// (fp8 has no arithmetic, so no product to sum).
fn combines(d: DType) -> bool {
    dot_acc_dtype(d).is_some() && !d.is_fp8()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interp::{InterpArg, run};
    use crate::runtime::Grid;
    use crate::text::{parse_kernel, print_kernel};

    /// `sum(a[:, :, None] * b[None, :, :], 1)` of `a: D[4, 2]` (the squares of 0..8) and
    /// `b: D[2, 3]` (0, 2, .., 10), stored to `out: D[4, 3]`; `edit` rewrites the text of the
    /// product and the sum to make the variants. The exact sums reach 634 and the products
    /// 490: they wrap in i8 and u8.
    fn mul_sum(d: &str, edit: &dyn Fn(&str) -> String) -> String {
        let middle = edit(&format!(
            "  %9: {d}[4, 2, 1] = expand_dims %4 axis 2
  %10: {d}[4, 2, 3] = broadcast %9 to [4, 2, 3]
  %11: {d}[1, 2, 3] = expand_dims %8 axis 0
  %12: {d}[4, 2, 3] = broadcast %11 to [4, 2, 3]
  %13: {d}[4, 2, 3] = mul %10, %12
  %14: {d}[4, 3] = reduce sum %13 axis 1
"
        ));
        format!(
            "kernel @ms(out: *{d} = %0) {{
  %1: i32[8] = arange 8
  %2: i32[4, 2] = reshape %1 to [4, 2]
  %3: {d}[4, 2] = cast %2 to {d}
  %4: {d}[4, 2] = mul %3, %3
  %5: i32[6] = arange 6
  %6: i32[2, 3] = reshape %5 to [2, 3]
  %7: {d}[2, 3] = cast %6 to {d}
  %8: {d}[2, 3] = add %7, %7
{middle}  %15: i32[12] = arange 12
  %16: i32[4, 3] = reshape %15 to [4, 3]
  %17: *{d}[4, 3] = broadcast %0 to [4, 3]
  %18: *{d}[4, 3] = ptr_add %17, %16
  store %18, %14
}}
"
        )
    }

    /// [`mul_sum`] with the sum written as a `dot` into `acc` (cast back to `d` when they
    /// differ), numbered in program order: what [`combine`] must produce.
    fn as_dot(d: &str, acc: &str, zero: &str) -> String {
        let (dot, r) = if d == acc {
            (format!("  %11: {d}[4, 3] = dot %4, %8, %10\n"), 11)
        } else {
            (
                format!(
                    "  %11: {acc}[4, 3] = dot %4, %8, %10\n  %12: {d}[4, 3] = cast %11 to {d}\n"
                ),
                12,
            )
        };
        let n = [r + 1, r + 2, r + 3, r + 4];
        format!(
            "kernel @ms(out: *{d} = %0) {{
  %1: i32[8] = arange 8
  %2: i32[4, 2] = reshape %1 to [4, 2]
  %3: {d}[4, 2] = cast %2 to {d}
  %4: {d}[4, 2] = mul %3, %3
  %5: i32[6] = arange 6
  %6: i32[2, 3] = reshape %5 to [2, 3]
  %7: {d}[2, 3] = cast %6 to {d}
  %8: {d}[2, 3] = add %7, %7
  %9: {acc} = const {acc} {zero}
  %10: {acc}[4, 3] = broadcast %9 to [4, 3]
{dot}  %{}: i32[12] = arange 12
  %{}: i32[4, 3] = reshape %{} to [4, 3]
  %{}: *{d}[4, 3] = broadcast %0 to [4, 3]
  %{}: *{d}[4, 3] = ptr_add %{}, %{}
  store %{}, %{r}
}}
",
            n[0], n[1], n[0], n[2], n[3], n[2], n[1], n[3],
        )
    }

    fn parse(text: &str) -> Kernel {
        let k = parse_kernel(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        crate::verify::verify(&k).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
        k
    }

    /// The bytes the kernel stores (12 elements of `size` bytes), on the interpreter.
    fn output(k: &Kernel, size: usize) -> Vec<u8> {
        let mut out = vec![0u8; 12 * size];
        run(k, Grid::x(1), &[InterpArg::Buffer(0)], &mut [&mut out]).unwrap();
        out
    }

    /// Combines `text`, checks the result against `want` (or, where the text has an extra
    /// line, that it has `dot %4, %8` and no product or sum left) and that it stores the same
    /// bytes as before (integer-valued data: the `dot` and the sum agree exactly), and that a
    /// second pass changes nothing.
    fn check_rewrite(text: &str, want: &str, size: usize) {
        let before = parse(text);
        let mut k = before.clone();
        assert_eq!(combine(&mut k), 1, "{text}");
        crate::verify::verify(&k).unwrap_or_else(|e| panic!("{e:?}\n{}", print_kernel(&k)));
        let printed = print_kernel(&k);
        if want.is_empty() {
            assert!(printed.contains("= dot %4, %8, %"), "{printed}");
            assert!(
                !printed.contains("reduce") && !printed.contains("[4, 2, 3]"),
                "{printed}"
            );
        } else {
            assert_eq!(printed, want);
        }
        assert_eq!(output(&k, size), output(&before, size), "{text}");
        let again = k.clone();
        assert_eq!(combine(&mut k), 0);
        assert_eq!(k, again);
    }

    const SAME: &dyn Fn(&str) -> String = &|m: &str| m.to_string();

    #[test]
    fn a_sum_of_broadcast_products_becomes_a_dot() {
        check_rewrite(&mul_sum("f32", SAME), &as_dot("f32", "f32", "0.0"), 4);
        check_rewrite(&mul_sum("f64", SAME), &as_dot("f64", "f64", "0.0"), 8);
    }

    /// f16 and bf16 `dot`s accumulate in f32: the result is the f32 dot rounded once, as
    /// the f16 sum rounds its f32 accumulator once.
    #[test]
    fn narrow_float_sums_become_an_f32_dot_cast_back() {
        for d in ["f16", "bf16"] {
            check_rewrite(&mul_sum(d, SAME), &as_dot(d, "f32", "0.0"), 2);
        }
    }

    /// 8-bit sums wrap in 8 bits: the i32 `dot` wrapped back gives the same bits (the
    /// data's products and sums wrap).
    #[test]
    fn eight_bit_sums_become_an_i32_dot_wrapped_back() {
        for d in ["i8", "u8"] {
            check_rewrite(&mul_sum(d, SAME), &as_dot(d, "i32", "0"), 1);
        }
    }

    /// The forms `expand_dims(a, 2) * expand_dims(b, 0)`, `a[(.., .., None)] * b` and
    /// `reshape`s lower to.
    #[test]
    fn equivalent_forms_are_recognised() {
        let want = as_dot("f32", "f32", "0.0");
        // The factors of the `mul` swapped.
        check_rewrite(
            &mul_sum("f32", &|m| m.replace("mul %10, %12", "mul %12, %10")),
            &want,
            4,
        );
        // `reshape` instead of `expand_dims`.
        check_rewrite(
            &mul_sum("f32", &|m| {
                m.replace("expand_dims %4 axis 2", "reshape %4 to [4, 2, 1]")
                    .replace("expand_dims %8 axis 0", "reshape %8 to [1, 2, 3]")
            }),
            &want,
            4,
        );
        // `b` broadcast from [2, 3] straight to [4, 2, 3].
        check_rewrite(
            &mul_sum("f32", &|m| {
                m.replace(
                    "%11: f32[1, 2, 3] = expand_dims %8 axis 0",
                    "%11: i32 = const i32 0",
                )
                .replace("broadcast %11 to", "broadcast %8 to")
            }),
            "",
            4,
        );
    }

    /// `a: f32[4, 2]`, `b: f32[2, 3]` from scalars, their product and its sum: `edit` makes
    /// the variants of the matcher's tests.
    fn small(edit: &dyn Fn(&str) -> String) -> Kernel {
        parse(&edit(
            "kernel @s(x: f32 = %0) {
  %1: f32[4, 2] = broadcast %0 to [4, 2]
  %2: f32[2, 3] = broadcast %0 to [2, 3]
  %3: f32[4, 2, 1] = expand_dims %1 axis 2
  %4: f32[4, 2, 3] = broadcast %3 to [4, 2, 3]
  %5: f32[1, 2, 3] = expand_dims %2 axis 0
  %6: f32[4, 2, 3] = broadcast %5 to [4, 2, 3]
  %7: f32[4, 2, 3] = mul %4, %6
  %8: f32[4, 3] = reduce sum %7 axis 1
}
",
        ))
    }

    fn combined(mut k: Kernel) -> usize {
        let before = k.clone();
        let n = combine(&mut k);
        if n == 0 {
            assert_eq!(k, before, "nothing combined, nothing changed");
        }
        n
    }

    #[test]
    fn other_sums_and_products_stay() {
        assert_eq!(combined(small(SAME)), 1, "the baseline matches");
        let cases: &[(&str, &str, &str)] = &[
            (
                "another axis",
                "%8: f32[4, 3] = reduce sum %7 axis 1",
                "%8: f32[2, 3] = reduce sum %7 axis 0",
            ),
            (
                "the last axis",
                "%8: f32[4, 3] = reduce sum %7 axis 1",
                "%8: f32[4, 2] = reduce sum %7 axis 2",
            ),
            ("not a sum", "reduce sum", "reduce max"),
            ("not a product", "mul %4, %6", "add %4, %6"),
            ("one factor twice", "mul %4, %6", "mul %4, %4"),
            (
                "the product has another use",
                "%8: f32[4, 3] = reduce sum %7 axis 1",
                "%8: f32[4, 3] = reduce sum %7 axis 1\n  %9: f32[4, 2, 3] = exp %7",
            ),
            (
                "the left factor's new dimension elsewhere: a[m, n] * b[k, n]",
                "%1: f32[4, 2] = broadcast %0 to [4, 2]\n  %2: f32[2, 3] = broadcast %0 to [2, 3]\n  %3: f32[4, 2, 1] = expand_dims %1 axis 2",
                "%1: f32[4, 3] = broadcast %0 to [4, 3]\n  %2: f32[2, 3] = broadcast %0 to [2, 3]\n  %3: f32[4, 1, 3] = expand_dims %1 axis 1",
            ),
            (
                "the right factor's new dimension elsewhere: a[m, k] * b[m, n]",
                "%2: f32[2, 3] = broadcast %0 to [2, 3]\n  %3: f32[4, 2, 1] = expand_dims %1 axis 2\n  %4: f32[4, 2, 3] = broadcast %3 to [4, 2, 3]\n  %5: f32[1, 2, 3] = expand_dims %2 axis 0",
                "%2: f32[4, 3] = broadcast %0 to [4, 3]\n  %3: f32[4, 2, 1] = expand_dims %1 axis 2\n  %4: f32[4, 2, 3] = broadcast %3 to [4, 2, 3]\n  %5: f32[4, 1, 3] = expand_dims %2 axis 1",
            ),
            (
                "a reshape that moves elements: [2, 4] to [4, 2, 1]",
                "%1: f32[4, 2] = broadcast %0 to [4, 2]\n  %2: f32[2, 3] = broadcast %0 to [2, 3]\n  %3: f32[4, 2, 1] = expand_dims %1 axis 2",
                "%1: f32[2, 4] = broadcast %0 to [2, 4]\n  %2: f32[2, 3] = broadcast %0 to [2, 3]\n  %3: f32[4, 2, 1] = reshape %1 to [4, 2, 1]",
            ),
        ];
        for (what, from, to) in cases {
            let k = small(&|t: &str| {
                assert!(t.contains(from), "{what}");
                t.replace(from, to)
            });
            assert_eq!(combined(k), 0, "{what}");
        }
        // A dtype `dot` does not take.
        assert_eq!(
            combined(small(&|t: &str| t.replace("f32", "i32"))),
            0,
            "i32"
        );
    }

    #[test]
    fn shape_ops_with_other_uses_stay_beside_the_dot() {
        let mut k = small(&|t: &str| t.replace("}\n", "  %9: f32[4, 2, 3] = exp %4\n}\n"));
        assert_eq!(combine(&mut k), 1);
        crate::verify::verify(&k).unwrap();
        let printed = print_kernel(&k);
        assert!(printed.contains("expand_dims %1 axis 2"), "{printed}");
        assert!(!printed.contains("expand_dims %2 axis 0"), "{printed}");
        assert!(
            !printed.contains("mul") && !printed.contains("reduce"),
            "{printed}"
        );
    }

    /// Shapes where the front end writes no broadcast: `N = 1` (the left factor is already
    /// `[M, K, 1]`) and `M = 1` (the right one is already `[1, K, N]`).
    #[test]
    fn broadcasts_of_extent_one_may_be_absent() {
        let mut k = parse(
            "kernel @ms(a: f32 = %0, b: f32 = %1, out: *f32 = %2) {
  %3: f32[1, 4] = broadcast %0 to [1, 4]
  %4: f32[4, 1] = broadcast %1 to [4, 1]
  %5: f32[1, 4, 1] = expand_dims %3 axis 2
  %6: f32[1, 4, 1] = expand_dims %4 axis 0
  %7: f32[1, 4, 1] = mul %5, %6
  %8: f32[1, 1] = reduce sum %7 axis 1
  %9: *f32[1, 1] = broadcast %2 to [1, 1]
  store %9, %8
}
",
        );
        assert_eq!(combine(&mut k), 1);
        assert_eq!(
            print_kernel(&k),
            "kernel @ms(a: f32 = %0, b: f32 = %1, out: *f32 = %2) {
  %3: f32[1, 4] = broadcast %0 to [1, 4]
  %4: f32[4, 1] = broadcast %1 to [4, 1]
  %5: f32 = const f32 0.0
  %6: f32[1, 1] = broadcast %5 to [1, 1]
  %7: f32[1, 1] = dot %3, %4, %6
  %8: *f32[1, 1] = broadcast %2 to [1, 1]
  store %8, %7
}
"
        );
    }

    /// Inside a loop and an `if`, with the factors defined outside them; values of the
    /// nested blocks are renumbered too. The sum then accumulates into the variable's value
    /// (the second rewrite).
    #[test]
    fn sums_in_nested_blocks_are_combined() {
        let mut k = parse(
            "kernel @n(x: f32 = %0, c: bool = %1) {
  var $0: f32[4, 3]
  %2: f32[4, 2] = broadcast %0 to [4, 2]
  %3: f32[2, 3] = broadcast %0 to [2, 3]
  %4: f32[4, 3] = broadcast %0 to [4, 3]
  var_init $0, %4
  %5: i32 = const i32 0
  %6: i32 = const i32 2
  %7: i32 = const i32 1
  for %8: i32 in %5..%6 step %7 {
    if %1 {
      %9: f32[4, 2, 1] = expand_dims %2 axis 2
      %10: f32[4, 2, 3] = broadcast %9 to [4, 2, 3]
      %11: f32[4, 2, 3] = broadcast %3 to [4, 2, 3]
      %12: f32[4, 2, 3] = mul %10, %11
      %13: f32[4, 3] = reduce sum %12 axis 1
      %14: f32[4, 3] = var_load $0
      %15: f32[4, 3] = add %13, %14
      var_store $0, %15
    }
  }
}
",
        );
        assert_eq!(combine(&mut k), 2);
        crate::verify::verify(&k).unwrap();
        assert_eq!(
            print_kernel(&k),
            "kernel @n(x: f32 = %0, c: bool = %1) {
  var $0: f32[4, 3]
  %2: f32[4, 2] = broadcast %0 to [4, 2]
  %3: f32[2, 3] = broadcast %0 to [2, 3]
  %4: f32[4, 3] = broadcast %0 to [4, 3]
  var_init $0, %4
  %5: i32 = const i32 0
  %6: i32 = const i32 2
  %7: i32 = const i32 1
  for %8: i32 in %5..%6 step %7 {
    if %1 {
      %9: f32[4, 3] = var_load $0
      %10: f32[4, 3] = dot %2, %3, %9
      var_store $0, %10
    }
  }
}
"
        );
    }

    /// `specialize` runs the pass: the [BM, BK, BN] product of symbolic shapes is gone
    /// before the tile-size check.
    #[test]
    fn specialization_combines() {
        let k = parse_kernel(
            "kernel @g<BM: u64, BK: u64, BN: u64>(x: f32 = %0) {
  %1: f32[BM, BK] = broadcast %0 to [BM, BK]
  %2: f32[BK, BN] = broadcast %0 to [BK, BN]
  %3: f32[BM, BK, 1] = expand_dims %1 axis 2
  %4: f32[BM, BK, BN] = broadcast %3 to [BM, BK, BN]
  %5: f32[BM, BK, BN] = broadcast %2 to [BM, BK, BN]
  %6: f32[BM, BK, BN] = mul %4, %5
  %7: f32[BM, BN] = reduce sum %6 axis 1
}
",
        )
        .unwrap();
        // 2^21 elements in the product: more than any tile may hold.
        let s = crate::specialize::specialize(&k, &[128, 128, 128]).unwrap();
        let (n, _) = crate::specialize::largest_tile(&s).unwrap();
        assert_eq!(n, 128 * 128);
        assert!(print_kernel(&s).contains("dot %1, %2"));
    }

    /// `x + dot(a, b, 0)` as flash attention writes it (`acc * alpha + dot(p, v)`): one
    /// `dot` into `x` in the rewrite, storing the same values (integer-valued data), in
    /// either order of the sum; not when the `dot` has another use, starts from a value
    /// that is not zero, or is outside the block of the sum (it would move into a loop).
    fn dot_add(edit: &dyn Fn(&str) -> String) -> String {
        edit(
            "kernel @da(out: *f32 = %0) {
  %1: i32[4] = arange 4
  %2: i32[2, 2] = reshape %1 to [2, 2]
  %3: f16[2, 2] = cast %2 to f16
  %4: f32 = const f32 0.0
  %5: f32[2, 2] = broadcast %4 to [2, 2]
  %6: f32[2, 2] = dot %3, %3, %5
  %7: f32[2, 2] = cast %2 to f32
  %8: f32[2, 2] = add %7, %6
  %9: *f32[2, 2] = broadcast %0 to [2, 2]
  %10: *f32[2, 2] = ptr_add %9, %2
  store %10, %8
}
",
        )
    }

    #[test]
    fn a_sum_of_a_tile_and_a_dot_from_zero_becomes_one_dot() {
        let out = |k: &Kernel| {
            let mut o = vec![0u8; 16];
            run(k, Grid::x(1), &[InterpArg::Buffer(0)], &mut [&mut o]).unwrap();
            o
        };
        for text in [
            dot_add(SAME),
            dot_add(&|t| t.replace("add %7, %6", "add %6, %7")),
        ] {
            let before = parse(&text);
            let mut k = before.clone();
            assert_eq!(combine(&mut k), 1, "{text}");
            crate::verify::verify(&k).unwrap();
            let printed = print_kernel(&k);
            assert!(printed.contains("= dot %3, %3, %"), "{printed}");
            assert!(!printed.contains(" add "), "{printed}");
            assert_eq!(out(&k), out(&before));
            // [[0, 1], [2, 3]]^2 + [[0, 1], [2, 3]] = [[2, 4], [8, 14]].
            let vals: Vec<f32> = out(&k)
                .chunks(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            assert_eq!(vals, [2.0, 4.0, 8.0, 14.0]);
        }
        for (why, text) in [
            (
                "another use",
                dot_add(&|t| {
                    t.replace(
                        "  store %10, %8
",
                        "  store %10, %8
  store %10, %6
",
                    )
                }),
            ),
            (
                "a nonzero start",
                dot_add(&|t| t.replace("const f32 0.0", "const f32 1.0")),
            ),
            (
                "-0",
                dot_add(&|t| t.replace("const f32 0.0", "const f32 -0.0")),
            ),
        ] {
            let mut k = parse(&text);
            assert_eq!(combine(&mut k), 0, "{why}");
        }
        // The `dot` before a loop, the sum in it.
        let looped = "kernel @dl(out: *f32 = %0, n: i32 = %1) {
  %2: i32[4] = arange 4
  %3: i32[2, 2] = reshape %2 to [2, 2]
  %4: f16[2, 2] = cast %3 to f16
  %5: f32 = const f32 0.0
  %6: f32[2, 2] = broadcast %5 to [2, 2]
  %7: f32[2, 2] = dot %4, %4, %6
  %8: i32 = const i32 0
  %9: i32 = const i32 1
  for %10: i32 in %8..%1 step %9 {
    %11: f32[2, 2] = cast %3 to f32
    %12: f32[2, 2] = add %11, %7
    %13: *f32[2, 2] = broadcast %0 to [2, 2]
    %14: *f32[2, 2] = ptr_add %13, %3
    store %14, %12
  }
}
";
        let mut k = parse(looped);
        assert_eq!(combine(&mut k), 0, "moved into a loop");
    }
}
