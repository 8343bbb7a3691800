//! Inlining of device functions, the first step of [`crate::specialize::specialize`].
//!
//! The macro lowers each `#[kernel_fn]` instance once into [`Kernel::functions`] and calls it
//! with [`Op::Call`], so the IR text shows the functions and a function called from several
//! places is written once. Backends and the interpreter see none of that: specialization
//! replaces every call by a copy of the function's body, its parameters renamed to the
//! arguments, every value and variable it defines given a fresh id (a function called twice
//! gets two sets), and the call's results renamed to the values the copy returns. A function
//! calls only the functions before it, so inlining them in order leaves every body free of
//! calls before it is copied.

use std::collections::HashMap;

use crate::ir::visit::{compact, compact_vars, for_each_value, for_each_var};
use crate::ir::{Block, Function, Kernel, Op, Type, ValueId, VarId};

/// Replaces every call in `k` by the body of its function (see the [module docs](self));
/// `k.functions` is then empty and the values and variables are renumbered densely. Fails
/// on a call of a function that does not exist or that is not before its caller, with
/// arguments or results that do not match the function, or on a `return` inside a function.
pub(crate) fn inline_calls(k: &mut Kernel) -> Result<(), String> {
    if k.functions.is_empty() {
        return Ok(());
    }
    let functions = std::mem::take(&mut k.functions);
    let mut st = State {
        values: std::mem::take(&mut k.values),
        vars: std::mem::take(&mut k.vars),
        aliases: HashMap::new(),
    };
    let mut flat: Vec<Function> = Vec::with_capacity(functions.len());
    for f in functions {
        let mut body = st.block(f.body, &flat, &f.name)?;
        if has_return(&body) {
            return Err(format!(
                "device function `{}` contains a `return` (it would end the program)",
                f.name
            ));
        }
        st.apply_aliases(&mut body);
        let results = f.results.iter().map(|r| st.resolve(*r)).collect();
        flat.push(Function { body, results, ..f });
    }
    let mut body = st.block(std::mem::take(&mut k.body), &flat, &k.name)?;
    st.apply_aliases(&mut body);
    k.body = body;
    k.values = st.values;
    k.vars = st.vars;
    compact(k);
    compact_vars(k);
    Ok(())
}

/// The tables that grow as copies are made, and the call results renamed so far.
struct State {
    values: Vec<Type>,
    vars: Vec<Type>,
    /// A call's result -> the value its copy returns.
    aliases: HashMap<ValueId, ValueId>,
}

impl State {
    /// `v`, or what it was renamed to.
    fn resolve(&self, v: ValueId) -> ValueId {
        let mut v = v;
        while let Some(&to) = self.aliases.get(&v) {
            v = to;
        }
        v
    }

    /// Renames the uses of call results in `block` (nested blocks included).
    fn apply_aliases(&self, block: &mut Block) {
        if self.aliases.is_empty() {
            return;
        }
        for_each_value(block, &|v: &mut ValueId| *v = self.resolve(*v));
    }

    /// `block` with every call replaced by a copy of its function's body (`funcs` are
    /// call-free). `owner` names the kernel or function for errors.
    fn block(&mut self, block: Block, funcs: &[Function], owner: &str) -> Result<Block, String> {
        let mut out = Vec::with_capacity(block.len());
        for mut inst in block {
            if let Op::Call {
                func,
                args,
                results,
            } = &inst.op
            {
                let f = funcs.get(*func as usize).ok_or_else(|| {
                    format!(
                        "`{owner}` calls function #{func}, which is not defined before it (device functions cannot be recursive)"
                    )
                })?;
                if args.len() != f.params.len() || results.len() != f.results.len() {
                    return Err(format!(
                        "`{owner}` calls `{}` with {} argument(s) and {} result(s); it takes {} and returns {}",
                        f.name,
                        args.len(),
                        results.len(),
                        f.params.len(),
                        f.results.len()
                    ));
                }
                let (copy, returned) = self.copy(f, args);
                for (r, x) in results.iter().zip(returned) {
                    let x = self.resolve(x);
                    self.aliases.insert(*r, x);
                }
                // The copy keeps its own locations; a body without one gets the call's.
                out.extend(copy.into_iter().map(|mut i| {
                    i.loc = i.loc.or(inst.loc);
                    i
                }));
                continue;
            }
            for b in inst.op.blocks_mut() {
                *b = self.block(std::mem::take(b), funcs, owner)?;
            }
            out.push(inst);
        }
        Ok(out)
    }

    /// A copy of `f`'s body with its parameters renamed to `args` and fresh ids for what it
    /// defines; returns it and the ids of the copy's results.
    fn copy(&mut self, f: &Function, args: &[ValueId]) -> (Block, Vec<ValueId>) {
        let mut map: HashMap<ValueId, ValueId> =
            f.params.iter().copied().zip(args.iter().copied()).collect();
        let mut defs = Vec::new();
        crate::analysis::walk(&f.body, &mut |inst| {
            defs.extend(inst.result);
            defs.extend(inst.op.extra_defs());
        });
        for d in defs {
            let t = self
                .values
                .get(d.index())
                .cloned()
                .unwrap_or_else(|| Type::scalar(crate::dtype::DType::Bool));
            self.values.push(t);
            map.insert(d, ValueId(self.values.len() as u32 - 1));
        }
        let mut var_map: HashMap<VarId, VarId> = HashMap::new();
        let mut body = f.body.clone();
        for_each_var(&mut body, &mut |v: &mut VarId| {
            let new = *var_map.entry(*v).or_insert_with(|| {
                let t = self
                    .vars
                    .get(v.index())
                    .cloned()
                    .unwrap_or_else(|| Type::scalar(crate::dtype::DType::Bool));
                self.vars.push(t);
                VarId(self.vars.len() as u32 - 1)
            });
            *v = new;
        });
        for_each_value(&mut body, &|v: &mut ValueId| {
            if let Some(n) = map.get(v) {
                *v = *n;
            }
        });
        let results = f.results.iter().map(|r| *map.get(r).unwrap_or(r)).collect();
        (body, results)
    }
}

/// Whether a block (nested blocks included) holds a `return`.
fn has_return(block: &Block) -> bool {
    let mut found = false;
    crate::analysis::walk(block, &mut |inst| found |= matches!(inst.op, Op::Return));
    found
}
