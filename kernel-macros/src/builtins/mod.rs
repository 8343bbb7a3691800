//! The functions a kernel can call (`load`, `exp`, `dot`, `sum`, ...): their arity, operand
//! checks and lowering. Method syntax is sugar: `x.exp()` is `exp(x)`, `x.sum(0)` is
//! `sum(x, 0)`.
//!
//! [`REGISTRY`] is the one list of builtins: lowering a call, the check of type arguments
//! and the "did you mean" suggestions all read it, so a name cannot be callable but never
//! suggested, or suggested but then refused. The lowering functions live in modules named
//! for what they hold.

mod args;
mod dot;
pub(crate) mod fold;
mod gather;
mod hints;
mod math;
mod memory;
pub(crate) mod pairs;
mod program;
mod random;
mod reduce;
mod shape;
#[cfg(test)]
mod tests;

use crate::loc::{Loc, Located};
use syn::{Expr, GenericArgument, Ident};

use crate::lower::Lower;
use crate::value::Val;

/// One call of a builtin, as its lowering function receives it. A function shared by a
/// family of builtins (`exp`, `log`, ...) reads `n` to pick its op; `span` covers the whole
/// call, where errors about the call as a whole are reported.
#[derive(Clone, Copy)]
struct Call<'a> {
    /// The called name, as written (`x.exp()` calls `exp`).
    n: &'a str,
    /// The turbofish's arguments (`f32` in `zeros::<f32>(...)`); empty unless the entry
    /// takes type arguments, which the lookup checks before lowering.
    generics: &'a [&'a GenericArgument],
    /// The value arguments, the receiver first for method syntax.
    args: &'a [&'a Expr],
    /// The whole call expression.
    span: Loc<'a>,
}

