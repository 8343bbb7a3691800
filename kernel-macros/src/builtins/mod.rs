//! The functions a kernel can call (`load`, `exp`, `dot`, `sum`, ...): their arity, operand
//! checks and lowering. Method syntax is sugar: `x.exp()` is `exp(x)`, `x.sum(0)` is
//! `sum(x, 0)`.

mod args;
mod dot;

use crate::loc::{Loc, Located};
use kernel_core::ir::{
    ArgReduceOp, AtomicOp, BinaryOp, ConstValue, DType, Dim, DotPrecision, Op, RandKind, ReduceOp,
    Type, UnaryOp,
};
use syn::{Expr, GenericArgument, Ident};

use crate::lower::Lower;
use crate::value::{Val, WeakInt, broadcast_shapes};

/// Every callable name, for "did you mean" suggestions and the book's reference table.
pub const BUILTINS: &[&str] = &[
    "program_id",
    "num_programs",
    "arange",
    "zeros",
    "full",
    "load",
    "store",
    "select",
    "exp",
    "exp2",
    "log",
    "log2",
    "sqrt",
    "rsqrt",
    "sin",
    "cos",
    "tanh",
    "abs",
    "floor",
    "ceil",
    "sigmoid",
    "erf",
    "minimum",
    "maximum",
    "pow",
    "clamp",
    "fma",
    "cdiv",
    "sum",
    "max",
    "min",
    "prod",
    "argmax",
    "argmin",
    "cumsum",
    "cumprod",
    "expand_dims",
    "broadcast_to",
    "reshape",
    "trans",
    "permute",
    "dot",
    "dot_tf32",
    "atomic_add",
    "atomic_max",
    "atomic_min",
    "atomic_and",
    "atomic_or",
    "atomic_xor",
    "atomic_xchg",
    "atomic_cas",
    "rand",
    "randn",
    "randint",
    "cast",
    "bitcast",
    "device_assert",
    "device_print",
    "tensor_desc",
];

fn unary_fn(name: &str) -> Option<UnaryOp> {
    Some(match name {
        "exp" => UnaryOp::Exp,
        "exp2" => UnaryOp::Exp2,
        "log" => UnaryOp::Log,
        "log2" => UnaryOp::Log2,
        "sqrt" => UnaryOp::Sqrt,
        "rsqrt" => UnaryOp::Rsqrt,
        "sin" => UnaryOp::Sin,
        "cos" => UnaryOp::Cos,
        "tanh" => UnaryOp::Tanh,
        "floor" => UnaryOp::Floor,
        "ceil" => UnaryOp::Ceil,
        "sigmoid" => UnaryOp::Sigmoid,
        "erf" => UnaryOp::Erf,
        "abs" => UnaryOp::Abs,
        _ => return None,
    })
}

fn reduce_fn(name: &str) -> Option<ReduceOp> {
    Some(match name {
        "sum" => ReduceOp::Sum,
        "max" => ReduceOp::Max,
        "min" => ReduceOp::Min,
        "prod" => ReduceOp::Prod,
        _ => return None,
    })
}

fn atomic_fn(name: &str) -> Option<AtomicOp> {
    Some(match name {
        "atomic_add" => AtomicOp::Add,
        "atomic_max" => AtomicOp::Max,
        "atomic_min" => AtomicOp::Min,
        "atomic_and" => AtomicOp::And,
        "atomic_or" => AtomicOp::Or,
        "atomic_xor" => AtomicOp::Xor,
        "atomic_xchg" => AtomicOp::Xchg,
        _ => return None,
    })
}

impl Lower {
    pub fn call(
        &mut self,
        ident: &Ident,
        generics: Vec<&GenericArgument>,
        args: &[&Expr],
        span: Loc,
    ) -> Val {
        let name = ident.to_string();
        let n = name.as_str();
        let r = self.call_inner(n, ident, &generics, args, span);
        match r {
            Some(v) => v,
            None => Val::Poison,
        }
    }

