//! Backend-neutral facts about a kernel that every GPU code generator needs: a walk over all
//! instructions, which buffer parameter each pointer value points into, and which values'
//! NaNs must keep their bits.
//!
//! They live here, beside the IR, so that the CUDA and WGSL code generators compute them
//! the same way instead of each keeping a copy.

use crate::ir::{BinaryOp, Block, ConstValue, Elem, Inst, Kernel, Op, ReduceOp, UnaryOp, ValueId};

/// Calls `f` on every instruction, nested blocks included, in program order.
pub fn walk<'a>(block: &'a Block, f: &mut impl FnMut(&'a Inst)) {
    for inst in block {
        f(inst);
        for b in inst.op.blocks() {
            walk(b, f);
        }
    }
}

/// The instruction defining each value (`None` for parameters and ids no instruction
/// defines), nested blocks included.
pub fn defs(k: &Kernel) -> Vec<Option<&Inst>> {
    let mut d = vec![None; k.values.len()];
    walk(&k.body, &mut |inst| {
        if let Some(r) = inst.result
            && let Some(slot) = d.get_mut(r.index())
        {
            *slot = Some(inst);
        }
    });
    d
}

/// How many times each value is read: by an op's operands, a `while`'s condition and a
/// `fold`'s yields.
pub fn use_counts(k: &Kernel) -> Vec<u32> {
    let mut uses = vec![0u32; k.values.len()];
    walk(&k.body, &mut |inst| {
        let mut ops = inst.op.operands();
        ops.extend(inst.op.values_read_by_body_end());
        for v in ops {
            if let Some(u) = uses.get_mut(v.index()) {
                *u += 1;
            }
        }
    });
    uses
}

/// Why a backend refuses the instruction [`pointer_origins`] fails on (the backends' error
/// message for it).
pub const MIXED_ORIGINS: &str = "a pointer that may point into more than one buffer (a select \
     or variable mixing two buffer parameters)";

/// For every value, the index of the pointer parameter it points into (`None` for
/// non-pointers and for pointers of no known origin).
///
/// Origins flow through `broadcast`, `expand_dims`, `reshape`, `permute`, `ptr_add`,
/// `select` and variables, to a fixpoint (a variable's origin can come from a store later in
/// a loop). Backends bind each buffer separately, so a pointer that may point into two
/// buffers (a `select` or variable mixing two parameters) cannot be lowered: the error is
/// the instruction where the two origins meet.
pub fn pointer_origins(k: &Kernel) -> Result<Vec<Option<u32>>, &Inst> {
    let mut origin: Vec<Option<u32>> = vec![None; k.values.len()];
    let mut var_origin: Vec<Option<u32>> = vec![None; k.vars.len()];
    for (i, p) in k.params.iter().enumerate() {
        if matches!(p.ty.elem, Elem::Ptr(_)) {
            origin[p.value.index()] = Some(i as u32);
        }
    }
    let is_ptr = |v: ValueId| matches!(k.values[v.index()].elem, Elem::Ptr(_));
    loop {
        let mut changed = false;
        let mut conflict: Option<&Inst> = None;
        walk(&k.body, &mut |inst| {
            let Some(r) = inst.result else {
                if let Op::VarInit { var, init: value } | Op::VarStore { var, value } = &inst.op
                    && is_ptr(*value)
                {
                    match merge(var_origin[var.index()], origin[value.index()]) {
                        Ok(o) if o != var_origin[var.index()] => {
                            var_origin[var.index()] = o;
                            changed = true;
                        }
                        Ok(_) => {}
                        Err(()) => conflict = Some(inst),
                    }
                }
                return;
            };
            if !is_ptr(r) {
                return;
            }
            let o = match &inst.op {
                Op::Broadcast { value, .. }
                | Op::ExpandDims { value, .. }
                | Op::Reshape { value, .. }
                | Op::Permute { value, .. } => Ok(origin[value.index()]),
                Op::PtrAdd { ptr, .. } => Ok(origin[ptr.index()]),
                Op::Select {
                    on_true, on_false, ..
                } => merge(origin[on_true.index()], origin[on_false.index()]),
                Op::VarLoad { var } => Ok(var_origin[var.index()]),
                _ => Ok(None),
            };
            match o {
                Ok(o) => {
                    if o.is_some() && o != origin[r.index()] {
                        origin[r.index()] = o;
                        changed = true;
                    }
                }
                Err(()) => conflict = Some(inst),
            }
        });
        if let Some(inst) = conflict {
            return Err(inst);
        }
        if !changed {
            return Ok(origin);
        }
    }
}

