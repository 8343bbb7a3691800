//! Expressions: literals, names, operators, casts, calls and `[.., None]` indexing.

use kernel_core::ir::{BinaryOp, CmpOp, ConstValue, DType, Elem, Op, OperandClass, UnaryOp};
use syn::{BinOp, Expr, Lit, UnOp};

use crate::loc::{Loc, Located};
use crate::lower::{Binding, Lower};
use crate::signature::dtype_of_type;
use crate::value::{Val, WeakInt};

impl Lower {
    /// Lowers an expression to a value. Its instructions are located at its [`anchor`]
    /// (operands set their own while they are lowered).
    ///
    /// [`anchor`]: crate::loc::anchor
    pub fn expr(&mut self, e: &Expr) -> Val {
        self.located(crate::loc::anchor(e), |lw| lw.expr_here(e))
    }

    /// [`Lower::expr`] at the location already set.
    fn expr_here(&mut self, e: &Expr) -> Val {
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
                let args: Vec<&Expr> = c.args.iter().collect();
                match self.resolve_fn(&p.path, &args) {
                    Some(crate::functions::Resolved::Fn(id)) => {
                        return self.call_fn(&id, &args, e.loc());
                    }
                    Some(crate::functions::Resolved::Deferred) => return Val::Poison,
                    None => {}
                }
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
            Expr::If(i) => self.if_expr(i),
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
            if let Some(d) = self.fn_dim(name) {
                return self.dim_value(&d, p.loc());
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
            if self
                .combine_hidden
                .as_ref()
                .is_some_and(|h| h.iter().any(|n| n == name))
            {
                self.error(
                    p.loc(),
                    format!("a combine function cannot use `{name}` from the kernel: it sees only its two arguments and the const generics (fold `{name}` in as another tile, or apply it after the reduction)"),
                );
                return Val::Poison;
            }
            self.error(
                p.loc(),
                format!("cannot find value `{name}` in this kernel"),
            );
            return Val::Poison;
        }
        if segs.len() == 2
            && let Some(d) = crate::signature::dtype_of_ident(&segs[0])
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
        let name = CmpOp::symbol(c);
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
    /// A dimension used as a value: a literal, a const generic (weakly typed, as both are),
    /// or for `BLOCK / 2` the arithmetic on its parts.
    pub fn dim_value(&mut self, d: &kernel_core::ir::Dim, span: Loc) -> Val {
        use kernel_core::ir::{Dim, DimOp};
        match d {
            Dim::Const(n) => Val::Int(WeakInt::Lit(*n as i128)),
            Dim::Sym(s) => Val::Int(WeakInt::Param(s.clone())),
            Dim::Op(op, a, b) => {
                let (a, b) = (self.dim_value(a, span), self.dim_value(b, span));
                let (bop, sym) = match op {
                    DimOp::Add => (BinaryOp::Add, "+"),
                    DimOp::Sub => (BinaryOp::Sub, "-"),
                    DimOp::Mul => (BinaryOp::Mul, "*"),
                    DimOp::Div => (BinaryOp::Div, "/"),
                    DimOp::Rem => (BinaryOp::Rem, "%"),
                };
                self.binary(bop, &a, &b, span, sym)
            }
        }
    }

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
        // The op table's class of operands (what the verifier checks too).
        let class = op.operand_class();
        if !class.contains(d) {
            let need = match class {
                OperandClass::IntOrBool => "integers or `bool`",
                OperandClass::Int => "integers",
                OperandClass::Float => "floats",
                OperandClass::Number if d.is_fp8() => {
                    "numbers (fp8 is a storage type: cast to f16 or f32 first)"
                }
                OperandClass::Number => "numbers",
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
pub(crate) fn compound_op(op: &BinOp) -> Option<BinaryOp> {
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

pub(crate) fn binop_symbol(op: &BinOp) -> String {
    quote::ToTokens::to_token_stream(op).to_string()
}

/// The Rust operator of a comparison, as diagnostics quote it.
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
pub(crate) fn generic_types(args: &syn::PathArguments) -> Vec<&syn::GenericArgument> {
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
