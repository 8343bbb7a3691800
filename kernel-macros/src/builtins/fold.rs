//! `reduce(x, axis, combine)` and `associative_scan(x, axis, combine)`: Triton's
//! `tl.reduce` and `tl.associative_scan` with a combine function of the user's, a closure
//! (`|a, b| maximum(a, b)`) or a `#[kernel_fn]` named by its path. Several tiles fold
//! together when the first argument is a tuple, and the combine then takes and returns
//! tuples (`|(av, ai), (bv, bi)| ...`; a device function takes the `2n` scalars flattened,
//! `f(av, ai, bv, bi)`, as in Triton): `let (m, i) = reduce((x, idx), 1, argmax_combine);`.
//!
//! The combine is lowered once, on scalars, into the body of an [`Op::Fold`]. It sees its
//! parameters, the kernel's const generics and nothing else of the kernel (a closure that
//! captures is refused, naming what it captures), and may only compute: a value `if`
//! inside it becomes a `select` of both branches.

use std::collections::HashMap;

use kernel_core::ir::{DType, FoldKind, Inst, Op, Type, ValueId};
use syn::{Expr, Pat};

use super::Call;
use crate::loc::{Loc, Located};
use crate::lower::{Binding, Lower};
use crate::value::Val;

/// `reduce(x, axis, combine)` where one value is expected.
pub(super) fn reduce(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    single(lw, call, FoldKind::Reduce)
}

/// `associative_scan(x, axis, combine)` where one value is expected.
pub(super) fn scan(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    single(lw, call, FoldKind::Scan)
}

fn single(lw: &mut Lower, call: &Call<'_>, kind: FoldKind) -> Option<Val> {
    if let Some(Expr::Tuple(t)) = call.args.first()
        && t.elems.len() != 1
    {
        let n = t.elems.len();
        let names: Vec<String> = (0..n).map(|i| format!("r{i}")).collect();
        lw.error(
            call.span,
            format!(
                "`{}` of {n} tiles gives {n} tiles: destructure them, `let ({}) = {}(...);`",
                call.n,
                names.join(", "),
                call.n
            ),
        );
        return None;
    }
    fold(lw, call.n, call.args, call.span, kind, None).map(|mut v| v.remove(0))
}

/// `let (a, b) = reduce((x, y), axis, combine);` (or `associative_scan`): the `n` results,
/// or `None` after reporting an error.
pub(crate) fn fold_tuple(
    lw: &mut Lower,
    name: &str,
    args: &[&Expr],
    span: Loc,
    n: usize,
) -> Option<Vec<Val>> {
    let kind = if name == "reduce" {
        FoldKind::Reduce
    } else {
        FoldKind::Scan
    };
    fold(lw, name, args, span, kind, Some(n))
}

/// Whether `name` is a builtin that [`fold_tuple`] lowers.
pub(crate) fn is_fold(name: &str) -> bool {
    name == "reduce" || name == "associative_scan"
}

/// Lowers a fold; `tuple` is the size of the tuple pattern it is destructured by.
fn fold(
    lw: &mut Lower,
    name: &str,
    args: &[&Expr],
    span: Loc,
    kind: FoldKind,
    tuple: Option<usize>,
) -> Option<Vec<Val>> {
    let usage = format!("{name}(x, axis, |a, b| ...)");
    if !lw.arity(name, args, 3..=3, &usage, span) {
        return None;
    }
    // The operands: one tile, or a tuple of tiles of one shape.
    let exprs: Vec<&Expr> = match args[0] {
        Expr::Tuple(t) => t.elems.iter().collect(),
        Expr::Paren(p) => vec![&*p.expr],
        e => vec![e],
    };
    let n = exprs.len();
    if let Some(want) = tuple
        && want != n
    {
        lw.error(
            span,
            format!("this pattern takes {want} values, but `{name}` of {n} tile(s) gives {n}"),
        );
        return None;
    }
    let mut values = Vec::new();
    let mut types: Vec<Type> = Vec::new();
    for e in &exprs {
        let (id, t) = lw.tile_arg(e, &format!("`{name}`"))?;
        if t.is_scalar() {
            lw.error(
                e.loc(),
                format!(
                    "`{name}` folds the elements of a tile along an axis, found the scalar {t}"
                ),
            );
            return None;
        }
        if t.pointee().is_some() {
            lw.error(
                e.loc(),
                format!("`{name}` folds values, found the pointers {t}"),
            );
            return None;
        }
        if let Some(t0) = types.first()
            && t0.shape != t.shape
        {
            lw.error(
                e.loc(),
                format!("the tiles `{name}` folds together must have one shape: {t0} and {t}"),
            );
            return None;
        }
        values.push(id);
        types.push(t);
    }
    let axis = lw.axis(args[1], types[0].rank())?;
    let dtypes: Vec<DType> = types
        .iter()
        .map(|t| t.dtype().expect("a non-pointer tile has a dtype"))
        .collect();
    let (params, body, yields) = combine_body(lw, name, args[2], &dtypes)?;
    let mut shape = types[0].shape.clone();
    if kind == FoldKind::Reduce {
        shape.remove(axis as usize);
    }
    let results: Vec<ValueId> = dtypes
        .iter()
        .map(|d| lw.b.fresh_value(Type::tile(*d, shape.clone())))
        .collect();
    let op = Op::Fold {
        kind,
        values,
        axis,
        params,
        body,
        yields,
        results: results.clone(),
    };
    lw.b.push_inst(Inst::new(None, op));
    Some(results.into_iter().map(|r| lw.val(Some(r))).collect())
}