/// For every value: whether a NaN in it must keep its exact bits (sign and payload) for the
/// kernel to compute what the interpreter computes.
///
/// The IR's semantics (module docs of [`crate::ir`]) keep a NaN's bits through data movement
/// (loads, stores, casts between float formats, `select`, shape ops, variables) and leave
/// them unspecified after arithmetic. A backend whose fast conversions lose payloads (CUDA's
/// `cvt` between f16 and f32 gives the canonical NaN) therefore needs its exact, slower
/// conversion only for a value that is both
/// - **specified**: its NaN bits are defined, because it comes, through data movement only,
///   from memory (a load or an atomic's old value), a parameter, a NaN literal or a
///   bitcast; and
/// - **observed**: its bits can be seen, because it reaches, through data movement only, a
///   store, an atomic's operand, a bitcast or a print.
///
/// Everything else may convert with the fast instruction: layer norm's `load(x) as f32`
/// only feeds sums and products, and the f16 it stores comes from arithmetic, so neither end
/// needs a NaN test. Data movement here is conservative: `neg`, `abs`, float `min`/`max`
/// and max/min reductions and scans count as moving a NaN (they may pass one through
/// unchanged on some backend), loads pass on their `other` operand, and a `fold` moves its
/// operands into its body's parameters and its yields into its results. Both facts flow through
/// variables to a fixpoint, so a loop-carried value is classified by all its definitions.
pub fn exact_nans(k: &Kernel) -> Vec<bool> {
    let n = k.values.len();
    let mut spec = vec![false; n];
    let mut obs = vec![false; n];
    let mut var_spec = vec![false; k.vars.len()];
    let mut var_obs = vec![false; k.vars.len()];
    for p in &k.params {
        spec[p.value.index()] = true;
    }
    // Raises flag `i` (of a value or a variable), noting the change.
    fn set(flags: &mut [bool], i: usize, changed: &mut bool) {
        if !flags[i] {
            flags[i] = true;
            *changed = true;
        }
    }
    loop {
        let mut changed = false;
        walk(&k.body, &mut |inst| {
            let op = &inst.op;
            // Observation sinks.
            let sinks: Vec<ValueId> = match op {
                Op::Store { value, .. } | Op::Atomic { value, .. } => vec![*value],
                Op::AtomicCas { cmp, value, .. } => vec![*cmp, *value],
                Op::Bitcast { value, .. } => vec![*value],
                Op::Print { values, .. } => values.clone(),
                _ => vec![],
            };
            for v in sinks {
                set(&mut obs, v.index(), &mut changed);
            }
            match op {
                Op::VarInit { var, init: value } | Op::VarStore { var, value } => {
                    if spec[value.index()] {
                        set(&mut var_spec, var.index(), &mut changed);
                    }
                    if var_obs[var.index()] {
                        set(&mut obs, value.index(), &mut changed);
                    }
                }
                _ => {}
            }
            if let Op::Fold {
                values,
                params,
                yields,
                results,
                ..
            } = op
            {
                // Operand `i` moves into parameters `i` and `n + i`; yield `i` moves into
                // result `i` and, for the next element, into parameter `i`.
                let n = values.len();
                let mut flows = Vec::new();
                for (i, &v) in values.iter().enumerate() {
                    let (Some(&a), Some(&b)) = (params.get(i), params.get(n + i)) else {
                        break;
                    };
                    flows.push((v, a));
                    flows.push((v, b));
                    if let (Some(&y), Some(&r)) = (yields.get(i), results.get(i)) {
                        flows.push((y, r));
                        flows.push((y, a));
                    }
                }
                for (from, to) in flows {
                    if spec[from.index()] {
                        set(&mut spec, to.index(), &mut changed);
                    }
                    if obs[to.index()] {
                        set(&mut obs, from.index(), &mut changed);
                    }
                }
            }
            let Some(r) = inst.result else { return };
            // Sources of defined NaN bits (a literal only if it is a NaN: layer norm's
            // `select(mask, x - mu, 0.0)` moves no NaN of its own).
            let source = match op {
                Op::Load { .. } | Op::Atomic { .. } | Op::AtomicCas { .. } | Op::Bitcast { .. } => {
                    true
                }
                Op::Const { value, .. } => matches!(value, ConstValue::Float(f) if f.is_nan()),
                _ => false,
            };
            if source {
                set(&mut spec, r.index(), &mut changed);
            }
            if let Op::VarLoad { var } = op {
                if var_spec[var.index()] {
                    set(&mut spec, r.index(), &mut changed);
                }
                if obs[r.index()] {
                    set(&mut var_obs, var.index(), &mut changed);
                }
                return;
            }
            // Data movement: the result's bits are one of these operands' bits.
            let moved: Vec<ValueId> = match op {
                Op::Broadcast { value, .. }
                | Op::ExpandDims { value, .. }
                | Op::Reshape { value, .. }
                | Op::Permute { value, .. }
                | Op::Gather { src: value, .. }
                | Op::Sort { value, .. } => vec![*value],
                Op::Select {
                    on_true, on_false, ..
                } => vec![*on_true, *on_false],
                Op::Cast { value, to } if to.is_float() => vec![*value],
                Op::Unary {
                    op: UnaryOp::Neg | UnaryOp::Abs,
                    value,
                } => vec![*value],
                Op::Binary {
                    op: BinaryOp::Min | BinaryOp::Max,
                    lhs,
                    rhs,
                } => vec![*lhs, *rhs],
                Op::Reduce {
                    op: ReduceOp::Max | ReduceOp::Min,
                    value,
                    ..
                }
                | Op::Scan {
                    op: ReduceOp::Max | ReduceOp::Min,
                    value,
                    ..
                } => vec![*value],
                Op::Load { other, .. } => other.iter().copied().collect(),
                _ => vec![],
            };
            for v in moved {
                if spec[v.index()] {
                    set(&mut spec, r.index(), &mut changed);
                }
                if obs[r.index()] {
                    set(&mut obs, v.index(), &mut changed);
                }
            }
        });
        if !changed {
            return (0..n).map(|i| spec[i] && obs[i]).collect();
        }
    }
}

