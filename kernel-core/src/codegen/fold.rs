//! The combine step of a fold ([`crate::ir::Op::Fold`]) for backends that emit the body
//! inline as scalar code on named registers (CUDA C and WGSL): which name each value
//! has, the walk over the body and its refusals. A backend gives the expression of each op
//! and spells the declarations.
//!
//! The running values are named `fa<j>` and the next elements `fb<j>`; a body value `%r`
//! is `fv<r>`. After the body, each yield goes to a temporary `fy<j>` before the `fa<j>` are
//! overwritten, since a yield may be a parameter.

use std::collections::HashMap;

use crate::ir::{FoldRef, Op, ValueId};

/// One combine step, named: the body's values in order, then the yields.
pub struct CombineStep {
    /// Each body value, its name and its expression (from the backend's `expr`).
    pub lets: Vec<(ValueId, String, String)>,
    /// Each yield and the name it is read from (`fy<j>` takes it).
    pub yields: Vec<(ValueId, String)>,
}

/// Names the combine step of `f`, asking `expr` for the expression of each body op given
/// its operands' names (a constant has none). Fails, with the reason, on a body op that
/// does not compute on scalars or reads a value of the kernel.
pub fn combine_step(
    f: &FoldRef<'_>,
    mut expr: impl FnMut(&Op, &[String]) -> Result<String, String>,
) -> Result<CombineStep, String> {
    let n = f.values.len();
    let mut names: HashMap<ValueId, String> = HashMap::new();
    for (j, (a, b)) in f.params[..n].iter().zip(&f.params[n..]).enumerate() {
        names.insert(*a, format!("fa{j}"));
        names.insert(*b, format!("fb{j}"));
    }
    let mut lets = Vec::new();
    for inst in f.body {
        let Some(r) = inst.result else {
            return Err("a combine body op without a result".into());
        };
        if !(inst.op.is_elementwise() || matches!(inst.op, Op::Const { .. })) {
            return Err(format!("`{}` in a combine body", inst.op.name()));
        }
        let args = inst
            .op
            .operands()
            .iter()
            .map(|v| names.get(v).cloned())
            .collect::<Option<Vec<String>>>()
            .ok_or("a combine body reading a value of the kernel")?;
        let e = expr(&inst.op, &args)?;
        let name = format!("fv{}", r.0);
        names.insert(r, name.clone());
        lets.push((r, name, e));
    }
    let yields = f
        .yields
        .iter()
        .map(|y| {
            names
                .get(y)
                .map(|x| (*y, x.clone()))
                .ok_or("a combine yielding a value of the kernel")
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(CombineStep { lets, yields })
}
