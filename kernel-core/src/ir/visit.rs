//! Rewrites of value ids shared by the passes that change a kernel's values: applying a
//! map to every id of a block, and renumbering a kernel's values densely.

use super::{Block, Kernel, Op, ValueId, VarId};

/// Renumbers the values that are still defined to `0..n` in program order (parameters,
/// then results and `for` indices as the printed text shows them), dropping the types of
/// removed ones: the rewritten kernel reads as if the front end had written it.
pub(crate) fn compact(k: &mut Kernel) {
    let mut order: Vec<ValueId> = k.params.iter().map(|p| p.value).collect();
    crate::analysis::walk(&k.body, &mut |inst| {
        order.extend(inst.op.extra_defs());
        order.extend(inst.result);
    });
    let mut map = vec![ValueId(u32::MAX); k.values.len()];
    let mut values = Vec::with_capacity(order.len());
    for v in order {
        if let (Some(m), Some(t)) = (map.get_mut(v.index()), k.values.get(v.index())) {
            *m = ValueId(values.len() as u32);
            values.push(t.clone());
        }
    }
    k.values = values;
    for p in &mut k.params {
        p.value = map[p.value.index()];
    }
    let f = |v: &mut ValueId| *v = map[v.index()];
    for_each_value(&mut k.body, &f);
}

/// Applies `f` to every value id in a block: results, operands, `for` indices and `while`
/// conditions, nested blocks included.
pub(crate) fn for_each_value(block: &mut Block, f: &impl Fn(&mut ValueId)) {
    for inst in block {
        if let Some(r) = &mut inst.result {
            f(r);
        }
        match &mut inst.op {
            Op::ProgramId { .. }
            | Op::NumPrograms { .. }
            | Op::Const { .. }
            | Op::ConstParam { .. }
            | Op::Arange { .. }
            | Op::VarLoad { .. }
            | Op::StaticAssert { .. }
            | Op::Barrier
            | Op::Checked
            | Op::Return => {}
            Op::Broadcast { value, .. }
            | Op::ExpandDims { value, .. }
            | Op::Reshape { value, .. }
            | Op::Permute { value, .. }
            | Op::Sort { value, .. }
            | Op::Hint { value, .. }
            | Op::Unary { value, .. }
            | Op::Cast { value, .. }
            | Op::Bitcast { value, .. }
            | Op::Reduce { value, .. }
            | Op::ArgReduce { value, .. }
            | Op::Scan { value, .. }
            | Op::VarInit { init: value, .. }
            | Op::VarStore { value, .. }
            | Op::Assert { cond: value, .. } => f(value),
            Op::Histogram { value, mask, .. } => {
                f(value);
                if let Some(m) = mask {
                    f(m);
                }
            }
            Op::Binary { lhs, rhs, .. }
            | Op::Cmp { lhs, rhs, .. }
            | Op::Gather {
                src: lhs,
                index: rhs,
                ..
            } => {
                f(lhs);
                f(rhs);
            }
            Op::Fma { a, b, c } | Op::Dot { a, b, acc: c, .. } => {
                f(a);
                f(b);
                f(c);
            }
            Op::Select {
                cond,
                on_true,
                on_false,
            } => {
                f(cond);
                f(on_true);
                f(on_false);
            }
            Op::PtrAdd { ptr, offset } => {
                f(ptr);
                f(offset);
            }
            Op::Load {
                ptr, mask, other, ..
            } => {
                f(ptr);
                mask.iter_mut().for_each(f);
                other.iter_mut().for_each(f);
            }
            Op::Store {
                ptr, value, mask, ..
            }
            | Op::Atomic {
                ptr, value, mask, ..
            } => {
                f(ptr);
                f(value);
                mask.iter_mut().for_each(f);
            }
            Op::AtomicCas {
                ptr,
                cmp,
                value,
                mask,
                ..
            } => {
                f(ptr);
                f(cmp);
                f(value);
                mask.iter_mut().for_each(f);
            }
            Op::Rand { seed, offset, .. } => {
                f(seed);
                f(offset);
            }
            Op::For {
                index,
                start,
                end,
                step,
                body,
                ..
            } => {
                f(index);
                f(start);
                f(end);
                f(step);
                for_each_value(body, f);
            }
            Op::While {
                cond_block,
                cond,
                body,
            } => {
                f(cond);
                for_each_value(cond_block, f);
                for_each_value(body, f);
            }
            Op::If {
                cond,
                then_block,
                else_block,
            } => {
                f(cond);
                for_each_value(then_block, f);
                for_each_value(else_block, f);
            }
            Op::Fold {
                values,
                params,
                body,
                yields,
                results,
                ..
            } => {
                values.iter_mut().for_each(f);
                params.iter_mut().for_each(f);
                for_each_value(body, f);
                yields.iter_mut().for_each(f);
                results.iter_mut().for_each(f);
            }
            Op::Print { values, .. } => values.iter_mut().for_each(f),
            Op::Call { args, results, .. } => {
                args.iter_mut().for_each(f);
                results.iter_mut().for_each(f);
            }
        }
    }
}

/// Applies `f` to every variable id in a block, nested blocks included.
pub(crate) fn for_each_var(block: &mut Block, f: &mut impl FnMut(&mut VarId)) {
    for inst in block {
        match &mut inst.op {
            Op::VarInit { var, .. } | Op::VarStore { var, .. } | Op::VarLoad { var } => f(var),
            op => {
                for b in op.blocks_mut() {
                    for_each_var(b, f);
                }
            }
        }
    }
}

/// Renumbers the variables that are still used to `0..n` in order of first use, dropping
/// the types of the others.
pub(crate) fn compact_vars(k: &mut Kernel) {
    let mut order: Vec<VarId> = Vec::new();
    let mut seen = vec![false; k.vars.len()];
    for_each_var(&mut k.body, &mut |v: &mut VarId| {
        if let Some(s) = seen.get_mut(v.index())
            && !*s
        {
            *s = true;
            order.push(*v);
        }
    });
    let mut map = vec![VarId(u32::MAX); k.vars.len()];
    let mut vars = Vec::with_capacity(order.len());
    for v in order {
        map[v.index()] = VarId(vars.len() as u32);
        vars.push(k.vars[v.index()].clone());
    }
    k.vars = vars;
    for_each_var(&mut k.body, &mut |v: &mut VarId| {
        if let Some(m) = map.get(v.index()) {
            *v = *m;
        }
    });
}