/// Lowers the combine function on scalars of `dtypes`: its parameters (running values,
/// then next elements), its body and its yields.
fn combine_body(
    lw: &mut Lower,
    name: &str,
    f: &Expr,
    dtypes: &[DType],
) -> Option<(Vec<ValueId>, kernel_core::ir::Block, Vec<ValueId>)> {
    let n = dtypes.len();
    let params: Vec<ValueId> = (0..2 * n)
        .map(|i| lw.b.fresh_value(Type::scalar(dtypes[i % n])))
        .collect();
    let outer = std::mem::replace(&mut lw.scopes, vec![HashMap::new()]);
    let hidden = lw.combine_hidden.replace(outer_names(&outer));
    let fn_dims = lw.fn_dims.clone();
    lw.b.open();
    let before = lw.errors.len();
    let vals = match f {
        Expr::Closure(c) => closure(lw, name, c, &params, dtypes),
        Expr::Path(p) => device_fn(lw, name, f, &p.path, &params, dtypes),
        other => {
            lw.error(
                other.loc(),
                format!(
                    "`{name}` takes its combine function as a closure, `|a, b| maximum(a, b)`, or as the path of a `#[kernel_fn]`"
                ),
            );
            None
        }
    };
    let mut yields = Vec::new();
    if let Some(vals) = vals {
        for (i, v) in vals.iter().enumerate() {
            let want = Type::scalar(dtypes[i]);
            let what = if n == 1 {
                "the combine's result".to_string()
            } else {
                format!("element {i} of the combine's result")
            };
            match lw.coerce_to_type(v, &want, f.loc(), &what) {
                Some(id) => yields.push(id),
                None => {
                    if !matches!(v, Val::Poison) && lw.errors.len() == before {
                        lw.error(f.loc(), format!("{what} must be {want}"));
                    }
                }
            }
        }
    }
    let body = lw.b.close();
    lw.fn_dims = fn_dims;
    lw.combine_hidden = hidden;
    lw.scopes = outer;
    if lw.errors.len() > before || yields.len() != n {
        return None;
    }
    if let Some(bad) = body.iter().find(|i| !i.op.computes()) {
        lw.error(
            f.loc(),
            format!(
                "a combine function only computes on its arguments (constants, arithmetic, comparisons, `select`, casts); it cannot use `{}`",
                bad.op.name()
            ),
        );
        return None;
    }
    Some((params, body, yields))
}

/// The names bound in the kernel where a combine is written (to explain a capture).
fn outer_names(scopes: &[HashMap<String, Binding>]) -> Vec<String> {
    scopes.iter().flat_map(|s| s.keys().cloned()).collect()
}

/// A closure `|a, b| ...` (one tile) or `|(a0, a1), (b0, b1)| ...` (a tuple).
fn closure(
    lw: &mut Lower,
    name: &str,
    c: &syn::ExprClosure,
    params: &[ValueId],
    dtypes: &[DType],
) -> Option<Vec<Val>> {
    let n = dtypes.len();
    if c.inputs.len() != 2 {
        let shape = if n == 1 {
            "|a, b|".to_string()
        } else {
            let a: Vec<String> = (0..n).map(|i| format!("a{i}")).collect();
            let b: Vec<String> = (0..n).map(|i| format!("b{i}")).collect();
            format!("|({}), ({})|", a.join(", "), b.join(", "))
        };
        lw.error(
            c.loc(),
            format!(
                "the combine function of `{name}` takes two arguments, the running value and the next element: `{shape}`"
            ),
        );
        return None;
    }
    for (side, pat) in c.inputs.iter().enumerate() {
        let ids = &params[side * n..(side + 1) * n];
        let pats: Vec<&Pat> = match (pat, n) {
            (Pat::Tuple(t), _) if t.elems.len() == n && n > 1 => t.elems.iter().collect(),
            (p, 1) => vec![p],
            (p, _) => {
                lw.error(
                    p.loc(),
                    format!("`{name}` folds {n} tiles together: this argument is a tuple of {n} names, `(a0, a1)`"),
                );
                return None;
            }
        };
        for ((p, id), d) in pats.into_iter().zip(ids).zip(dtypes) {
            bind_param(lw, p, *id, *d)?;
        }
    }
    let body = &*c.body;
    if n == 1 {
        return Some(vec![lw.expr(body)]);
    }
    match body {
        Expr::Block(b) => Some(lw.fn_body(&b.block, n, true)),
        Expr::Tuple(t) if t.elems.len() == n => Some(t.elems.iter().map(|e| lw.expr(e)).collect()),
        other => {
            lw.error(
                other.loc(),
                format!(
                    "the combine function returns {n} values: end it with a tuple of them, `(a, b)`"
                ),
            );
            None
        }
    }
}

