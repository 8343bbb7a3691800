//! The printer. See the module docs of [`crate::text`] for the grammar.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use super::{const_value_to_string, dot_precision_name, name_to_string, quote_string};
use crate::ir::{
    AccessHint, AtomicOrder, AtomicScope, Block, CacheOp, Dim, DimOp, Evict, Kernel, Op, Type,
    Unroll, ValueId, VarId,
};

pub(super) fn print_kernel(k: &Kernel) -> String {
    let mut p = Printer {
        k,
        out: String::new(),
    };
    p.kernel();
    p.out
}

struct Printer<'a> {
    k: &'a Kernel,
    out: String,
}

fn v(id: ValueId) -> String {
    format!("%{}", id.0)
}

fn var(id: VarId) -> String {
    format!("${}", id.0)
}

fn dim(d: &Dim) -> String {
    match d {
        Dim::Const(n) => n.to_string(),
        Dim::Sym(s) => name_to_string(s),
        // `%` starts a value id in the text: the remainder is `mod`.
        Dim::Op(op, a, b) => {
            let sym = match op {
                DimOp::Rem => "mod",
                op => op.symbol(),
            };
            format!("({} {sym} {})", dim(a), dim(b))
        }
    }
}

fn shape(s: &[Dim]) -> String {
    let parts: Vec<String> = s.iter().map(dim).collect();
    format!("[{}]", parts.join(", "))
}

/// Like `Type`'s Display, but with names that need it quoted.
fn ty(t: &Type) -> String {
    let mut s = t.elem.to_string();
    if !t.shape.is_empty() {
        s.push_str(&shape(&t.shape));
    }
    s
}

fn mask(m: Option<ValueId>) -> String {
    m.map(|m| format!(" mask {}", v(m))).unwrap_or_default()
}

/// A load's or store's cache operator and eviction priority where they are not the
/// defaults: ` cg evict_last`.
fn access_hint(h: AccessHint) -> String {
    let mut s = String::new();
    if h.cache != CacheOp::Default {
        s.push(' ');
        s.push_str(h.cache.name());
    }
    if h.evict != Evict::Normal {
        s.push(' ');
        s.push_str(h.evict.name());
    }
    s
}

/// An atomic's order and scope where they are not the defaults: ` acquire cta`.
fn order_scope(order: AtomicOrder, scope: AtomicScope) -> String {
    let mut s = String::new();
    if order != AtomicOrder::Auto {
        s.push(' ');
        s.push_str(order.name());
    }
    if scope != AtomicScope::Gpu {
        s.push(' ');
        s.push_str(scope.name());
    }
    s
}

/// Collects every id that an instruction (a result, a `for` index, a `fold`'s results and
/// parameters) defines.
fn collect_defs(block: &Block, defs: &mut HashSet<u32>) {
    for inst in block {
        if let Some(r) = inst.result {
            defs.insert(r.0);
        }
        for d in inst.op.extra_defs() {
            defs.insert(d.0);
        }
        for b in inst.op.blocks() {
            collect_defs(b, defs);
        }
    }
}