    fn call_inner(
        &mut self,
        n: &str,
        ident: &Ident,
        generics: &[&GenericArgument],
        args: &[&Expr],
        span: Loc,
    ) -> Option<Val> {
        if !generics.is_empty() && !matches!(n, "zeros" | "full" | "cast" | "bitcast") {
            self.error(span, format!("`{n}` takes no type arguments"));
            return None;
        }
        if let Some(op) = unary_fn(n) {
            if !self.arity(n, args, 1..=1, &format!("{n}(x)"), span) {
                return None;
            }
            let v = self.expr(args[0]);
            let (id, t) = if op == UnaryOp::Abs {
                let (id, t) = self.typed(&v, span)?;
                if !t
                    .dtype()
                    .is_some_and(|d| (d.is_int() || d.is_float()) && !d.is_fp8())
                {
                    self.error(span, format!("`abs` needs a number, found {t}"));
                    return None;
                }
                (id, t)
            } else {
                self.float_tile(v, n, args[0].loc())?
            };
            let _ = t;
            let r = self.emit(Op::Unary { op, value: id }, span);
            return Some(self.val(r));
        }
        if let Some(op) = reduce_fn(n) {
            if !self.arity(n, args, 1..=2, &format!("{n}(x, axis)"), span) {
                return None;
            }
            let (mut id, t) = self.tile_arg(args[0], &format!("`{n}`"))?;
            if t.is_scalar() {
                self.error(args[0].loc(), format!("`{n}` reduces a tile, found the scalar {t}; for the elementwise {n} of two values use `{}um(a, b)`", if n == "max" { "maxim" } else { "minim" }));
                return None;
            }
            if !t
                .dtype()
                .is_some_and(|d| (d.is_int() || d.is_float()) && !d.is_fp8())
            {
                self.error(args[0].loc(), format!("`{n}` needs numbers, found {t}"));
                return None;
            }
            if args.len() == 2 {
                let axis = self.axis(args[1], t.rank())?;
                let r = self.emit(
                    Op::Reduce {
                        op,
                        value: id,
                        axis,
                    },
                    span,
                );
                return Some(self.val(r));
            }
            for _ in 0..t.rank() {
                id = self.emit(
                    Op::Reduce {
                        op,
                        value: id,
                        axis: 0,
                    },
                    span,
                )?;
            }
            return Some(self.val(Some(id)));
        }
        if let Some(op) = atomic_fn(n) {
            if !self.arity(n, args, 2..=3, &format!("{n}(ptr, value, mask)"), span) {
                return None;
            }
            let (ptr, pt) = self.ptr_arg(args[0], n)?;
            let v = self.expr(args[1]);
            let value = self.coerce_to_type(
                &v,
                &Type::tile(pt.pointee()?, pt.shape.clone()),
                args[1].loc(),
                &format!("the value of `{n}` through {pt}"),
            )?;
            let mask = self.mask_arg(args.get(2).copied(), &pt)?;
            let r = self.emit(
                Op::Atomic {
                    op,
                    ptr,
                    value,
                    mask,
                },
                span,
            );
            return Some(self.val(r));
        }
        match n {
            "program_id" | "num_programs" => {
                if !self.arity(n, args, 1..=1, &format!("{n}(axis)"), span) {
                    return None;
                }
                let axis = self.const_int(args[0], "the grid axis")?;
                if !(0..=2).contains(&axis) {
                    self.error(
                        args[0].loc(),
                        format!("the grid axis must be 0, 1 or 2, found {axis}"),
                    );
                    return None;
                }
                let op = if n == "program_id" {
                    Op::ProgramId { axis: axis as u8 }
                } else {
                    Op::NumPrograms { axis: axis as u8 }
                };
                let r = self.emit(op, span);
                Some(self.val(r))
            }
            "arange" => {
                if !self.arity(n, args, 2..=2, "arange(start, end)", span) {
                    return None;
                }
                let start = self.peek_const_int(args[0]);
                let end_dim = self.dim(args[1])?;
                let Some(start) = start else {
                    self.error(args[0].loc(), "the start of `arange` must be an integer literal (non-constant where a constant is required)");
                    return None;
                };
                let len = match (&end_dim, start) {
                    (d, 0) => d.clone(),
                    (Dim::Const(e), s) if (s as i128) < (*e as i128) => Dim::Const(e - s as u64),
                    (Dim::Const(_), _) => {
                        self.error(span, "`arange(start, end)` needs start < end");
                        return None;
                    }
                    (Dim::Sym(_), _) => {
                        self.error(args[0].loc(), "`arange` with a symbolic end must start at 0: write `start + arange(0, END)`");
                        return None;
                    }
                };
                let r = self.emit(Op::Arange { len }, span)?;
                let v = self.val(Some(r));
                if start == 0 {
                    return Some(v);
                }
                let s = Val::Int(WeakInt::Lit(start as i128));
                Some(self.binary(BinaryOp::Add, &v, &s, span, "+"))
            }
            "zeros" => {
                if !self.arity(n, args, 1..=1, "zeros::<f32>([BM, BN])", span) {
                    return None;
                }
                let d = self.one_type_arg(n, generics, span)?;
                let shape = self.shape(args[0])?;
                let zero = if d.is_float() {
                    Val::Float(0.0)
                } else if d.is_bool() {
                    let f = self.emit(
                        Op::Const {
                            value: ConstValue::Bool(false),
                            dtype: DType::Bool,
                        },
                        span,
                    );
                    self.val(f)
                } else {
                    Val::Int(WeakInt::Lit(0))
                };
                let id = self.materialize(&zero, d, span)?;
                let r = self.broadcast_to(id, &Type::scalar(d), &shape, span);
                Some(self.val(r))
            }
            "full" => {
                if !self.arity(n, args, 2..=2, "full::<f32>([BM, BN], value)", span) {
                    return None;
                }
                let shape = self.shape(args[0])?;
                let v = self.expr(args[1]);
                let (id, t) = if generics.is_empty() {
                    self.typed(&v, args[1].loc())?
                } else {
                    let d = self.one_type_arg(n, generics, span)?;
                    let id = self.coerce_to_type(
                        &v,
                        &Type::scalar(d),
                        args[1].loc(),
                        "the value of `full`",
                    )?;
                    (id, Type::scalar(d))
                };
                if !t.is_scalar() {
                    self.error(
                        args[1].loc(),
                        format!("`full` takes a scalar value, found {t}"),
                    );
                    return None;
                }
                let r = self.broadcast_to(id, &t, &shape, span);
                Some(self.val(r))
            }
            "load" => {
                if !self.arity(n, args, 1..=3, "load(ptr, mask, other)", span) {
                    return None;
                }
                let first = self.expr(args[0]);
                if let Val::Desc(d) = first {
                    return self.desc_load(d, &args[1..], span);
                }
                let (ptr, pt) = self.ptr_val(first, args[0], n)?;
                let mask = self.mask_arg(args.get(1).copied(), &pt)?;
                let other = match args.get(2) {
                    None => None,
                    Some(e) => {
                        let v = self.expr(e);
                        Some(self.coerce_to_type(
                            &v,
                            &Type::tile(pt.pointee()?, pt.shape.clone()),
                            e.loc(),
                            &format!("`other` of a load through {pt}"),
                        )?)
                    }
                };
                let r = self.emit(Op::Load { ptr, mask, other }, span);
                Some(self.val(r))
            }
            "store" => {
                if !self.arity(n, args, 2..=3, "store(ptr, value, mask)", span) {
                    return None;
                }
                let first = self.expr(args[0]);
                if let Val::Desc(d) = first {
                    self.desc_store(d, &args[1..], span);
                    return Some(Val::Poison);
                }
                let (ptr, pt) = self.ptr_val(first, args[0], n)?;
                let v = self.expr(args[1]);
                let value = self.coerce_to_type(
                    &v,
                    &Type::tile(pt.pointee()?, pt.shape.clone()),
                    args[1].loc(),
                    &format!("a store through {pt}"),
                )?;
                let mask = self.mask_arg(args.get(2).copied(), &pt)?;
                self.emit_void(Op::Store { ptr, value, mask }, span);
                Some(Val::Poison)
            }
            "select" => {
                if !self.arity(n, args, 3..=3, "select(cond, a, b)", span) {
                    return None;
                }
                let c = self.expr(args[0]);
                let a = self.expr(args[1]);
                let b = self.expr(args[2]);
                let (ia, ib, t) = self.unify(&a, &b, "`select`", span)?;
                let (cid, ct) = self.typed(&c, args[0].loc())?;
                if ct.dtype() != Some(DType::Bool) {
                    self.error(
                        args[0].loc(),
                        format!("the condition of `select` must be `bool`, found {ct}"),
                    );
                    return None;
                }
                let shape = match broadcast_shapes(&ct.shape, &t.shape) {
                    Ok(s) => s,
                    Err(m) => {
                        self.error(span, format!("shape mismatch in `select`: {m}"));
                        return None;
                    }
                };
                let cid = self.broadcast_to(cid, &ct, &shape, span)?;
                let ia = self.broadcast_to(ia, &t, &shape, span)?;
                let ib = self.broadcast_to(ib, &t, &shape, span)?;
                let r = self.emit(
                    Op::Select {
                        cond: cid,
                        on_true: ia,
                        on_false: ib,
                    },
                    span,
                );
                Some(self.val(r))
            }
            "minimum" | "maximum" | "pow" => {
                if !self.arity(n, args, 2..=2, &format!("{n}(a, b)"), span) {
                    return None;
                }
                let a = self.expr(args[0]);
                let b = self.expr(args[1]);
                let op = match n {
                    "minimum" => BinaryOp::Min,
                    "maximum" => BinaryOp::Max,
                    _ => BinaryOp::Pow,
                };
                Some(self.binary(op, &a, &b, span, n))
            }
            "clamp" => {
                if !self.arity(n, args, 3..=3, "clamp(x, lo, hi)", span) {
                    return None;
                }
                let x = self.expr(args[0]);
                let lo = self.expr(args[1]);
                let hi = self.expr(args[2]);
                let m = self.binary(BinaryOp::Max, &x, &lo, span, "clamp");
                Some(self.binary(BinaryOp::Min, &m, &hi, span, "clamp"))
            }
            "fma" => {
                if !self.arity(n, args, 3..=3, "fma(a, b, c)", span) {
                    return None;
                }
                let a = self.expr(args[0]);
                let b = self.expr(args[1]);
                let c = self.expr(args[2]);
                let (ia, ib, t) = self.unify(&a, &b, "`fma`", span)?;
                let ab = Val::Ir(ia, t.clone());
                let (_, ic, t2) = self.unify(&ab, &c, "`fma`", span)?;
                if !t2.dtype().is_some_and(|d| d.is_float() && !d.is_fp8()) {
                    self.error(span, format!("`fma` needs floats, found {t2}"));
                    return None;
                }
                let ia = self.broadcast_to(ia, &t, &t2.shape, span)?;
                let ib = self.broadcast_to(ib, &t, &t2.shape, span)?;
                let r = self.emit(
                    Op::Fma {
                        a: ia,
                        b: ib,
                        c: ic,
                    },
                    span,
                );
                Some(self.val(r))
            }
            "cdiv" => {
                if !self.arity(n, args, 2..=2, "cdiv(a, b)", span) {
                    return None;
                }
                let a = self.expr(args[0]);
                let b = self.expr(args[1]);
                let one = Val::Int(WeakInt::Lit(1));
                let s = self.binary(BinaryOp::Add, &a, &b, span, "cdiv");
                let s = self.binary(BinaryOp::Sub, &s, &one, span, "cdiv");
                Some(self.binary(BinaryOp::Div, &s, &b, span, "cdiv"))
            }
            "argmax" | "argmin" => {
                if !self.arity(n, args, 2..=2, &format!("{n}(x, axis)"), span) {
                    return None;
                }
                let (id, t) = self.tile_arg(args[0], &format!("`{n}`"))?;
                let axis = self.axis(args[1], t.rank())?;
                let op = if n == "argmax" {
                    ArgReduceOp::ArgMax
                } else {
                    ArgReduceOp::ArgMin
                };
                let r = self.emit(
                    Op::ArgReduce {
                        op,
                        value: id,
                        axis,
                    },
                    span,
                );
                Some(self.val(r))
            }
            "cumsum" | "cumprod" => {
                if !self.arity(n, args, 2..=2, &format!("{n}(x, axis)"), span) {
                    return None;
                }
                let (id, t) = self.tile_arg(args[0], &format!("`{n}`"))?;
                let axis = self.axis(args[1], t.rank())?;
                let op = if n == "cumsum" {
                    ReduceOp::Sum
                } else {
                    ReduceOp::Prod
                };
                let r = self.emit(
                    Op::Scan {
                        op,
                        value: id,
                        axis,
                    },
                    span,
                );
                Some(self.val(r))
            }
            "expand_dims" => {
                if !self.arity(n, args, 2..=2, "expand_dims(x, axis)", span) {
                    return None;
                }
                let (id, t) = self.tile_arg(args[0], "`expand_dims`")?;
                let axis = self.axis(args[1], t.rank() + 1)?;
                let r = self.emit(Op::ExpandDims { value: id, axis }, span);
                Some(self.val(r))
            }
            "broadcast_to" => {
                if !self.arity(n, args, 2..=2, "broadcast_to(x, [A, B])", span) {
                    return None;
                }
                let v = self.expr(args[0]);
                let shape = self.shape(args[1])?;
                let (id, t) = self.typed(&v, args[0].loc())?;
                if !crate::value::broadcasts_to(&t.shape, &shape) {
                    self.error(
                        span,
                        format!(
                            "cannot broadcast {t} to {}",
                            kernel_core::ir::shape_to_string(&shape)
                        ),
                    );
                    return None;
                }
                let r = self.broadcast_to(id, &t, &shape, span);
                Some(self.val(r))
            }
            "reshape" => {
                if !self.arity(n, args, 2..=2, "reshape(x, [A, B])", span) {
                    return None;
                }
                let (id, _) = self.tile_arg(args[0], "`reshape`")?;
                let shape = self.shape(args[1])?;
                let r = self.emit(Op::Reshape { value: id, shape }, span);
                Some(self.val(r))
            }
            "trans" => {
                if !self.arity(n, args, 1..=1, "trans(x)", span) {
                    return None;
                }
                let (id, t) = self.tile_arg(args[0], "`trans`")?;
                if t.rank() != 2 {
                    self.error(
                        args[0].loc(),
                        format!(
                            "`trans` needs a 2-D tile, found {t}; use `permute` for other ranks"
                        ),
                    );
                    return None;
                }
                let r = self.emit(
                    Op::Permute {
                        value: id,
                        perm: vec![1, 0],
                    },
                    span,
                );
                Some(self.val(r))
            }
            "permute" => {
                if !self.arity(n, args, 2..=2, "permute(x, [1, 0, 2])", span) {
                    return None;
                }
                let (id, t) = self.tile_arg(args[0], "`permute`")?;
                let Expr::Array(a) = args[1] else {
                    self.error(args[1].loc(), "expected a permutation like `[1, 0]`");
                    return None;
                };
                let mut perm = Vec::new();
                for e in &a.elems {
                    perm.push(self.const_int(e, "a permutation entry")? as u32);
                }
                let mut sorted = perm.clone();
                sorted.sort_unstable();
                if sorted != (0..t.rank() as u32).collect::<Vec<_>>() {
                    self.error(
                        args[1].loc(),
                        format!("expected a permutation of 0..{} for {t}", t.rank()),
                    );
                    return None;
                }
                let r = self.emit(Op::Permute { value: id, perm }, span);
                Some(self.val(r))
            }
            "dot" => self.dot(args, span, DotPrecision::Ieee),
            "dot_tf32" => self.dot(args, span, DotPrecision::Tf32),
            "tensor_desc" => self.tensor_desc(args, span),
            "atomic_cas" => {
                if !self.arity(n, args, 3..=4, "atomic_cas(ptr, cmp, value, mask)", span) {
                    return None;
                }
                let (ptr, pt) = self.ptr_arg(args[0], n)?;
                let ty = Type::tile(pt.pointee()?, pt.shape.clone());
                let c = self.expr(args[1]);
                let cmp = self.coerce_to_type(
                    &c,
                    &ty,
                    args[1].loc(),
                    "the expected value of `atomic_cas`",
                )?;
                let v = self.expr(args[2]);
                let value =
                    self.coerce_to_type(&v, &ty, args[2].loc(), "the new value of `atomic_cas`")?;
                let mask = self.mask_arg(args.get(3).copied(), &pt)?;
                let r = self.emit(
                    Op::AtomicCas {
                        ptr,
                        cmp,
                        value,
                        mask,
                    },
                    span,
                );
                Some(self.val(r))
            }
            "rand" | "randn" | "randint" => {
                if !self.arity(n, args, 2..=2, &format!("{n}(seed, offsets)"), span) {
                    return None;
                }
                let s = self.expr(args[0]);
                let (seed, st) = self.typed(&s, args[0].loc())?;
                if !st.is_scalar()
                    || !st.dtype().is_some_and(|d| {
                        matches!(d, DType::I32 | DType::U32 | DType::I64 | DType::U64)
                    })
                {
                    self.error(
                        args[0].loc(),
                        format!(
                            "the seed of `{n}` must be a scalar i32, u32, i64 or u64, found {st}"
                        ),
                    );
                    return None;
                }
                let o = self.expr(args[1]);
                let (offset, ot) = self.typed(&o, args[1].loc())?;
                if !ot.dtype().is_some_and(|d| d.is_int()) {
                    self.error(
                        args[1].loc(),
                        format!("the offsets of `{n}` must be integers, found {ot}"),
                    );
                    return None;
                }
                let kind = match n {
                    "rand" => RandKind::Uniform,
                    "randn" => RandKind::Normal,
                    _ => RandKind::Int,
                };
                let r = self.emit(Op::Rand { kind, seed, offset }, span);
                Some(self.val(r))
            }
            "cast" | "bitcast" => {
                if !self.arity(n, args, 1..=1, &format!("{n}::<f32>(x)"), span) {
                    return None;
                }
                let d = self.one_type_arg(n, generics, span)?;
                let v = self.expr(args[0]);
                if n == "cast" {
                    return Some(self.cast(v, d, span));
                }
                let (id, t) = self.typed(&v, args[0].loc())?;
                match t.dtype() {
                    Some(from)
                        if from.size_bytes() == d.size_bytes()
                            && !from.is_bool()
                            && !d.is_bool() => {}
                    _ => {
                        self.error(
                            span,
                            format!(
                                "`bitcast` needs a non-bool dtype of the same width: {t} to `{d}`"
                            ),
                        );
                        return None;
                    }
                }
                let r = self.emit(Op::Bitcast { value: id, to: d }, span);
                Some(self.val(r))
            }
            "device_assert" => {
                if !self.arity(n, args, 2..=2, "device_assert(cond, \"message\")", span) {
                    return None;
                }
                let c = self.expr(args[0]);
                let message = self.string_lit(args[1])?;
                let (cond, ct) = self.typed(&c, args[0].loc())?;
                if ct.dtype() != Some(DType::Bool) {
                    self.error(
                        args[0].loc(),
                        format!("`device_assert` needs a `bool` condition, found {ct}"),
                    );
                    return None;
                }
                self.emit_void(Op::Assert { cond, message }, span);
                Some(Val::Poison)
            }
            "device_print" => {
                if args.is_empty() {
                    self.error(span, "`device_print` takes a prefix string and values: `device_print(\"x =\", x)`");
                    return None;
                }
                let prefix = self.string_lit(args[0])?;
                let mut values = Vec::new();
                for a in &args[1..] {
                    let v = self.expr(a);
                    values.push(self.typed(&v, a.loc())?.0);
                }
                self.emit_void(Op::Print { prefix, values }, span);
                Some(Val::Poison)
            }
            _ => {
                self.error(ident.loc(), unknown_function(n));
                None
            }
        }
    }
}