/// Binds one closure parameter (`a`, `a: f32` or `_`) to a combine parameter.
fn bind_param(lw: &mut Lower, p: &Pat, id: ValueId, d: DType) -> Option<()> {
    let (p, annot) = match p {
        Pat::Type(pt) => (&*pt.pat, Some(&*pt.ty)),
        p => (p, None),
    };
    if let Some(ty) = annot {
        match crate::signature::dtype_of_type(ty) {
            Some(want) if want == d => {}
            Some(want) => {
                lw.error(
                    ty.loc(),
                    format!("this argument is an element of a {d} tile, not {want}"),
                );
                return None;
            }
            None => {
                lw.error(ty.loc(), "expected a dtype (`f32`, `i32`, ...)");
                return None;
            }
        }
    }
    match p {
        Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
            let v = lw.val(Some(id));
            lw.bind(pi.ident.to_string(), Binding::Val(v));
            Some(())
        }
        Pat::Wild(_) => Some(()),
        other => {
            lw.error(other.loc(), "expected a name or `_`");
            None
        }
    }
}

/// A `#[kernel_fn]` named by its path: called with the `2n` scalars (`f(a, b)`, or
/// `f(a0, a1, b0, b1)` for a tuple).
fn device_fn(
    lw: &mut Lower,
    name: &str,
    f: &Expr,
    path: &syn::Path,
    params: &[ValueId],
    dtypes: &[DType],
) -> Option<Vec<Val>> {
    let n = dtypes.len();
    let names: Vec<String> = (0..2 * n).map(|i| format!("__oxtile_fold_{i}")).collect();
    for (nm, id) in names.iter().zip(params) {
        let v = lw.val(Some(*id));
        lw.bind(nm.clone(), Binding::Val(v));
    }
    let args: Vec<Expr> = names
        .iter()
        .map(|nm| {
            let ident = syn::Ident::new(
                nm,
                path.segments
                    .last()
                    .map_or_else(proc_macro2::Span::call_site, |s| s.ident.span()),
            );
            syn::parse_quote!(#ident)
        })
        .collect();
    let refs: Vec<&Expr> = args.iter().collect();
    match lw.resolve_fn(path, &refs) {
        Some(crate::functions::Resolved::Fn(id)) => {
            if let Some(def) = lw.fns.get(&id) {
                let sig = crate::functions::parse_fn_sig(&def.item, &mut Vec::new());
                let (p, r) = (sig.params.len(), sig.ret.as_ref().map_or(0, Vec::len));
                if p != 2 * n || r != n || sig.tuple != (n > 1) {
                    let shown = crate::functions::path_key(path);
                    let returns = match r {
                        0 => "nothing".to_string(),
                        1 if !sig.tuple => "one value".to_string(),
                        r => format!("a tuple of {r}"),
                    };
                    lw.error(
                        f.loc(),
                        format!(
                            "`{shown}` cannot combine {n} tile(s): a combine function takes {} scalars (the running value{s}, then the next element{s}) and returns {}; `{shown}` takes {p} and returns {returns}",
                            2 * n,
                            if n == 1 { "one value".to_string() } else { format!("a tuple of {n}") },
                            s = if n == 1 { "" } else { "s" },
                        ),
                    );
                    return None;
                }
            }
            if n == 1 {
                Some(vec![lw.call_fn(&id, &refs, f.loc())])
            } else {
                Some(lw.call_fn_tuple(&id, &refs, f.loc(), n))
            }
        }
        // While calls are deferred (a first pass that only looks for errors), the fold
        // keeps its first element: valid IR, and typed results for what follows.
        Some(crate::functions::Resolved::Deferred) => {
            Some(params[..n].iter().map(|p| lw.val(Some(*p))).collect())
        }
        None => {
            let shown = crate::functions::path_key(path);
            lw.error(
                f.loc(),
                format!(
                    "`{shown}` is not a `#[kernel_fn]`: `{name}` takes its combine function as a closure, `|a, b| ...`, or as a device function"
                ),
            );
            None
        }
    }
}