impl Printer<'_> {
    fn value_ty(&self, id: ValueId) -> String {
        self.k
            .values
            .get(id.index())
            .map(ty)
            .unwrap_or_else(|| "?".into())
    }

    fn line(&mut self, depth: usize, text: &str) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn kernel(&mut self) {
        let k = self.k;
        let mut head = format!("kernel @{}", name_to_string(&k.name));
        if !k.consts.is_empty() {
            let cs: Vec<String> = k
                .consts
                .iter()
                .map(|c| format!("{}: {}", name_to_string(&c.name), c.dtype))
                .collect();
            let _ = write!(head, "<{}>", cs.join(", "));
        }
        let ps: Vec<String> = k
            .params
            .iter()
            .map(|p| {
                format!(
                    "{}: {} = {}",
                    name_to_string(&p.name),
                    ty(&p.ty),
                    v(p.value)
                )
            })
            .collect();
        let _ = write!(head, "({}) {{", ps.join(", "));
        self.line(0, &head);

        if let Some(f) = &k.file {
            self.line(1, &format!("file {}", quote_string(f)));
        }

        for (i, t) in k.vars.iter().enumerate() {
            self.line(1, &format!("var ${i}: {}", ty(t)));
        }

        // `type` declarations for the values whose type the parser could not otherwise
        // recover: those no instruction defines and no parameter of that type stands for.
        let mut defs = HashSet::new();
        collect_defs(&k.body, &mut defs);
        for f in &k.functions {
            defs.extend(f.params.iter().map(|p| p.0));
            collect_defs(&f.body, &mut defs);
        }
        let mut param_ty: HashMap<u32, &Type> = HashMap::new();
        for p in &k.params {
            param_ty.entry(p.value.0).or_insert(&p.ty);
        }
        for (i, t) in k.values.iter().enumerate() {
            let i = i as u32;
            if !defs.contains(&i) && param_ty.get(&i) != Some(&t) {
                self.line(1, &format!("type %{i}: {}", ty(t)));
            }
        }

        for (i, f) in k.functions.iter().enumerate() {
            let params: Vec<String> = f
                .params
                .iter()
                .map(|&p| format!("{}: {}", v(p), self.value_ty(p)))
                .collect();
            self.line(
                1,
                &format!(
                    "fn {i} @{} |{}| {{",
                    name_to_string(&f.name),
                    params.join(", ")
                ),
            );
            self.block(&f.body, 2);
            let results: Vec<String> = f.results.iter().map(|&r| v(r)).collect();
            self.line(1, format!("}} yield {}", results.join(", ")).trim_end());
        }

        self.block(&k.body, 1);
        self.line(0, "}");
    }

    fn block(&mut self, b: &Block, depth: usize) {
        for inst in b {
            let lhs = match inst.result {
                Some(r) => format!("{}: {} = ", v(r), self.value_ty(r)),
                None => String::new(),
            };
            // The location goes at the end of the instruction: its line, or the line of
            // its closing `}`.
            let loc = inst.loc.map(|l| format!(" @{l}")).unwrap_or_default();
            if let Op::Call {
                func,
                args,
                results,
            } = &inst.op
            {
                let lhs: Vec<String> = results
                    .iter()
                    .map(|&r| format!("{}: {}", v(r), self.value_ty(r)))
                    .collect();
                let lhs = if lhs.is_empty() {
                    String::new()
                } else {
                    format!("{} = ", lhs.join(", "))
                };
                let name = self
                    .k
                    .functions
                    .get(*func as usize)
                    .map_or_else(|| "?".to_string(), |f| name_to_string(&f.name));
                let args: Vec<String> = args.iter().map(|&a| v(a)).collect();
                self.line(
                    depth,
                    &format!("{lhs}call {func} @{name} ({}){loc}", args.join(", ")),
                );
                continue;
            }
            if !matches!(
                inst.op,
                Op::For { .. } | Op::While { .. } | Op::If { .. } | Op::Fold { .. }
            ) {
                let text = self.simple_op(&inst.op);
                self.line(depth, &format!("{lhs}{text}{loc}"));
            } else {
                self.control_op(&lhs, &inst.op, depth, &loc);
            }
        }
    }

    /// An op with nested blocks. Kept apart from [`Printer::simple_op`] so that deep nesting
    /// costs little stack.
    fn control_op(&mut self, lhs: &str, op: &Op, depth: usize, loc: &str) {
        match op {
            Op::For {
                index,
                start,
                end,
                step,
                body,
                unroll,
                stages,
            } => {
                let mut hints = match unroll {
                    Unroll::Auto => String::new(),
                    Unroll::Full => " unroll".to_string(),
                    Unroll::By(n) => format!(" unroll {n}"),
                };
                if let Some(n) = stages {
                    hints.push_str(&format!(" stages {n}"));
                }
                let head = format!(
                    "{lhs}for {}: {} in {}..{} step {}{hints} {{",
                    v(*index),
                    self.value_ty(*index),
                    v(*start),
                    v(*end),
                    v(*step)
                );
                self.line(depth, &head);
                self.block(body, depth + 1);
                self.line(depth, &format!("}}{loc}"));
            }
            Op::While {
                cond_block,
                cond,
                body,
            } => {
                self.line(depth, &format!("{lhs}while {{"));
                self.block(cond_block, depth + 1);
                self.line(depth, &format!("}} cond {} do {{", v(*cond)));
                self.block(body, depth + 1);
                self.line(depth, &format!("}}{loc}"));
            }
            Op::If {
                cond,
                then_block,
                else_block,
            } => {
                self.line(depth, &format!("{lhs}if {} {{", v(*cond)));
                self.block(then_block, depth + 1);
                if !else_block.is_empty() {
                    self.line(depth, "} else {");
                    self.block(else_block, depth + 1);
                }
                self.line(depth, &format!("}}{loc}"));
            }
            Op::Fold {
                kind,
                values,
                axis,
                params,
                body,
                yields,
                results,
            } => {
                let typed = |ids: &[ValueId]| -> String {
                    ids.iter()
                        .map(|&r| format!("{}: {}", v(r), self.value_ty(r)))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let plain = |ids: &[ValueId]| -> String {
                    ids.iter().map(|&r| v(r)).collect::<Vec<_>>().join(", ")
                };
                let head = format!(
                    "{} = {} axis {axis} ({}) |{}| {{",
                    typed(results),
                    kind.name(),
                    plain(values),
                    typed(params)
                );
                self.line(depth, &head);
                self.block(body, depth + 1);
                self.line(depth, &format!("}} yield {}{loc}", plain(yields)));
            }
            _ => {
                let text = self.simple_op(op);
                self.line(depth, &format!("{lhs}{text}{loc}"));
            }
        }
    }

    /// The text of an op without nested blocks.
    #[inline(never)]
    fn simple_op(&self, op: &Op) -> String {
        match op {
            Op::ProgramId { axis } => format!("program_id {axis}"),
            Op::NumPrograms { axis } => format!("num_programs {axis}"),
            Op::Const { value, dtype } => {
                format!("const {dtype} {}", const_value_to_string(*value))
            }
            Op::ConstParam { name, dtype } => {
                format!("const_param {dtype} {}", name_to_string(name))
            }
            Op::Arange { len } => format!("arange {}", dim(len)),
            Op::Broadcast { value, shape: s } => format!("broadcast {} to {}", v(*value), shape(s)),
            Op::ExpandDims { value, axis } => format!("expand_dims {} axis {axis}", v(*value)),
            Op::Reshape { value, shape: s } => format!("reshape {} to {}", v(*value), shape(s)),
            Op::Permute { value, perm } => {
                let ps: Vec<String> = perm.iter().map(u32::to_string).collect();
                format!("permute {} [{}]", v(*value), ps.join(", "))
            }
            Op::Gather { src, index, axis } => {
                format!("gather {}, {} axis {axis}", v(*src), v(*index))
            }
            Op::Histogram { value, mask, bins } => match mask {
                Some(m) => format!("histogram {} bins {} mask {}", v(*value), dim(bins), v(*m)),
                None => format!("histogram {} bins {}", v(*value), dim(bins)),
            },
            Op::Sort {
                value,
                axis,
                descending,
            } => format!(
                "sort {} axis {axis}{}",
                v(*value),
                if *descending { " descending" } else { "" }
            ),
            Op::Unary { op, value } => format!("{} {}", op.name(), v(*value)),
            Op::Binary { op, lhs, rhs } => {
                format!("{} {}, {}", op.name(), v(*lhs), v(*rhs))
            }
            Op::Cmp { op, lhs, rhs } => format!("cmp {} {}, {}", op.name(), v(*lhs), v(*rhs)),
            Op::Fma { a, b, c } => format!("fma {}, {}, {}", v(*a), v(*b), v(*c)),
            Op::Select {
                cond,
                on_true,
                on_false,
            } => format!("select {}, {}, {}", v(*cond), v(*on_true), v(*on_false)),
            Op::Cast { value, to } => format!("cast {} to {to}", v(*value)),
            Op::Bitcast { value, to } => format!("bitcast {} to {to}", v(*value)),
            Op::PtrAdd { ptr, offset } => format!("ptr_add {}, {}", v(*ptr), v(*offset)),
            Op::Load {
                ptr,
                mask: m,
                other,
                hint,
            } => {
                let other = other
                    .map(|o| format!(" other {}", v(o)))
                    .unwrap_or_default();
                format!("load {}{}{other}{}", v(*ptr), mask(*m), access_hint(*hint))
            }
            Op::Store {
                ptr,
                value,
                mask: m,
                hint,
            } => format!(
                "store {}, {}{}{}",
                v(*ptr),
                v(*value),
                mask(*m),
                access_hint(*hint)
            ),
            Op::Atomic {
                op,
                ptr,
                value,
                mask: m,
                order,
                scope,
            } => format!(
                "atomic {} {}, {}{}{}",
                op.name(),
                v(*ptr),
                v(*value),
                mask(*m),
                order_scope(*order, *scope)
            ),
            Op::AtomicCas {
                ptr,
                cmp,
                value,
                mask: m,
                order,
                scope,
            } => format!(
                "atomic_cas {}, {}, {}{}{}",
                v(*ptr),
                v(*cmp),
                v(*value),
                mask(*m),
                order_scope(*order, *scope)
            ),
            Op::Reduce { op, value, axis } => {
                format!("reduce {} {} axis {axis}", op.name(), v(*value))
            }
            Op::ArgReduce { op, value, axis } => {
                format!("{} {} axis {axis}", op.name(), v(*value))
            }
            Op::Scan { op, value, axis } => {
                format!("scan {} {} axis {axis}", op.name(), v(*value))
            }
            Op::Dot {
                a,
                b,
                acc,
                precision,
            } => match dot_precision_name(*precision) {
                None => format!("dot {}, {}, {}", v(*a), v(*b), v(*acc)),
                Some(p) => format!("dot {p} {}, {}, {}", v(*a), v(*b), v(*acc)),
            },
            Op::Rand { kind, seed, offset } => {
                format!("rand {} {}, {}", kind.name(), v(*seed), v(*offset))
            }
            Op::VarInit { var: x, init } => format!("var_init {}, {}", var(*x), v(*init)),
            Op::VarLoad { var: x } => format!("var_load {}", var(*x)),
            Op::VarStore { var: x, value } => format!("var_store {}, {}", var(*x), v(*value)),
            Op::Return => "return".to_string(),
            Op::Barrier => "debug_barrier".to_string(),
            Op::Checked => "checked".to_string(),
            Op::Hint {
                value,
                multiple_of,
                max_contiguous,
            } => format!(
                "hint {} multiple_of {} max_contiguous {}",
                v(*value),
                dim(multiple_of),
                dim(max_contiguous)
            ),
            Op::Assert { cond, message } => {
                format!("assert {}, {}", v(*cond), quote_string(message))
            }
            Op::StaticAssert {
                lhs,
                op,
                rhs,
                message,
            } => format!(
                "static_assert {} {} {}, {}",
                op.name(),
                dim(lhs),
                dim(rhs),
                quote_string(message)
            ),
            Op::Print { prefix, values } => {
                let mut s = format!("print {}", quote_string(prefix));
                for x in values {
                    let _ = write!(s, ", {}", v(*x));
                }
                s
            }
            // Ops with nested blocks are printed by `control_op`.
            Op::For { .. }
            | Op::While { .. }
            | Op::If { .. }
            | Op::Fold { .. }
            | Op::Call { .. } => String::new(),
        }
    }
}