/// The message for a call to a name that is not a builtin. Such a name is more often a Rust
/// function the user expects to call (`square`, `round`) than a typo, so the message says
/// what a kernel can call, and suggests a builtin only for a likely typo.
fn unknown_function(name: &str) -> String {
    match closest(name) {
        Some(b) => format!(
            "unknown function `{name}`: did you mean `{b}`? (a kernel calls only oxtile's builtins, not Rust functions)"
        ),
        None => format!(
            "unknown function `{name}`: a kernel calls only oxtile's builtins (`load`, `exp`, `sum`, `dot`, ...: the book's language page lists them), not Rust functions, and cannot call functions of your own yet: write the computation inline"
        ),
    }
}

/// The builtin closest to `name` by edit distance, if close enough to be a likely typo: one
/// edit for names under 8 letters (`lod`, `sigmod`), two for longer ones (`atomc_ad`). Two
/// edits on a short name suggest unrelated builtins (`round` for `rand`).
fn closest(name: &str) -> Option<&'static str> {
    BUILTINS
        .iter()
        .map(|b| (edit_distance(name, b), *b))
        .filter(|(d, b)| *d <= if b.len() < 8 { 1 } else { 2 })
        .min_by_key(|(d, _)| *d)
        .map(|(_, b)| b)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}
