//! Lowering of the kernel body (statements and expressions) to IR.
//!
//! Errors are collected, not returned: a failing expression reports itself with its span and
//! evaluates to [`Val::Poison`], which type-checks with anything, so every independent
//! mistake in a kernel is reported in one `cargo build`.

use std::collections::HashMap;

use crate::loc::{Loc, Located};
use kernel_core::ir::{
    BinaryOp, CmpOp, ConstValue, DType, Elem, Inst, Op, Type, UnaryOp, ValueId, VarId,
};
use syn::{BinOp, Expr, Lit, Pat, Stmt, UnOp};

use crate::builder::Builder;
use crate::signature::{Signature, dtype_of_type};
use crate::value::{Val, WeakInt, describe};

/// A name in scope.
#[derive(Clone, Debug)]
enum Binding {
    /// An immutable binding (`let x = ...`, a parameter, a loop index).
    Val(Val),
    /// A mutable variable (`let mut x = ...`).
    Var(VarId),
}

/// The lowering context of one kernel.
pub struct Lower {
    /// The IR under construction.
    pub b: Builder,
    /// Every error found so far.
    pub errors: Vec<syn::Error>,
    scopes: Vec<HashMap<String, Binding>>,
    /// Const generics: name and dtype.
    pub consts: Vec<(String, DType)>,
    /// Tensor descriptors created so far, indexed by [`Val::Desc`].
    pub descs: Vec<crate::desc::Desc>,
}

impl Lower {
    /// A context with the parameters of `sig` in scope. Returns it and the parameters' values.
    pub fn new(sig: &Signature) -> (Lower, Vec<ValueId>) {
        let mut b = Builder::new();
        let mut scope = HashMap::new();
        let mut ids = Vec::new();
        for p in &sig.params {
            let id = b.fresh_value(p.ty.clone());
            ids.push(id);
            scope.insert(p.ident.to_string(), Binding::Val(Val::Ir(id, p.ty.clone())));
        }
        // Parameters whose type was rejected are still in scope, as poison, so their uses
        // do not add "cannot find value" errors to the real one.
        for name in &sig.rejected {
            scope.insert(name.to_string(), Binding::Val(Val::Poison));
        }
        let consts = sig
            .consts
            .iter()
            .map(|c| (c.ident.to_string(), c.dtype))
            .collect();
        (
            Lower {
                b,
                errors: Vec::new(),
                scopes: vec![scope],
                consts,
                descs: Vec::new(),
            },
            ids,
        )
    }

    /// Records an error at `span`.
    pub fn error(&mut self, span: Loc, msg: impl std::fmt::Display) {
        self.errors.push(span.error(msg));
    }

    /// Appends an op with a result; a typing failure is reported at `span`.
    pub fn emit(&mut self, op: Op, span: Loc) -> Option<ValueId> {
        match self.b.push_value(op) {
            Ok(v) => Some(v),
            Err(m) => {
                self.error(span, m);
                None
            }
        }
    }

    /// Appends an op without a result.
    pub fn emit_void(&mut self, op: Op, span: Loc) {
        if let Err(m) = self.b.push(op) {
            self.error(span, m);
        }
    }

    /// Wraps an emitted value as a front-end value.
    pub fn val(&self, id: Option<ValueId>) -> Val {
        match id {
            Some(id) => Val::Ir(id, self.b.ty(id).clone()),
            None => Val::Poison,
        }
    }

    fn bind(&mut self, name: String, binding: Binding) {
        self.scopes
            .last_mut()
            .expect("a scope is always open")
            .insert(name, binding);
    }

    fn lookup(&self, name: &str) -> Option<&Binding> {
        self.scopes.iter().rev().find_map(|s| s.get(name))
    }

    /// The dtype of a const generic, if `name` is one.
    pub fn const_dtype(&self, name: &str) -> Option<DType> {
        self.consts.iter().find(|(n, _)| n == name).map(|(_, d)| *d)
    }

    // ---- statements ------------------------------------------------------------------

    /// Lowers a block in a new scope.
    pub fn block(&mut self, block: &syn::Block) {
        self.scopes.push(HashMap::new());
        for stmt in &block.stmts {
            self.stmt(stmt);
        }
        self.scopes.pop();
    }