/// A builtin: the name a kernel calls and the function that checks and lowers the call.
struct Builtin {
    /// The callable name (`exp`, `atomic_add`): unique in [`REGISTRY`].
    name: &'static str,
    /// Whether the builtin accepts a turbofish (`zeros::<f32>`, `cast::<i32>`); a call of
    /// any other builtin with one is refused before it is lowered.
    takes_types: bool,
    /// Checks the call's arguments and emits its IR; `None` after reporting an error.
    lower: fn(&mut Lower, &Call<'_>) -> Option<Val>,
}

/// A [`Builtin`] entry, to keep [`REGISTRY`] one line per name.
const fn builtin(
    name: &'static str,
    takes_types: bool,
    lower: fn(&mut Lower, &Call<'_>) -> Option<Val>,
) -> Builtin {
    Builtin {
        name,
        takes_types,
        lower,
    }
}

/// Every builtin a kernel can call, grouped roughly as the book's table of functions
/// (`book/src/language.md`) groups them. The order matters: when two names are equally
/// close to a typo, [`closest`] suggests the first.
const REGISTRY: &[Builtin] = &[
    builtin("program_id", false, program::grid),
    builtin("num_programs", false, program::grid),
    builtin("arange", false, shape::arange),
    builtin("zeros", true, shape::zeros),
    builtin("full", true, shape::full),
    builtin("load", false, memory::load),
    builtin("store", false, memory::store),
    builtin("select", false, math::select),
    builtin("exp", false, math::unary),
    builtin("exp2", false, math::unary),
    builtin("log", false, math::unary),
    builtin("log2", false, math::unary),
    builtin("sqrt", false, math::unary),
    builtin("rsqrt", false, math::unary),
    builtin("sin", false, math::unary),
    builtin("cos", false, math::unary),
    builtin("tanh", false, math::unary),
    builtin("abs", false, math::unary),
    builtin("floor", false, math::unary),
    builtin("round", false, math::unary),
    builtin("trunc", false, math::unary),
    builtin("ceil", false, math::unary),
    builtin("sigmoid", false, math::unary),
    builtin("erf", false, math::unary),
    builtin("erfc", false, math::unary),
    builtin("asin", false, math::unary),
    builtin("acos", false, math::unary),
    builtin("atan", false, math::unary),
    builtin("sinh", false, math::unary),
    builtin("cosh", false, math::unary),
    builtin("asinh", false, math::unary),
    builtin("acosh", false, math::unary),
    builtin("atanh", false, math::unary),
    builtin("log1p", false, math::unary),
    builtin("expm1", false, math::unary),
    builtin("cbrt", false, math::unary),
    builtin("sqrt_rn", false, math::unary),
    builtin("clz", false, math::unary),
    builtin("popc", false, math::unary),
    builtin("umulhi", false, math::binary),
    builtin("minimum", false, math::binary),
    builtin("maximum", false, math::binary),
    builtin("pow", false, math::binary),
    builtin("atan2", false, math::binary),
    builtin("div_rn", false, math::binary),
    builtin("fdiv", false, math::binary),
    builtin("fminimum", false, math::nan_min_max),
    builtin("fmaximum", false, math::nan_min_max),
    builtin("clamp", false, math::clamp),
    builtin("fma", false, math::fma),
    builtin("cdiv", false, math::cdiv),
    builtin("sum", true, reduce::reduce),
    builtin("max", false, reduce::reduce),
    builtin("min", false, reduce::reduce),
    builtin("prod", false, reduce::reduce),
    builtin("argmax", false, reduce::arg_reduce),
    builtin("argmin", false, reduce::arg_reduce),
    builtin("cumsum", false, reduce::scan),
    builtin("reduce", false, fold::reduce),
    builtin("associative_scan", false, fold::scan),
    builtin("cumprod", false, reduce::scan),
    builtin("expand_dims", false, shape::expand_dims),
    builtin("broadcast_to", false, shape::broadcast_to),
    builtin("reshape", false, shape::reshape),
    builtin("trans", false, shape::trans),
    builtin("permute", false, shape::permute),
    builtin("join", false, pairs::join),
    builtin("split", false, pairs::split),
    builtin("interleave", false, pairs::interleave),
    builtin("cat", false, pairs::cat),
    builtin("ravel", false, pairs::ravel),
    builtin("gather", false, gather::gather),
    builtin("flip", false, gather::flip),
    builtin("histogram", false, gather::histogram),
    builtin("sort", false, gather::sort),
    builtin("sort_descending", false, gather::sort),
    builtin("multiple_of", false, hints::hint),
    builtin("max_contiguous", false, hints::hint),
    builtin("assume", false, hints::assume),
    builtin("dot", false, dot::lower),
    builtin("dot_tf32", false, dot::lower),
    builtin("dot_tf32x3", false, dot::split3),
    builtin("dot_bf16x3", false, dot::split3),
    builtin("atomic_add", false, memory::atomic),
    builtin("atomic_max", false, memory::atomic),
    builtin("atomic_min", false, memory::atomic),
    builtin("atomic_and", false, memory::atomic),
    builtin("atomic_or", false, memory::atomic),
    builtin("atomic_xor", false, memory::atomic),
    builtin("atomic_xchg", false, memory::atomic),
    builtin("atomic_cas", false, memory::atomic_cas),
    builtin("rand", false, random::rand),
    builtin("randn", false, random::rand),
    builtin("randint", false, random::rand),
    builtin("cast", true, math::cast),
    builtin("bitcast", true, math::cast),
    builtin("device_assert", false, program::device_assert),
    builtin("static_assert", false, program::static_assert),
    builtin("debug_barrier", false, program::debug_barrier),
    builtin("device_print", false, program::device_print),
    builtin("tensor_desc", false, memory::tensor_desc),
];

/// Whether a call of the single name `name` is taken for a device function
/// (`#[kernel_fn]`): it is not a builtin, nor close enough to one to be a typo of it (those
/// get the "did you mean" message; a device function of such a name is called by a path,
/// `module::name(...)`, or renamed).
pub(crate) fn is_user_function_name(name: &str) -> bool {
    !REGISTRY.iter().any(|b| b.name == name) && !SYNTAX.contains(&name) && closest(name).is_none()
}

/// Names that are syntax of a statement rather than builtins (`for i in static_range(a, b)`),
/// lowered where they are written.
const SYNTAX: &[&str] = &["static_range"];

/// Every callable name, for "did you mean" suggestions and the book's reference table.
fn builtin_names() -> impl Iterator<Item = &'static str> {
    REGISTRY.iter().map(|b| b.name)
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

    /// Finds `n` in [`REGISTRY`] and lowers the call with its entry. Type arguments are
    /// checked before the name is known to exist, so `foo::<f32>(x)` reports the type
    /// arguments, as it always has.
    fn call_inner(
        &mut self,
        n: &str,
        ident: &Ident,
        generics: &[&GenericArgument],
        args: &[&Expr],
        span: Loc,
    ) -> Option<Val> {
        let entry = REGISTRY.iter().find(|b| b.name == n);
        if !generics.is_empty() && !entry.is_some_and(|b| b.takes_types) {
            self.error(span, format!("`{n}` takes no type arguments"));
            return None;
        }
        let Some(entry) = entry else {
            self.error(ident.loc(), unknown_function(n));
            return None;
        };
        let call = Call {
            n,
            generics,
            args,
            span,
        };
        (entry.lower)(self, &call)
    }
}

/// The message for a call to a name that is not a builtin. Such a name is more often a Rust
/// function or method the user expects to call (`square`, `signum`) than a typo, so the message says
/// what a kernel can call, and suggests a builtin only for a likely typo.
fn unknown_function(name: &str) -> String {
    match closest(name) {
        Some(b) => format!(
            "unknown function `{name}`: did you mean `{b}`? (a kernel calls oxtile's builtins and `#[kernel_fn]` functions, not Rust functions; a `#[kernel_fn]` named this close to a builtin is called by its path, `module::{name}(...)`)"
        ),
        None => format!(
            "unknown function `{name}`: a kernel calls oxtile's builtins (`load`, `exp`, `sum`, `dot`, ...: the book's language page lists them) and device functions (`#[kernel_fn] fn {name}(...)`, called as `{name}(x)`), not Rust functions or methods"
        ),
    }
}

/// The builtin closest to `name` by edit distance, if close enough to be a likely typo: one
/// edit for names under 8 letters (`lod`, `sigmod`), two for longer ones (`atomc_ad`). Two
/// edits on a short name suggest unrelated builtins (`round` for `rand`).
fn closest(name: &str) -> Option<&'static str> {
    builtin_names()
        .map(|b| (edit_distance(name, b), b))
        .filter(|(d, b)| *d <= if b.len() < 8 { 1 } else { 2 })
        .min_by_key(|(d, _)| *d)
        .map(|(_, b)| b)
}

/// The Levenshtein distance between `a` and `b`, in characters: the fewest insertions,
/// deletions and substitutions that turn one into the other.
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
