//! Builtins that touch global memory: `load` and `store` (through a pointer tile or a
//! tensor descriptor), the atomics (`atomic_add`, ..., `atomic_cas`) and `tensor_desc`,
//! which makes a descriptor. They share the pointer, mask and `other` checks of
//! [`args`](super::args), and are the only builtins with side effects or that read memory.

use kernel_core::ir::{AccessHint, AtomicOp, AtomicOrder, AtomicScope, CacheOp, Evict, Op, Type};
use syn::Expr;

use super::Call;
use crate::loc::Located;
use crate::lower::Lower;
use crate::value::Val;

/// The op of a read-modify-write atomic; `None` for a name that is not one.
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

/// `load(ptr, mask, other)` through a pointer tile, or `load(desc, ...)` through a tensor
/// descriptor.
pub(super) fn load(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    let (args, hint) = access_hint(lw, n, args, true)?;
    let args = &args[..];
    if !lw.arity(
        n,
        args,
        1..=3,
        "load(ptr, mask, other[, Cache::Global][, Evict::Last])",
        span,
    ) {
        return None;
    }
    let first = lw.expr(args[0]);
    if let Val::Desc(d) = first {
        return lw.desc_load(d, &args[1..], span);
    }
    let (ptr, pt) = lw.ptr_val(first, args[0], n)?;
    let mask = lw.mask_arg(args.get(1).copied(), &pt)?;
    let other = match args.get(2) {
        None => None,
        Some(e) => {
            let v = lw.expr(e);
            Some(lw.coerce_to_type(
                &v,
                &Type::tile(pt.pointee()?, pt.shape.clone()),
                e.loc(),
                &format!("`other` of a load through {pt}"),
            )?)
        }
    };
    let r = lw.emit(
        Op::Load {
            ptr,
            mask,
            other,
            hint,
        },
        span,
    );
    Some(lw.val(r))
}

/// `store(ptr, value, mask)` through a pointer tile, or `store(desc, ...)` through a tensor
/// descriptor. A store has no value: the call lowers to `Val::Poison`.
pub(super) fn store(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    let (args, hint) = access_hint(lw, n, args, false)?;
    let args = &args[..];
    if !lw.arity(
        n,
        args,
        2..=3,
        "store(ptr, value, mask[, Cache::Streaming][, Evict::First])",
        span,
    ) {
        return None;
    }
    let first = lw.expr(args[0]);
    if let Val::Desc(d) = first {
        lw.desc_store(d, &args[1..], span);
        return Some(Val::Poison);
    }
    let (ptr, pt) = lw.ptr_val(first, args[0], n)?;
    let v = lw.expr(args[1]);
    let value = lw.coerce_to_type(
        &v,
        &Type::tile(pt.pointee()?, pt.shape.clone()),
        args[1].loc(),
        &format!("a store through {pt}"),
    )?;
    let mask = lw.mask_arg(args.get(2).copied(), &pt)?;
    lw.emit_void(
        Op::Store {
            ptr,
            value,
            mask,
            hint,
        },
        span,
    );
    Some(Val::Poison)
}

/// `atomic_add(ptr, value, mask)` and the other read-modify-write atomics: the value
/// converts to the pointee type, and the call returns the old values.
pub(super) fn atomic(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    let op =
        atomic_fn(n).unwrap_or_else(|| unreachable!("`{n}` is not a read-modify-write atomic"));
    let (args, order, scope) = order_and_scope(lw, n, args)?;
    let args = &args[..];
    if !lw.arity(
        n,
        args,
        2..=3,
        &format!("{n}(ptr, value[, mask][, Ordering::AcqRel][, Scope::Gpu])"),
        span,
    ) {
        return None;
    }
    let (ptr, pt) = lw.ptr_arg(args[0], n)?;
    let v = lw.expr(args[1]);
    let value = lw.coerce_to_type(
        &v,
        &Type::tile(pt.pointee()?, pt.shape.clone()),
        args[1].loc(),
        &format!("the value of `{n}` through {pt}"),
    )?;
    let mask = lw.mask_arg(args.get(2).copied(), &pt)?;
    let r = lw.emit(
        Op::Atomic {
            op,
            ptr,
            value,
            mask,
            order,
            scope,
        },
        span,
    );
    Some(lw.val(r))
}

/// `atomic_cas(ptr, cmp, value, mask)`: compare-and-swap, apart from the other atomics
/// because it takes two values.
pub(super) fn atomic_cas(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    let Call { n, args, span, .. } = *call;
    let (args, order, scope) = order_and_scope(lw, n, args)?;
    let args = &args[..];
    if !lw.arity(
        n,
        args,
        3..=4,
        "atomic_cas(ptr, cmp, value[, mask][, Ordering::AcqRel][, Scope::Gpu])",
        span,
    ) {
        return None;
    }
    let (ptr, pt) = lw.ptr_arg(args[0], n)?;
    let ty = Type::tile(pt.pointee()?, pt.shape.clone());
    let c = lw.expr(args[1]);
    let cmp = lw.coerce_to_type(&c, &ty, args[1].loc(), "the expected value of `atomic_cas`")?;
    let v = lw.expr(args[2]);
    let value = lw.coerce_to_type(&v, &ty, args[2].loc(), "the new value of `atomic_cas`")?;
    let mask = lw.mask_arg(args.get(3).copied(), &pt)?;
    let r = lw.emit(
        Op::AtomicCas {
            ptr,
            cmp,
            value,
            mask,
            order,
            scope,
        },
        span,
    );
    Some(lw.val(r))
}

