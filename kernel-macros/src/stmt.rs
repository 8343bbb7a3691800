//! Statements: `let`, assignment, `for`, `while`, `if`, `return`.

use std::collections::HashMap;

use kernel_core::ir::{BinaryOp, DType, Elem, Inst, Op, Type, Unroll, ValueId};
use kernel_core::text::MAX_BLOCK_DEPTH;
use syn::{Expr, Pat, Stmt};

use crate::expr::{binop_symbol, compound_op};
use crate::loc::{Loc, Located};
use crate::lower::{Binding, Lower};
use crate::signature::dtype_of_type;
use crate::value::{Val, WeakInt, describe};

impl Lower {
    /// Lowers a block in a new scope.
    pub fn block(&mut self, block: &syn::Block) {
        if self.too_deep(block) {
            return;
        }
        self.scopes.push(HashMap::new());
        for stmt in &block.stmts {
            self.stmt(stmt);
        }
        self.scopes.pop();
    }

    /// Lowers a statement, its instructions located at its keyword or expression (see
    /// [`crate::loc::anchor`]) unless an inner expression says otherwise.
    pub(crate) fn stmt(&mut self, stmt: &Stmt) {
        let at = match stmt {
            Stmt::Local(local) => Some(local.let_token.span),
            Stmt::Expr(e, _) => crate::loc::anchor(e),
            _ => None,
        };
        self.located(at, |lw| lw.stmt_here(stmt));
    }