    fn stmt(&mut self, stmt: &Stmt) {
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

    /// Converts `v` to exactly `ty`: weak literals take its dtype and smaller shapes are
    /// broadcast. Anything else is reported, naming `what` is being written.
    pub fn coerce_to_type(&mut self, v: &Val, ty: &Type, span: Loc, what: &str) -> Option<ValueId> {
        match v {
            Val::Poison => None,
            Val::Ir(id, t) => {
                if t.elem != ty.elem {
                    let fix = match ty.elem {
                        Elem::Scalar(d) => format!("; convert with `as {d}`"),
                        Elem::Ptr(_) => String::new(),
                    };
                    self.error(
                        span,
                        format!(
                            "mismatched dtypes: {what} expects {} values, found {t}{fix}",
                            ty.elem
                        ),
                    );
                    return None;
                }
                if !crate::value::broadcasts_to(&t.shape, &ty.shape) {
                    self.error(
                        span,
                        format!("shape mismatch: {what} expects {ty}, found {t}"),
                    );
                    return None;
                }
                self.broadcast_to(*id, t, &ty.shape, span)
            }
            _ => {
                let Elem::Scalar(d) = ty.elem else {
                    self.error(
                        span,
                        format!("{what} is a pointer; found {}", describe(v, self)),
                    );
                    return None;
                };
                let id = self.materialize(v, d, span)?;
                self.broadcast_to(id, &Type::scalar(d), &ty.shape, span)
            }
        }
    }

    fn for_loop(&mut self, f: &syn::ExprForLoop) {
        let (start, end, step, unroll) = match self.range(&f.expr) {
            Some(r) => r,
            None => return,
        };
        let span = f.expr.loc();
        let dtype = [&start, &end, &step]
            .iter()
            .find_map(|v| match v {
                Val::Ir(_, t) => t.dtype(),
                _ => None,
            })
            .unwrap_or(DType::I32);
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
        let index = self.b.fresh_value(Type::scalar(dtype));
        self.b.open();
        self.scopes.push(HashMap::new());
        match &*f.pat {
            Pat::Ident(pi) if pi.mutability.is_none() && pi.subpat.is_none() => {
                self.bind(
                    pi.ident.to_string(),
                    Binding::Val(Val::Ir(index, Type::scalar(dtype))),
                );
            }
            Pat::Wild(_) => {}
            other => self.error(other.loc(), "expected a loop variable name"),
        }
        self.block(&f.body);
        self.scopes.pop();
        let body = self.b.close();
        self.b.push_inst(Inst {
            result: None,
            op: Op::For {
                index,
                start: s,
                end: e,
                step: st,
                body,
                unroll,
            },
        });
    }

    /// Parses a loop range: `a..b`, `a..=b`, `(a..b).step_by(s)`, `static_range(a, b[, s])`.
    fn range(&mut self, e: &Expr) -> Option<(Val, Val, Val, bool)> {
        match e {
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
                Some((start, end, Val::Int(WeakInt::Lit(1)), false))
            }
            Expr::MethodCall(m) if m.method == "step_by" => {
                let (start, end, _, unroll) = self.range(&m.receiver)?;
                if m.args.len() != 1 {
                    self.error(m.loc(), "`step_by` takes one argument: the step");
                    return None;
                }
                let step = self.expr(&m.args[0]);
                Some((start, end, step, unroll))
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
                Some((vals[0].clone(), vals[1].clone(), step, true))
            }
            other => {
                self.error(
                    other.loc(),
                    "expected a range: `start..end`, `(start..end).step_by(step)` or `static_range(start, end)`",
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
            self.b.push_inst(Inst {
                result: None,
                op: Op::While {
                    cond_block,
                    cond,
                    body,
                },
            });
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
            self.b.push_inst(Inst {
                result: None,
                op: Op::If {
                    cond,
                    then_block,
                    else_block,
                },
            });
        }
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

    // ---- expressions -----------------------------------------------------------------

    /// Lowers an expression to a value.
    pub fn expr(&mut self, e: &Expr) -> Val {
        match e {
            Expr::Lit(l) => self.lit(&l.lit),
            Expr::Paren(p) => self.expr(&p.expr),
            Expr::Group(g) => self.expr(&g.expr),
            Expr::Path(p) => self.path(p),
            Expr::Binary(b) => {
                if compound_op(&b.op).is_some() {
                    self.error(e.loc(), "compound assignment is a statement, not a value");
                    return Val::Poison;
                }
                let l = self.expr(&b.left);
                let r = self.expr(&b.right);
                self.binary_syn(&b.op, &l, &r, e.loc())
            }
            Expr::Unary(u) => {
                let v = self.expr(&u.expr);
                self.unary(&u.op, v, e.loc())
            }
            Expr::Cast(c) => {
                let v = self.expr(&c.expr);
                match dtype_of_type(&c.ty) {
                    Some(d) => self.cast(v, d, e.loc()),
                    None => {
                        self.error(c.ty.loc(), "expected a dtype after `as` (`f32`, `f16`, `bf16`, `i32`, `i64`, `u32`, ...)");
                        Val::Poison
                    }
                }
            }
            Expr::Call(c) => {
                let Expr::Path(p) = &*c.func else {
                    self.error(c.func.loc(), "expected the name of an oxtile function");
                    return Val::Poison;
                };
                let Some(seg) = p
                    .path
                    .segments
                    .last()
                    .filter(|_| p.path.segments.len() == 1)
                else {
                    self.error(
                        p.loc(),
                        "expected the name of an oxtile function, not a path",
                    );
                    return Val::Poison;
                };
                let generics = generic_types(&seg.arguments);
                let args: Vec<&Expr> = c.args.iter().collect();
                self.call(&seg.ident, generics, &args, e.loc())
            }
            Expr::MethodCall(m) => {
                let generics = m
                    .turbofish
                    .as_ref()
                    .map(|t| t.args.iter().collect())
                    .unwrap_or_default();
                let mut args: Vec<&Expr> = vec![&m.receiver];
                args.extend(m.args.iter());
                self.call(&m.method, generics, &args, e.loc())
            }
            Expr::Index(ix) => self.index(ix),
            Expr::Array(a) => {
                self.error(
                    a.loc(),
                    "array literals are only allowed as shapes (`zeros::<f32>([BM, BN])`)",
                );
                Val::Poison
            }
            Expr::If(i) => {
                self.error(i.if_token.loc(), "`if` cannot be used as a value in kernels: use `select(cond, a, b)` or assign a `let mut` variable in each branch");
                Val::Poison
            }
            Expr::Macro(m) => {
                self.error(m.loc(), "macros are not supported inside a kernel");
                Val::Poison
            }
            Expr::Closure(c) => {
                self.error(c.loc(), "closures are not supported inside a kernel");
                Val::Poison
            }
            Expr::Reference(r) => {
                self.error(
                    r.loc(),
                    "references are not needed in kernels: pass the value itself",
                );
                Val::Poison
            }
            Expr::Match(m) => {
                self.error(m.loc(), "`match` is not supported in kernels: use `if`/`else` on scalars or `select(cond, a, b)` on tiles");
                Val::Poison
            }
            Expr::Struct(_) | Expr::Tuple(_) => {
                self.error(
                    e.loc(),
                    "tuples and structs are not values in kernels: use one `let` per tile",
                );
                Val::Poison
            }
            Expr::Field(_) => {
                self.error(
                    e.loc(),
                    "fields are not supported in kernels: tiles have no fields",
                );
                Val::Poison
            }
            other => {
                self.error(other.loc(), "unsupported Rust syntax in a kernel");
                Val::Poison
            }
        }
    }

    fn lit(&mut self, l: &Lit) -> Val {
        match l {
            Lit::Int(i) => {
                let n: i128 = match i.base10_parse() {
                    Ok(n) => n,
                    Err(e) => {
                        self.errors.push(e);
                        return Val::Poison;
                    }
                };
                match i.suffix() {
                    "" => Val::Int(WeakInt::Lit(n)),
                    s => match DType::from_name(s) {
                        Some(d) => {
                            let id = self.materialize(&Val::Int(WeakInt::Lit(n)), d, i.loc());
                            self.val(id)
                        }
                        None => {
                            self.error(i.loc(), format!("unsupported literal suffix `{s}`"));
                            Val::Poison
                        }
                    },
                }
            }
            Lit::Float(f) => {
                let x: f64 = match f.base10_parse() {
                    Ok(x) => x,
                    Err(e) => {
                        self.errors.push(e);
                        return Val::Poison;
                    }
                };
                match f.suffix() {
                    "" => Val::Float(x),
                    s => match DType::from_name(s) {
                        Some(d) => {
                            let id = self.materialize(&Val::Float(x), d, f.loc());
                            self.val(id)
                        }
                        None => {
                            self.error(f.loc(), format!("unsupported literal suffix `{s}`"));
                            Val::Poison
                        }
                    },
                }
            }
            Lit::Bool(b) => {
                let id = self.emit(
                    Op::Const {
                        value: ConstValue::Bool(b.value),
                        dtype: DType::Bool,
                    },
                    b.loc(),
                );
                self.val(id)
            }
            other => {
                self.error(
                    other.loc(),
                    "only integer, float and bool literals are values in kernels",
                );
                Val::Poison
            }
        }
    }

    fn path(&mut self, p: &syn::ExprPath) -> Val {
        let segs: Vec<String> = p
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        if segs.len() == 1 {
            let name = &segs[0];
            if let Some(binding) = self.lookup(name).cloned() {
                return match binding {
                    Binding::Val(v) => v,
                    Binding::Var(var) => {
                        let id = self.emit(Op::VarLoad { var }, p.loc());
                        self.val(id)
                    }
                };
            }
            if let Some(d) = self.const_dtype(name) {
                if d.is_bool() {
                    let id = self.emit(
                        Op::ConstParam {
                            name: name.clone(),
                            dtype: DType::Bool,
                        },
                        p.loc(),
                    );
                    return self.val(id);
                }
                return Val::Int(WeakInt::Param(name.clone()));
            }
            self.error(
                p.loc(),
                format!("cannot find value `{name}` in this kernel"),
            );
            return Val::Poison;
        }
        if segs.len() == 2
            && let Some(d) = DType::from_name(&segs[0])
            && let Some(v) = assoc_const(d, &segs[1])
        {
            return v;
        }
        self.error(
            p.loc(),
            format!("unknown path `{}`: kernels can name their parameters, local bindings, const generics and dtype constants like `f32::NEG_INFINITY`", segs.join("::")),
        );
        Val::Poison
    }

    fn unary(&mut self, op: &UnOp, v: Val, span: Loc) -> Val {
        match (op, &v) {
            (_, Val::Poison) => Val::Poison,
            (UnOp::Neg(_), Val::Int(WeakInt::Lit(n))) => Val::Int(WeakInt::Lit(-n)),
            (UnOp::Neg(_), Val::Float(f)) => Val::Float(-f),
            (UnOp::Neg(_), Val::Int(WeakInt::Param(_))) => {
                let Some((id, _)) = self.typed(&v, span) else {
                    return Val::Poison;
                };
                let r = self.emit(
                    Op::Unary {
                        op: UnaryOp::Neg,
                        value: id,
                    },
                    span,
                );
                self.val(r)
            }
            (UnOp::Neg(_), Val::Ir(id, t)) => {
                if !t
                    .dtype()
                    .is_some_and(|d| (d.is_int() || d.is_float()) && !d.is_fp8())
                {
                    self.error(span, format!("cannot negate {t}: `-` needs a number"));
                    return Val::Poison;
                }
                let r = self.emit(
                    Op::Unary {
                        op: UnaryOp::Neg,
                        value: *id,
                    },
                    span,
                );
                self.val(r)
            }
            (UnOp::Not(_), Val::Ir(id, t)) => {
                if !t.dtype().is_some_and(|d| d.is_int() || d.is_bool()) {
                    self.error(
                        span,
                        format!("cannot apply `!` to {t}: it needs `bool` or an integer"),
                    );
                    return Val::Poison;
                }
                let r = self.emit(
                    Op::Unary {
                        op: UnaryOp::Not,
                        value: *id,
                    },
                    span,
                );
                self.val(r)
            }
            (UnOp::Not(_), _) => {
                let Some((id, _)) = self.typed(&v, span) else {
                    return Val::Poison;
                };
                let r = self.emit(
                    Op::Unary {
                        op: UnaryOp::Not,
                        value: id,
                    },
                    span,
                );
                self.val(r)
            }
            (UnOp::Deref(_), _) => {
                self.error(
                    span,
                    "`*` is not supported in kernels: read memory with `load(ptr)`",
                );
                Val::Poison
            }
            _ => {
                self.error(span, "unsupported unary operator");
                Val::Poison
            }
        }
    }

    /// `v as d`.
    pub fn cast(&mut self, v: Val, d: DType, span: Loc) -> Val {
        match &v {
            Val::Poison => Val::Poison,
            Val::Int(_) | Val::Float(_) | Val::Desc(_) => {
                if matches!(v, Val::Float(_)) && !d.is_float() {
                    // `2.5 as i32`: fold like Rust.
                    if let Val::Float(f) = v {
                        let id = self.materialize(&Val::Int(WeakInt::Lit(f as i128)), d, span);
                        return self.val(id);
                    }
                }
                let id = self.materialize(&v, d, span);
                self.val(id)
            }
            Val::Ir(id, t) => {
                let Some(from) = t.dtype() else {
                    self.error(span, format!("cannot cast a pointer ({t}) to `{d}`"));
                    return Val::Poison;
                };
                if from == d {
                    return v;
                }
                let r = self.emit(Op::Cast { value: *id, to: d }, span);
                self.val(r)
            }
        }
    }

    fn binary_syn(&mut self, op: &BinOp, l: &Val, r: &Val, span: Loc) -> Val {
        let cmp = match op {
            BinOp::Eq(_) => Some(CmpOp::Eq),
            BinOp::Ne(_) => Some(CmpOp::Ne),
            BinOp::Lt(_) => Some(CmpOp::Lt),
            BinOp::Le(_) => Some(CmpOp::Le),
            BinOp::Gt(_) => Some(CmpOp::Gt),
            BinOp::Ge(_) => Some(CmpOp::Ge),
            _ => None,
        };
        if let Some(c) = cmp {
            return self.compare(c, l, r, span);
        }
        let bop = match op {
            BinOp::Add(_) => BinaryOp::Add,
            BinOp::Sub(_) => BinaryOp::Sub,
            BinOp::Mul(_) => BinaryOp::Mul,
            BinOp::Div(_) => BinaryOp::Div,
            BinOp::Rem(_) => BinaryOp::Rem,
            BinOp::BitAnd(_) | BinOp::And(_) => BinaryOp::And,
            BinOp::BitOr(_) | BinOp::Or(_) => BinaryOp::Or,
            BinOp::BitXor(_) => BinaryOp::Xor,
            BinOp::Shl(_) => BinaryOp::Shl,
            BinOp::Shr(_) => BinaryOp::Shr,
            _ => {
                self.error(span, "unsupported binary operator");
                return Val::Poison;
            }
        };
        self.binary(bop, l, r, span, &binop_symbol(op))
    }

    /// A comparison producing a `bool` tile.
    pub fn compare(&mut self, c: CmpOp, l: &Val, r: &Val, span: Loc) -> Val {
        let name = cmp_name(c);
        let Some((a, b, t)) = self.unify(l, r, &format!("comparison `{name}`"), span) else {
            return Val::Poison;
        };
        if t.dtype().is_some_and(|d| d.is_fp8()) {
            self.error(
                span,
                format!("cannot compare {t}: fp8 is a storage type; cast to f16 or f32 first"),
            );
            return Val::Poison;
        }
        let id = self.emit(
            Op::Cmp {
                op: c,
                lhs: a,
                rhs: b,
            },
            span,
        );
        self.val(id)
    }

    /// An elementwise binary op, including pointer offsets for `+` and `-`.
    pub fn binary(&mut self, op: BinaryOp, l: &Val, r: &Val, span: Loc, sym: &str) -> Val {
        let is_ptr = |v: &Val| matches!(v, Val::Ir(_, t) if matches!(t.elem, Elem::Ptr(_)));
        if is_ptr(l) || is_ptr(r) {
            return self.ptr_arith(op, l, r, span);
        }
        // Fold arithmetic on two integer literals (`BLOCK * 2` stays a runtime op).
        if let (Val::Int(WeakInt::Lit(a)), Val::Int(WeakInt::Lit(b))) = (l, r)
            && let Some(v) = fold_int(op, *a, *b)
        {
            return Val::Int(WeakInt::Lit(v));
        }
        if let (Val::Float(a), Val::Float(b)) = (l, r) {
            let v = match op {
                BinaryOp::Add => Some(a + b),
                BinaryOp::Sub => Some(a - b),
                BinaryOp::Mul => Some(a * b),
                BinaryOp::Div => Some(a / b),
                _ => None,
            };
            if let Some(v) = v {
                return Val::Float(v);
            }
        }
        let Some((a, b, t)) = self.unify(l, r, &format!("`{sym}`"), span) else {
            return Val::Poison;
        };
        let d = t.dtype().expect("unify returns non-pointers here");
        let ok = match op {
            BinaryOp::Add
            | BinaryOp::Sub
            | BinaryOp::Mul
            | BinaryOp::Div
            | BinaryOp::Rem
            | BinaryOp::Min
            | BinaryOp::Max => (d.is_int() || d.is_float()) && !d.is_fp8(),
            BinaryOp::And | BinaryOp::Or | BinaryOp::Xor => d.is_int() || d.is_bool(),
            BinaryOp::Shl | BinaryOp::Shr => d.is_int(),
            BinaryOp::Pow => d.is_float() && !d.is_fp8(),
        };
        if !ok {
            let need = match op {
                BinaryOp::And | BinaryOp::Or | BinaryOp::Xor => "integers or `bool`",
                BinaryOp::Shl | BinaryOp::Shr => "integers",
                BinaryOp::Pow => "floats",
                _ if d.is_fp8() => "numbers (fp8 is a storage type: cast to f16 or f32 first)",
                _ => "numbers",
            };
            self.error(
                span,
                format!("`{sym}` is not defined on {t}: it needs {need}"),
            );
            return Val::Poison;
        }
        let id = self.emit(Op::Binary { op, lhs: a, rhs: b }, span);
        self.val(id)
    }

    fn ptr_arith(&mut self, op: BinaryOp, l: &Val, r: &Val, span: Loc) -> Val {
        let (p, off, negate) = match (op, l, r) {
            (BinaryOp::Add, Val::Ir(_, t), o) if matches!(t.elem, Elem::Ptr(_)) => (l, o, false),
            (BinaryOp::Add, o, Val::Ir(_, t)) if matches!(t.elem, Elem::Ptr(_)) => (r, o, false),
            (BinaryOp::Sub, Val::Ir(_, t), o) if matches!(t.elem, Elem::Ptr(_)) => (l, o, true),
            _ => {
                self.error(
                    span,
                    "pointers only support `ptr + offset` and `ptr - offset` with integer offsets",
                );
                return Val::Poison;
            }
        };
        let Val::Ir(pid, pt) = p else {
            unreachable!("matched above")
        };
        let (oid, ot) = match off {
            Val::Poison => return Val::Poison,
            Val::Float(_) => {
                self.error(
                    span,
                    "a pointer offset must be an integer, found a float literal",
                );
                return Val::Poison;
            }
            Val::Ir(_, t) if !t.dtype().is_some_and(|d| d.is_int()) => {
                self.error(
                    span,
                    format!("a pointer offset must be an integer, found {t}"),
                );
                return Val::Poison;
            }
            other => match self.typed(other, span) {
                Some(x) => x,
                None => return Val::Poison,
            },
        };
        let shape = match crate::value::broadcast_shapes(&pt.shape, &ot.shape) {
            Ok(s) => s,
            Err(m) => {
                self.error(span, format!("shape mismatch in pointer offset: {m}"));
                return Val::Poison;
            }
        };
        let oid = if negate {
            match self.emit(
                Op::Unary {
                    op: UnaryOp::Neg,
                    value: oid,
                },
                span,
            ) {
                Some(x) => x,
                None => return Val::Poison,
            }
        } else {
            oid
        };
        let (Some(pb), Some(ob)) = (
            self.broadcast_to(*pid, pt, &shape, span),
            self.broadcast_to(oid, &ot, &shape, span),
        ) else {
            return Val::Poison;
        };
        let id = self.emit(
            Op::PtrAdd {
                ptr: pb,
                offset: ob,
            },
            span,
        );
        self.val(id)
    }

    /// `x[(.., None)]`: Triton's dimension insertion. Each `..` keeps a dimension, each
    /// `None` inserts one of extent 1.
    fn index(&mut self, ix: &syn::ExprIndex) -> Val {
        let v = self.expr(&ix.expr);
        let items: Vec<&Expr> = match &*ix.index {
            Expr::Tuple(t) => t.elems.iter().collect(),
            other => vec![other],
        };
        let Val::Ir(mut id, mut ty) = v else {
            if !matches!(v, Val::Poison) {
                self.error(ix.expr.loc(), "only tiles can be indexed with `[.., None]`");
            }
            return Val::Poison;
        };
        let mut dim = 0u32;
        let kept = items.iter().filter(|e| matches!(e, Expr::Range(_))).count();
        if kept != ty.rank() {
            self.error(
                ix.index.loc(),
                format!("expected one `..` per dimension of {ty} ({} of them) and `None` for each new dimension", ty.rank()),
            );
            return Val::Poison;
        }
        for item in items {
            match item {
                Expr::Range(r) if r.start.is_none() && r.end.is_none() => dim += 1,
                Expr::Path(p) if p.path.is_ident("None") => {
                    let Some(n) = self.emit(
                        Op::ExpandDims {
                            value: id,
                            axis: dim,
                        },
                        item.loc(),
                    ) else {
                        return Val::Poison;
                    };
                    id = n;
                    ty = self.b.ty(n).clone();
                    dim += 1;
                }
                other => {
                    self.error(other.loc(), "expected `..` (keep a dimension) or `None` (insert one): element indexing is done with pointers and `load`");
                    return Val::Poison;
                }
            }
        }
        Val::Ir(id, ty)
    }
}

/// The binary op of a compound assignment (`+=` ...), if `op` is one.
fn compound_op(op: &BinOp) -> Option<BinaryOp> {
    Some(match op {
        BinOp::AddAssign(_) => BinaryOp::Add,
        BinOp::SubAssign(_) => BinaryOp::Sub,
        BinOp::MulAssign(_) => BinaryOp::Mul,
        BinOp::DivAssign(_) => BinaryOp::Div,
        BinOp::RemAssign(_) => BinaryOp::Rem,
        BinOp::BitAndAssign(_) => BinaryOp::And,
        BinOp::BitOrAssign(_) => BinaryOp::Or,
        BinOp::BitXorAssign(_) => BinaryOp::Xor,
        BinOp::ShlAssign(_) => BinaryOp::Shl,
        BinOp::ShrAssign(_) => BinaryOp::Shr,
        _ => return None,
    })
}

fn binop_symbol(op: &BinOp) -> String {
    quote::ToTokens::to_token_stream(op).to_string()
}

fn cmp_name(c: CmpOp) -> &'static str {
    match c {
        CmpOp::Eq => "==",
        CmpOp::Ne => "!=",
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
    }
}

fn fold_int(op: BinaryOp, a: i128, b: i128) -> Option<i128> {
    match op {
        BinaryOp::Add => a.checked_add(b),
        BinaryOp::Sub => a.checked_sub(b),
        BinaryOp::Mul => a.checked_mul(b),
        BinaryOp::Div if b != 0 => Some(a / b),
        BinaryOp::Rem if b != 0 => Some(a % b),
        _ => None,
    }
}

/// Type arguments of a turbofish (`zeros::<f32>`).
fn generic_types(args: &syn::PathArguments) -> Vec<&syn::GenericArgument> {
    match args {
        syn::PathArguments::AngleBracketed(a) => a.args.iter().collect(),
        _ => Vec::new(),
    }
}

/// `f32::NEG_INFINITY`, `i32::MAX`...: weakly typed like literals, so they work with any
/// float (or integer) tile.
fn assoc_const(d: DType, name: &str) -> Option<Val> {
    use half::{bf16, f16};
    if d.is_float() {
        let v = match (d, name) {
            (_, "INFINITY") => f64::INFINITY,
            (_, "NEG_INFINITY") => f64::NEG_INFINITY,
            (_, "NAN") => f64::NAN,
            (DType::F32, "MAX") => f32::MAX as f64,
            (DType::F32, "MIN") => f32::MIN as f64,
            (DType::F32, "EPSILON") => f32::EPSILON as f64,
            (DType::F32, "MIN_POSITIVE") => f32::MIN_POSITIVE as f64,
            (DType::F64, "MAX") => f64::MAX,
            (DType::F64, "MIN") => f64::MIN,
            (DType::F64, "EPSILON") => f64::EPSILON,
            (DType::F16, "MAX") => f16::MAX.to_f64(),
            (DType::F16, "MIN") => f16::MIN.to_f64(),
            (DType::F16, "EPSILON") => f16::EPSILON.to_f64(),
            (DType::BF16, "MAX") => bf16::MAX.to_f64(),
            (DType::BF16, "MIN") => bf16::MIN.to_f64(),
            (DType::BF16, "EPSILON") => bf16::EPSILON.to_f64(),
            _ => return None,
        };
        return Some(Val::Float(v));
    }
    if let Some((lo, hi)) = d.int_range() {
        return match name {
            "MAX" => Some(Val::Int(WeakInt::Lit(hi))),
            "MIN" => Some(Val::Int(WeakInt::Lit(lo))),
            _ => None,
        };
    }
    None
}