/// Joins two origins: equal or one unknown is fine, two different buffers are not.
fn merge(a: Option<u32>, b: Option<u32>) -> Result<Option<u32>, ()> {
    match (a, b) {
        (Some(x), Some(y)) if x != y => Err(()),
        (Some(x), _) | (_, Some(x)) => Ok(Some(x)),
        (None, None) => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::parse_kernel;

    fn origins(src: &str) -> Result<Vec<Option<u32>>, &'static str> {
        let k = parse_kernel(src).expect("parses");
        pointer_origins(&k).map_err(|i| i.op.name())
    }

    #[test]
    fn merge_rules() {
        assert_eq!(merge(Some(1), None), Ok(Some(1)));
        assert_eq!(merge(None, Some(2)), Ok(Some(2)));
        assert_eq!(merge(Some(3), Some(3)), Ok(Some(3)));
        assert_eq!(merge(None, None), Ok(None));
        assert_eq!(merge(Some(0), Some(1)), Err(()));
    }

    #[test]
    fn walk_visits_nested_blocks_in_program_order() {
        let k = parse_kernel(
            "kernel @w(n: i32 = %0) {
  %1: i32 = const i32 0
  %2: i32 = const i32 1
  for %3: i32 in %1..%0 step %2 {
    %4: i32 = add %3, %2
  }
  %5: i32 = add %1, %2
}",
        )
        .expect("parses");
        let mut seen = Vec::new();
        walk(&k.body, &mut |inst| seen.push(inst.op.name()));
        assert_eq!(seen, ["const", "const", "for", "add", "add"]);
    }

    #[test]
    fn origins_flow_through_tiles_selects_and_variables() {
        let o = origins(
            "kernel @o(x: *f32 = %0, y: *f32 = %1, c: bool = %2) {
  var $0: *f32
  %3: i32[4] = arange 4
  %4: *f32[4] = broadcast %1 to [4]
  %5: *f32[4] = ptr_add %4, %3
  %6: *f32 = select %2, %1, %1
  var_init $0, %6
  %7: *f32 = var_load $0
  %8: i32 = const i32 1
  %9: *f32 = ptr_add %7, %8
}",
        )
        .expect("one origin each");
        assert_eq!(o[0], Some(0));
        assert_eq!(o[1], Some(1));
        assert_eq!(o[3], None, "not a pointer");
        assert_eq!(
            (o[4], o[5], o[6], o[7], o[9]),
            (Some(1), Some(1), Some(1), Some(1), Some(1))
        );
    }

    #[test]
    fn a_pointer_into_two_buffers_is_reported_where_they_meet() {
        assert_eq!(
            origins(
                "kernel @s(x: *f32 = %0, y: *f32 = %1, c: bool = %2) {
  %3: *f32 = select %2, %0, %1
}"
            ),
            Err("select")
        );
        assert_eq!(
            origins(
                "kernel @v(x: *f32 = %0, y: *f32 = %1) {
  var $0: *f32
  var_init $0, %0
  var_store $0, %1
}"
            ),
            Err("var_store")
        );
    }

    fn exact(src: &str) -> Vec<bool> {
        exact_nans(&parse_kernel(src).expect("parses"))
    }

    #[test]
    fn only_nans_moved_from_memory_to_memory_keep_their_bits() {
        // A copy through a cast and a select keeps NaN bits; arithmetic on the way makes
        // them unspecified at both ends (layer norm's `load(x) as f32` feeding sums, and the
        // sum's f16 stored).
        let e = exact(
            "kernel @n(x: *f16 = %0, y: *f32 = %1, z: *f16 = %2, c: bool = %3) {
  %4: i32[8] = arange 8
  %5: *f16[8] = broadcast %0 to [8]
  %6: *f16[8] = ptr_add %5, %4
  %7: f16[8] = load %6
  %8: f32[8] = cast %7 to f32
  %9: f32[8] = add %8, %8
  %10: f32[8] = select %3, %8, %9
  %11: *f32[8] = broadcast %1 to [8]
  %12: *f32[8] = ptr_add %11, %4
  store %12, %10
  %13: f16[8] = load %6
  %14: f32[8] = cast %13 to f32
  %15: f32[8] = mul %14, %14
  %16: f16[8] = cast %15 to f16
  %17: *f16[8] = broadcast %2 to [8]
  %18: *f16[8] = ptr_add %17, %4
  store %18, %16
}",
        );
        assert!(
            e[7] && e[8] && e[10],
            "load -> cast -> select -> store is a copy"
        );
        assert!(!e[9], "a sum's NaN bits are unspecified");
        assert!(!e[13] && !e[14], "only multiplied: never observed");
        assert!(!e[15] && !e[16], "stored, but from arithmetic");
    }

    #[test]
    fn nan_bits_flow_through_variables_and_bitcasts() {
        let e = exact(
            "kernel @v(x: *f16 = %0, y: *u16 = %1, n: i32 = %2) {
  var $0: f16[8]
  %3: i32[8] = arange 8
  %4: *f16[8] = broadcast %0 to [8]
  %5: *f16[8] = ptr_add %4, %3
  %6: f16 = const f16 0
  %7: f16[8] = broadcast %6 to [8]
  var_init $0, %7
  %8: i32 = const i32 0
  %9: i32 = const i32 1
  for %10: i32 in %8..%2 step %9 {
    %11: f16[8] = var_load $0
    %12: f16[8] = load %5
    %13: f16[8] = max %11, %12
    var_store $0, %13
  }
  %14: f16[8] = var_load $0
  %15: u16[8] = bitcast %14 to u16
  %16: *u16[8] = broadcast %1 to [8]
  %17: *u16[8] = ptr_add %16, %3
  store %17, %15
}",
        );
        assert!(
            e[11] && e[12] && e[13] && e[14],
            "a running max's bits are read back"
        );
        let plain = exact(
            "kernel @s(x: *f16 = %0, n: i32 = %1) {
  var $0: f16[8]
  %2: i32[8] = arange 8
  %3: *f16[8] = broadcast %0 to [8]
  %4: *f16[8] = ptr_add %3, %2
  %5: f16[8] = load %4
  var_init $0, %5
  %6: f16[8] = var_load $0
  %7: f16[8] = add %6, %6
}",
        );
        assert!(!plain[5] && !plain[6], "never observed");
    }
}