    fn stmt_here(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Local(local) => self.local(local),
            Stmt::Expr(e, _) => self.stmt_expr(e),
            Stmt::Item(item) => self.error(
                item.loc(),
                "items (functions, structs, `use`...) cannot be declared inside a kernel",
            ),
            Stmt::Macro(m) => self.error(
                m.loc(),
                "macros are not supported inside a kernel; use `device_assert(cond, \"msg\")` and `device_print(\"prefix\", x)`",
            ),
        }
    }

    fn local(&mut self, local: &syn::Local) {
        let (pat, annot) = match &local.pat {
            Pat::Type(pt) => (&*pt.pat, Some(&*pt.ty)),
            p => (p, None),
        };
        let Some(init) = &local.init else {
            self.error(
                local.loc(),
                "a `let` in a kernel needs an initial value: `let x = ...;`",
            );
            return;
        };
        if let Some((_, diverge)) = &init.diverge {
            self.error(diverge.loc(), "`let ... else` is not supported in kernels");
        }
        if let Pat::Tuple(t) = pat {
            self.let_tuple(t, &init.expr);
            return;
        }
        let mut v = self.expr(&init.expr);
        if let Some(ty) = annot {
            match dtype_of_type(ty) {
                Some(d) => v = self.coerce_to_dtype(v, d, init.expr.loc()),
                None => self.error(
                    ty.loc(),
                    "expected a dtype (`f32`, `i32`, ...) in a `let` type annotation",
                ),
            }
        }
        match pat {
            Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                let name = pi.ident.to_string();
                if pi.mutability.is_some() {
                    let Some((id, ty)) = self.typed(&v, init.expr.loc()) else {
                        self.bind(name, Binding::Val(Val::Poison));
                        return;
                    };
                    let var = self.b.fresh_var(ty);
                    self.emit_void(Op::VarInit { var, init: id }, init.expr.loc());
                    self.bind(name, Binding::Var(var));
                } else {
                    self.bind(name, Binding::Val(v));
                }
            }
            Pat::Wild(_) => {}
            other => self.error(
                other.loc(),
                "expected a plain name: patterns (tuples, structs) are not supported in kernels",
            ),
        }
    }

    /// `let (a, b, ...) = f(...);`: the results of a device function returning a tuple (or of
    /// a fold of several tiles, or the elements of a tuple expression), one name (or `_`)
    /// each.
    fn let_tuple(&mut self, t: &syn::PatTuple, init: &Expr) {
        let n = t.elems.len();
        let vals = match init {
            // `let (m, i) = (max(x, 0), argmax(x, 0));`: one value per element.
            Expr::Tuple(tu) if tu.elems.len() == n => {
                Some(tu.elems.iter().map(|e| self.expr(e)).collect())
            }
            Expr::Call(c) => match &*c.func {
                Expr::Path(p) => {
                    let args: Vec<&Expr> = c.args.iter().collect();
                    match self.resolve_fn(&p.path, &args) {
                        Some(crate::functions::Resolved::Fn(id)) => {
                            Some(self.call_fn_tuple(&id, &args, init.loc(), n))
                        }
                        Some(crate::functions::Resolved::Deferred) => Some(vec![Val::Poison; n]),
                        None => match p.path.get_ident().map(|i| i.to_string()) {
                            Some(name) if name == "split" && n == 2 => Some(
                                crate::builtins::pairs::split_tuple(self, &args, init.loc())
                                    .unwrap_or_else(|| vec![Val::Poison; n]),
                            ),
                            Some(name) if crate::builtins::fold::is_fold(&name) => Some(
                                crate::builtins::fold::fold_tuple(
                                    self,
                                    &name,
                                    &args,
                                    init.loc(),
                                    n,
                                )
                                .unwrap_or_else(|| vec![Val::Poison; n]),
                            ),
                            _ => None,
                        },
                    }
                }
                _ => None,
            },
            _ => None,
        };
        let vals = vals.unwrap_or_else(|| {
            self.error(
                init.loc(),
                "a tuple pattern takes a tuple of as many values, `let (a, b) = (x, y);`, the results of a device function that returns a tuple, `let (a, b) = f(x);`, or of a fold of several tiles, `let (m, i) = reduce((x, idx), 0, combine);`",
            );
            vec![Val::Poison; n]
        });
        for (p, v) in t.elems.iter().zip(vals) {
            match p {
                Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                    if pi.mutability.is_some() {
                        self.error(
                            pi.loc(),
                            "bind the value first, then copy it into a variable: `let mut x = a;`",
                        );
                    }
                    self.bind(pi.ident.to_string(), Binding::Val(v));
                }
                Pat::Wild(_) => {}
                other => self.error(other.loc(), "expected a name or `_`"),
            }
        }
    }

    /// Checks that `v` has dtype `d` (converting weak literals), reporting mismatches.
    fn coerce_to_dtype(&mut self, v: Val, d: DType, span: Loc) -> Val {
        match &v {
            Val::Ir(_, t) => {
                if t.elem != Elem::Scalar(d) {
                    self.error(span, format!("expected a value of dtype `{d}`, found {t}"));
                    return Val::Poison;
                }
                v
            }
            Val::Poison => v,
            _ => {
                let id = self.materialize(&v, d, span);
                self.val(id)
            }
        }
    }

    fn stmt_expr(&mut self, e: &Expr) {
        match e {
            Expr::ForLoop(f) => self.for_loop(f),
            Expr::While(w) => self.while_loop(w),
            Expr::If(i) => self.if_stmt(i),
            Expr::Assign(a) => {
                let v = self.expr(&a.right);
                self.assign(&a.left, v, a.right.loc());
            }
            Expr::Binary(bin) if compound_op(&bin.op).is_some() => {
                let op = compound_op(&bin.op).expect("checked");
                let cur = self.expr(&bin.left);
                let rhs = self.expr(&bin.right);
                let sym = binop_symbol(&bin.op);
                let v = self.binary(op, &cur, &rhs, e.loc(), sym.trim_end_matches('='));
                self.assign(&bin.left, v, e.loc());
            }
            Expr::Return(r) => {
                if !self.inlining.is_empty() {
                    self.error(
                        r.loc(),
                        "`return` is not supported in a device function: it ends with its result (an expression without `;`)",
                    );
                    return;
                }
                if let Some(v) = &r.expr {
                    self.error(
                        v.loc(),
                        "kernels return nothing: write results with `store`",
                    );
                }
                self.emit_void(Op::Return, r.loc());
            }
            Expr::Block(b) => {
                self.b.open();
                self.block(&b.block);
                // A bare block is a scope, not control flow: splice its instructions.
                let insts = self.b.close();
                for inst in insts {
                    self.b.push_inst(inst);
                }
            }
            Expr::Loop(l) => self.error(
                l.loop_token.loc(),
                "`loop` is not supported: use `while cond { ... }`",
            ),
            Expr::Break(b) => self.error(
                b.loc(),
                "`break` is not supported yet: use a `while` loop whose condition ends it",
            ),
            Expr::Continue(c) => self.error(
                c.loc(),
                "`continue` is not supported yet: guard the rest of the body with `if`",
            ),
            other => {
                let v = self.expr(other);
                if let Val::Ir(_, t) = &v {
                    // A value computed and dropped: harmless, but almost always a mistake
                    // in a kernel, where results only matter through `store`.
                    let _ = t;
                }
            }
        }
    }

    fn assign(&mut self, target: &Expr, v: Val, span: Loc) {
        let Expr::Path(p) = target else {
            self.error(
                target.loc(),
                "only plain `let mut` variables can be assigned in kernels",
            );
            return;
        };
        let name = p
            .path
            .get_ident()
            .map(|i| i.to_string())
            .unwrap_or_default();
        let var = match self.lookup(&name) {
            Some(Binding::Var(var)) => *var,
            Some(Binding::Val(_)) => {
                self.error(
                    target.loc(),
                    format!("cannot assign twice to immutable binding `{name}`: declare it with `let mut`"),
                );
                return;
            }
            None => {
                self.error(target.loc(), format!("cannot find variable `{name}`"));
                return;
            }
        };
        let ty = self.b.var_ty(var).clone();
        let Some(id) = self.coerce_to_type(&v, &ty, span, &format!("variable `{name}`")) else {
            return;
        };
        self.emit_void(Op::VarStore { var, value: id }, span);
    }

    fn for_loop(&mut self, f: &syn::ExprForLoop) {
        let LoopRange {
            start,
            end,
            step,
            unroll,
            stages,
            rev,
            ..
        } = match self.range(&f.expr) {
            Some(r) => r,
            None => return,
        };
        let span = f.expr.loc();
        let typed = [&start, &end, &step].iter().find_map(|v| match v {
            Val::Ir(_, t) => t.dtype(),
            _ => None,
        });
        let dtype = match typed {
            Some(d) => d,
            None => match self.weak_dtype(&[&start, &end, &step], "a `for` range", span) {
                Some(d) => d,
                None => return,
            },
        };
        for v in [&start, &end, &step] {
            if let Val::Ir(_, t) = v
                && (t.dtype() != Some(dtype) || !t.is_scalar() || !dtype.is_int())
            {
                self.error(
                    span,
                    format!("the bounds and step of a `for` range must be integer scalars of one dtype, found {t}"),
                );
                return;
            }
        }
        if !dtype.is_int() {
            self.error(
                span,
                format!("a `for` range needs integers, found `{dtype}`"),
            );
            return;
        }
        let (Some(s), Some(e), Some(st)) = (
            self.materialize(&start, dtype, span),
            self.materialize(&end, dtype, span),
            self.materialize(&step, dtype, span),
        ) else {
            return;
        };
        // A reversed range runs the forward loop and counts down from its other end: `j` of
        // `(a..b).rev()` is `a + b - 1 - j`; `(a..b).step_by(s).rev()` visits the forward
        // elements from the last, `last = a + (b - a - 1) / s * s`, as `last + a - j`.
        // Integers wrap, so the sums are right whenever the index itself fits.
        let ty = Type::scalar(dtype);
        let (sv, ev, stv) = (
            Val::Ir(s, ty.clone()),
            Val::Ir(e, ty.clone()),
            Val::Ir(st, ty.clone()),
        );
        let one = Val::Int(WeakInt::Lit(1));
        let flip = match rev {
            Rev::No => None,
            Rev::First => {
                let t = self.binary(BinaryOp::Add, &sv, &ev, span, "+");
                Some(self.binary(BinaryOp::Sub, &t, &one, span, "-"))
            }
            Rev::Last => {
                let d = self.binary(BinaryOp::Sub, &ev, &sv, span, "-");
                let d = self.binary(BinaryOp::Sub, &d, &one, span, "-");
                let k = self.binary(BinaryOp::Div, &d, &stv, span, "/");
                let off = self.binary(BinaryOp::Mul, &k, &stv, span, "*");
                let last = self.binary(BinaryOp::Add, &sv, &off, span, "+");
                Some(self.binary(BinaryOp::Add, &last, &sv, span, "+"))
            }
        };
        let index = self.b.fresh_value(ty.clone());
        self.b.open();
        self.scopes.push(HashMap::new());
        let var = match &flip {
            Some(base) => self.binary(BinaryOp::Sub, base, &Val::Ir(index, ty.clone()), span, "-"),
            None => Val::Ir(index, ty),
        };
        match &*f.pat {
            Pat::Ident(pi) if pi.mutability.is_none() && pi.subpat.is_none() => {
                self.bind(pi.ident.to_string(), Binding::Val(var));
            }
            Pat::Wild(_) => {}
            other => self.error(other.loc(), "expected a loop variable name"),
        }
        self.block(&f.body);
        self.scopes.pop();
        let body = self.b.close();
        self.b.push_inst(Inst::new(
            None,
            Op::For {
                index,
                start: s,
                end: e,
                step: st,
                body,
                unroll,
                stages,
            },
        ));
    }

    /// Parses a loop range: `a..b`, `a..=b`, `(a..b).step_by(s)`, `static_range(a, b[, s])`,
    /// and any of them `.rev()` (before or after `step_by`, with Rust's meaning).
    fn range(&mut self, e: &Expr) -> Option<LoopRange> {
        match e {
            Expr::MethodCall(m) if m.method == "rev" => {
                let mut r = self.range(&m.receiver)?;
                if !m.args.is_empty() || r.rev != Rev::No {
                    self.error(
                        m.loc(),
                        "`rev` takes no argument and reverses a forward range once: `(a..b).rev()`, `(a..b).rev().step_by(s)` or `(a..b).step_by(s).rev()`",
                    );
                    return None;
                }
                r.rev = if r.stepped { Rev::Last } else { Rev::First };
                Some(r)
            }
            Expr::MethodCall(m) if m.method == "unroll" || m.method == "num_stages" => {
                let mut r = self.range(&m.receiver)?;
                let what = if m.method == "unroll" {
                    "an unroll factor"
                } else {
                    "a number of stages"
                };
                let n = match &m.args.iter().collect::<Vec<_>>()[..] {
                    [a] => self.peek_const_int(a).filter(|&n| (0..=64).contains(&n)),
                    _ => None,
                };
                let Some(n) = n else {
                    self.error(
                        m.args.first().map_or(m.loc(), |a| a.loc()),
                        format!(
                            "`{}` takes {what} as an integer literal from 0 to 64: `(a..b).{}(2)`",
                            m.method, m.method
                        ),
                    );
                    return None;
                };
                if m.method == "unroll" {
                    if r.unroll != Unroll::Auto {
                        self.error(
                            m.loc(),
                            "a loop is unrolled once: one `unroll`, not on `static_range`",
                        );
                        return None;
                    }
                    r.unroll = Unroll::By(n.max(1) as u32);
                } else {
                    if r.stages.is_some() {
                        self.error(m.loc(), "a loop takes one `num_stages`");
                        return None;
                    }
                    r.stages = Some(n as u32);
                }
                Some(r)
            }
            Expr::Paren(p) => self.range(&p.expr),
            Expr::Range(r) => {
                let (Some(a), Some(b)) = (&r.start, &r.end) else {
                    self.error(r.loc(), "a `for` range needs both bounds: `start..end`");
                    return None;
                };
                let start = self.expr(a);
                let mut end = self.expr(b);
                if matches!(r.limits, syn::RangeLimits::Closed(_)) {
                    end = self.binary(
                        BinaryOp::Add,
                        &end,
                        &Val::Int(WeakInt::Lit(1)),
                        b.loc(),
                        "+",
                    );
                }
                Some(LoopRange {
                    start,
                    end,
                    step: Val::Int(WeakInt::Lit(1)),
                    unroll: Unroll::Auto,
                    stages: None,
                    stepped: false,
                    rev: Rev::No,
                })
            }
            Expr::MethodCall(m) if m.method == "step_by" => {
                let r = self.range(&m.receiver)?;
                if m.args.len() != 1 {
                    self.error(m.loc(), "`step_by` takes one argument: the step");
                    return None;
                }
                if r.stepped || r.rev == Rev::Last {
                    self.error(m.loc(), "a range takes one `step_by`");
                    return None;
                }
                let step = self.expr(&m.args[0]);
                Some(LoopRange {
                    step,
                    stepped: true,
                    ..r
                })
            }
            Expr::Call(c) if matches!(&*c.func, Expr::Path(p) if p.path.is_ident("static_range")) =>
            {
                if !(2..=3).contains(&c.args.len()) {
                    self.error(
                        c.loc(),
                        "`static_range` takes 2 or 3 arguments: `static_range(start, end[, step])`",
                    );
                    return None;
                }
                let mut vals = Vec::new();
                for a in &c.args {
                    let v = self.expr(a);
                    if !matches!(v, Val::Int(_) | Val::Poison) {
                        self.error(a.loc(), "the bounds of `static_range` must be compile-time integers (literals or const generics)");
                        return None;
                    }
                    vals.push(v);
                }
                let step = vals.get(2).cloned().unwrap_or(Val::Int(WeakInt::Lit(1)));
                Some(LoopRange {
                    start: vals[0].clone(),
                    end: vals[1].clone(),
                    step,
                    unroll: Unroll::Full,
                    stages: None,
                    stepped: vals.len() == 3,
                    rev: Rev::No,
                })
            }
            other => {
                self.error(
                    other.loc(),
                    "expected a range: `start..end`, `(start..end).step_by(step)`, `(start..end).rev()` or `static_range(start, end)`, optionally `.unroll(n)` and `.num_stages(n)` after it",
                );
                None
            }
        }
    }

    fn while_loop(&mut self, w: &syn::ExprWhile) {
        self.b.open();
        let c = self.expr(&w.cond);
        let cond = self.scalar_bool(&c, w.cond.loc(), "the condition of `while`");
        let cond_block = self.b.close();
        self.b.open();
        self.block(&w.body);
        let body = self.b.close();
        if let Some(cond) = cond {
            self.b.push_inst(Inst::new(
                None,
                Op::While {
                    cond_block,
                    cond,
                    body,
                },
            ));
        }
    }

    fn if_stmt(&mut self, i: &syn::ExprIf) {
        let c = self.expr(&i.cond);
        let cond = self.scalar_bool(&c, i.cond.loc(), "the condition of `if`");
        self.b.open();
        self.block(&i.then_branch);
        let then_block = self.b.close();
        self.b.open();
        if let Some((_, e)) = &i.else_branch {
            match &**e {
                Expr::Block(b) => self.block(&b.block),
                Expr::If(nested) => self.if_stmt(nested),
                other => self.error(other.loc(), "expected a block after `else`"),
            }
        }
        let else_block = self.b.close();
        if let Some(cond) = cond {
            self.b.push_inst(Inst::new(
                None,
                Op::If {
                    cond,
                    then_block,
                    else_block,
                },
            ));
        }
    }

    /// `if c { a } else { b }` used as a value (Rust's way to write Triton's `a if c else b`).
    /// Each branch writes its tail expression to a fresh variable that is read after the
    /// `if`; the tails must agree in dtype, weak literals adapt and shapes broadcast. For
    /// tiles, `select(mask, a, b)` is usually what is meant: the condition here is a scalar.
    pub fn if_expr(&mut self, i: &syn::ExprIf) -> Val {
        let Some((_, else_branch)) = &i.else_branch else {
            self.error(
                i.loc(),
                "an `if` used as a value needs an `else` branch with a value of the same type",
            );
            return Val::Poison;
        };
        let c = self.expr(&i.cond);
        let cond = self.scalar_bool(&c, i.cond.loc(), "the condition of `if`");
        if self.combine_hidden.is_some() {
            return self.if_select(i, cond, else_branch);
        }
        self.b.open();
        let a = self.block_value(&i.then_branch);
        let then_block = self.b.close();
        self.b.open();
        let b = match &**else_branch {
            Expr::Block(bl) => self.block_value(&bl.block),
            Expr::If(nested) => self.if_expr(nested),
            other => {
                self.error(other.loc(), "expected a block after `else`");
                Val::Poison
            }
        };
        let else_block = self.b.close();
        let (Some(cond), Some(ty)) = (cond, self.branch_type(&a, &b, i.loc())) else {
            return Val::Poison;
        };
        let var = self.b.fresh_var(ty.clone());
        let mut blocks = Vec::new();
        for (block, v, loc) in [
            (then_block, a, i.then_branch.loc()),
            (else_block, b, else_branch.loc()),
        ] {
            self.b.reopen(block);
            if let Some(id) = self.coerce_to_type(&v, &ty, loc, "the value of this `if`") {
                self.emit_void(Op::VarInit { var, init: id }, loc);
            }
            blocks.push(self.b.close());
        }
        let else_block = blocks.pop().unwrap_or_default();
        let then_block = blocks.pop().unwrap_or_default();
        self.b.push_inst(Inst::new(
            None,
            Op::If {
                cond,
                then_block,
                else_block,
            },
        ));
        let id = self.emit(Op::VarLoad { var }, i.loc());
        self.val(id)
    }

    /// A value `if` inside a combine function: both branches computed, then a `select`
    /// (a combine body only computes, so evaluating both is unobservable).
    fn if_select(&mut self, i: &syn::ExprIf, cond: Option<ValueId>, else_branch: &Expr) -> Val {
        let a = self.block_value(&i.then_branch);
        let b = match else_branch {
            Expr::Block(bl) => self.block_value(&bl.block),
            Expr::If(nested) => self.if_expr(nested),
            other => {
                self.error(other.loc(), "expected a block after `else`");
                Val::Poison
            }
        };
        let (Some(cond), Some(ty)) = (cond, self.branch_type(&a, &b, i.loc())) else {
            return Val::Poison;
        };
        let on_true = self.coerce_to_type(&a, &ty, i.then_branch.loc(), "the value of this `if`");
        let on_false = self.coerce_to_type(&b, &ty, else_branch.loc(), "the value of this `if`");
        let (Some(on_true), Some(on_false)) = (on_true, on_false) else {
            return Val::Poison;
        };
        let id = self.emit(
            Op::Select {
                cond,
                on_true,
                on_false,
            },
            i.loc(),
        );
        self.val(id)
    }

    /// The type both branches of a value `if` convert to.
    fn branch_type(&mut self, a: &Val, b: &Val, loc: Loc) -> Option<Type> {
        match (a, b) {
            (Val::Poison, _) | (_, Val::Poison) => None,
            (Val::Ir(_, ta), Val::Ir(_, tb)) => {
                if ta.elem != tb.elem {
                    self.error(
                        loc,
                        format!("the branches of this `if` have different dtypes: {ta} and {tb}; convert one with `as`"),
                    );
                    return None;
                }
                match crate::value::broadcast_shapes(&ta.shape, &tb.shape) {
                    Ok(shape) => Some(ta.with_shape(shape)),
                    Err(m) => {
                        self.error(
                            loc,
                            format!("the branches of this `if` have different shapes: {m}"),
                        );
                        None
                    }
                }
            }
            (Val::Ir(_, t), _) | (_, Val::Ir(_, t)) => Some(t.clone()),
            _ => {
                let d = self.weak_dtype(&[a, b], "the branches of this `if`", loc)?;
                Some(Type::scalar(d))
            }
        }
    }

    /// Lowers a block whose last statement is an expression without `;` and returns that
    /// expression's value.
    fn block_value(&mut self, block: &syn::Block) -> Val {
        self.block_value_as(
            block,
            "this branch has no value: end it with an expression without `;`",
        )
    }

    /// [`Lower::block_value`], with `missing` as the error when the block has no tail.
    pub(crate) fn block_value_as(&mut self, block: &syn::Block, missing: &str) -> Val {
        if self.too_deep(block) {
            return Val::Poison;
        }
        self.scopes.push(HashMap::new());
        let (tail, body) = match block.stmts.split_last() {
            Some((Stmt::Expr(e, None), body)) => (Some(e), body),
            _ => (None, &block.stmts[..]),
        };
        for stmt in body {
            self.stmt(stmt);
        }
        let v = match tail {
            Some(e) => self.expr(e),
            None => {
                self.error(block.loc(), missing);
                Val::Poison
            }
        };
        self.scopes.pop();
        v
    }

    /// Reports `block` if it nests deeper than the IR allows ([`MAX_BLOCK_DEPTH`]: the IR
    /// parser bounds its recursion), where the kernel would otherwise fail at its first
    /// launch. Bare `{ ... }` blocks count, although their code is spliced into the outer one.
    fn too_deep(&mut self, block: &syn::Block) -> bool {
        if self.b.nesting() <= MAX_BLOCK_DEPTH {
            return false;
        }
        self.errors.push(syn::Error::new(
            block.brace_token.span.open(),
            format!(
                "this block is nested {} deep, and kernels nest at most {MAX_BLOCK_DEPTH} blocks (`if`, `for`, `while` and `{{}}` bodies): move the inner code out, e.g. join conditions with `&&`",
                self.b.nesting()
            ),
        ));
        true
    }

    fn scalar_bool(&mut self, v: &Val, span: Loc, what: &str) -> Option<ValueId> {
        match v {
            Val::Ir(id, t) if t.is_scalar() && t.elem == Elem::Scalar(DType::Bool) => Some(*id),
            Val::Ir(_, t) if t.elem == Elem::Scalar(DType::Bool) => {
                self.error(
                    span,
                    format!("{what} must be a scalar `bool`, found {t}; use `select(mask, a, b)` or a mask for tiles"),
                );
                None
            }
            Val::Poison => None,
            other => {
                let d = describe(other, self);
                self.error(span, format!("{what} must be a scalar `bool`, found {d}"));
                None
            }
        }
    }
}

/// A `for` loop's range as [`Lower::range`] parses it.
struct LoopRange {
    start: Val,
    end: Val,
    /// Positive (a launch error otherwise).
    step: Val,
    /// `static_range`: `Full`; `.unroll(n)`: `By(n)`.
    unroll: Unroll,
    /// `.num_stages(n)`.
    stages: Option<u32>,
    /// A step was given (`step_by`, or `static_range`'s third argument).
    stepped: bool,
    rev: Rev,
}

/// Where a range's `.rev()` is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rev {
    /// Forward.
    No,
    /// `(a..b).rev()`, maybe then `.step_by(s)`: `b - 1`, `b - 1 - s`, ... down to `a`.
    First,
    /// `(a..b).step_by(s).rev()`: the forward elements `a + k s`, last first.
    Last,
}