/// Splits a load's or store's trailing `Cache::X` and `Evict::Y` arguments (Triton's
/// `cache_modifier` and `eviction_policy`) from its others, reporting a misspelled,
/// repeated or misplaced one at its span.
fn access_hint<'a>(
    lw: &mut Lower,
    n: &str,
    args: &[&'a Expr],
    load: bool,
) -> Option<(Vec<&'a Expr>, AccessHint)> {
    let mut rest = Vec::new();
    let (mut cache, mut evict) = (None, None);
    let caches: &[(&str, CacheOp)] = if load {
        &[
            ("All", CacheOp::All),
            ("Global", CacheOp::Global),
            ("Streaming", CacheOp::Streaming),
            ("LastUse", CacheOp::LastUse),
            ("Volatile", CacheOp::Volatile),
        ]
    } else {
        &[
            ("Global", CacheOp::Global),
            ("Streaming", CacheOp::Streaming),
            ("WriteBack", CacheOp::WriteBack),
            ("WriteThrough", CacheOp::WriteThrough),
        ]
    };
    for &a in args {
        let Some((kind, last)) = enum_path(a) else {
            rest.push(a);
            continue;
        };
        match kind.as_str() {
            "Cache" => {
                let Some(&(_, c)) = caches.iter().find(|(name, _)| *name == last) else {
                    let names: Vec<&str> = caches.iter().map(|(name, _)| *name).collect();
                    lw.error(
                        a.loc(),
                        format!(
                            "`Cache::{last}` is not a cache operator of `{n}`: `Cache::{}`",
                            names.join("`, `")
                        ),
                    );
                    return None;
                };
                if cache.replace(c).is_some() {
                    lw.error(a.loc(), format!("`{n}` takes one `Cache`"));
                    return None;
                }
            }
            "Evict" => {
                let e = match last.as_str() {
                    "First" => Evict::First,
                    "Last" => Evict::Last,
                    "Normal" => Evict::Normal,
                    _ => {
                        lw.error(
                            a.loc(),
                            format!(
                                "`{last}` is not an eviction priority: `Evict::First`, `Last` or `Normal`"
                            ),
                        );
                        return None;
                    }
                };
                if evict.replace(e).is_some() {
                    lw.error(a.loc(), format!("`{n}` takes one `Evict`"));
                    return None;
                }
            }
            _ => rest.push(a),
        }
    }
    let hint = AccessHint {
        cache: cache.unwrap_or_default(),
        evict: evict.unwrap_or_default(),
    };
    Some((rest, hint))
}

/// `Kind::Name` (or a longer path ending so) as its last two segments.
fn enum_path(e: &Expr) -> Option<(String, String)> {
    let Expr::Path(p) = e else { return None };
    let segs: Vec<String> = p
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    let n = segs.len();
    (n >= 2).then(|| (segs[n - 2].clone(), segs[n - 1].clone()))
}

/// Splits an atomic's trailing `Ordering::X` and `Scope::Y` arguments (Rust's
/// `std::sync::atomic::Ordering` names; Triton's `sem=` and `scope=`) from its others,
/// reporting a misspelled or repeated one at its span.
fn order_and_scope<'a>(
    lw: &mut Lower,
    n: &str,
    args: &[&'a Expr],
) -> Option<(Vec<&'a Expr>, AtomicOrder, AtomicScope)> {
    let mut rest = Vec::new();
    let (mut order, mut scope) = (None, None);
    for &a in args {
        let Some((kind, last)) = enum_path(a) else {
            rest.push(a);
            continue;
        };
        match kind.as_str() {
            "Ordering" => {
                let o = match last.as_str() {
                    "Relaxed" => AtomicOrder::Relaxed,
                    "Acquire" => AtomicOrder::Acquire,
                    "Release" => AtomicOrder::Release,
                    "AcqRel" => AtomicOrder::AcqRel,
                    "SeqCst" => AtomicOrder::SeqCst,
                    _ => {
                        lw.error(
                            a.loc(),
                            format!("`{last}` is not an ordering: `Ordering::Relaxed`, `Acquire`, `Release`, `AcqRel` or `SeqCst`"),
                        );
                        return None;
                    }
                };
                if order.replace(o).is_some() {
                    lw.error(a.loc(), format!("`{n}` takes one `Ordering`"));
                    return None;
                }
            }
            "Scope" => {
                let s = match last.as_str() {
                    "Cta" => AtomicScope::Cta,
                    "Gpu" => AtomicScope::Gpu,
                    "Sys" => AtomicScope::Sys,
                    _ => {
                        lw.error(
                            a.loc(),
                            format!("`{last}` is not a scope: `Scope::Cta`, `Gpu` or `Sys`"),
                        );
                        return None;
                    }
                };
                if scope.replace(s).is_some() {
                    lw.error(a.loc(), format!("`{n}` takes one `Scope`"));
                    return None;
                }
            }
            _ => rest.push(a),
        }
    }
    Some((rest, order.unwrap_or_default(), scope.unwrap_or_default()))
}

/// `tensor_desc(ptr, [rows, cols], [row_stride, col_stride], [BR, BC])`: lowered by
/// [`Lower::tensor_desc`] in `desc.rs`, next to the descriptor loads and stores.
pub(super) fn tensor_desc(lw: &mut Lower, call: &Call<'_>) -> Option<Val> {
    lw.tensor_desc(call.args, call.span)
}
