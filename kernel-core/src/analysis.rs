//! Backend-neutral facts about a kernel that every GPU code generator needs: a walk over all
//! instructions, and which buffer parameter each pointer value points into.
//!
//! They live here, beside the IR, so that the CUDA and WGSL code generators compute them
//! the same way instead of each keeping a copy.

use crate::ir::{Block, Elem, Inst, Kernel, Op, ValueId};

/// Calls `f` on every instruction, nested blocks included, in program order.
pub fn walk<'a>(block: &'a Block, f: &mut impl FnMut(&'a Inst)) {
    for inst in block {
        f(inst);
        for b in inst.op.blocks() {
            walk(b, f);
        }
    }
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
    use crate::text::{op_mnemonic, parse_kernel};

    fn origins(src: &str) -> Result<Vec<Option<u32>>, &'static str> {
        let k = parse_kernel(src).expect("parses");
        pointer_origins(&k).map_err(|i| op_mnemonic(&i.op))
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
        walk(&k.body, &mut |inst| seen.push(op_mnemonic(&inst.op)));
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
}
