//! The kernel's signature: const generic parameters and runtime parameters.
//!
//! Runtime parameters are `Ptr<T>` (a buffer of `T`) or a scalar dtype (`i32`, `f32`, `bf16`...);
//! const generics are integers or `bool`; type parameters are dtypes bounded by a class
//! (`T: Float`, `Int` or `Num`). Everything else is rejected with a span.
//!
//! A generic kernel is lowered once per assignment of dtypes to its type parameters (see
//! `emit`): while one is lowered, [`with_type_args`] makes each type parameter's name a
//! dtype name ([`dtype_of_ident`]), so every rule of the front end applies to `T` exactly as
//! to the dtype it stands for.

use std::cell::RefCell;

use kernel_core::DTypeClass;
use kernel_core::ir::{DType, Type};
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{FnArg, GenericParam, ItemFn, Pat};

/// A const generic parameter as written.
pub struct ConstDecl {
    /// Its identifier.
    pub ident: syn::Ident,
    /// Its dtype.
    pub dtype: DType,
    /// True if declared `usize` or `isize`: a size, weakly typed as a value like an integer
    /// literal. Any other integer const generic has its declared dtype as a value.
    pub is_size: bool,
}

/// A type parameter as written: `T: Float`.
pub struct TypeParamDecl {
    /// Its identifier.
    pub ident: syn::Ident,
    /// The dtypes it may stand for.
    pub class: DTypeClass,
    /// Whether it is bounded as it must be (`T: Float`); if not (reported), it is taken as
    /// bounded by [`TypeParamDecl::class`], so that nothing else reports it again.
    pub well_bounded: bool,
}

/// A runtime parameter as written.
pub struct ParamDecl {
    /// Its identifier.
    pub ident: syn::Ident,
    /// Its IR type (rank 0).
    pub ty: Type,
    /// True if declared `mut`: the body may assign it, like a `let mut` variable.
    pub mutable: bool,
    /// The type parameter its dtype is (`T` of `x: Ptr<T>` or `eps: T`), if any: the
    /// launcher then takes `&Buffer<T>` or `T`.
    pub generic: Option<syn::Ident>,
}

/// The names the generated launchers give their own parameters, before the kernel's:
/// `launch(device, grid, ...)` and `launch_with(device, grid, options, ...)`.
const LAUNCHER_PARAMS: [&str; 3] = ["device", "grid", "options"];

/// The parsed signature.
pub struct Signature {
    /// Const generics, in order.
    pub consts: Vec<ConstDecl>,
    /// Runtime parameters, in order.
    pub params: Vec<ParamDecl>,
    /// Names of parameters whose type was rejected (already reported).
    pub rejected: Vec<syn::Ident>,
}

thread_local! {
    /// The dtype each type parameter stands for in the instance being lowered.
    static TYPE_ARGS: RefCell<Vec<(String, DType)>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with each type parameter `(name, dtype)` of `args` standing for its dtype.
pub fn with_type_args<R>(args: &[(String, DType)], f: impl FnOnce() -> R) -> R {
    let outer = TYPE_ARGS.with(|t| t.replace(args.to_vec()));
    let r = f();
    TYPE_ARGS.with(|t| t.replace(outer));
    r
}

/// Whether `name` is a type parameter of the kernel being lowered.
fn is_type_param(name: &str) -> bool {
    TYPE_ARGS.with(|t| t.borrow().iter().any(|(n, _)| n == name))
}

/// Maps a dtype name as written in a kernel (`f32`, `bf16`, `f8e4m3`, or a type parameter
/// `T` while an instance is lowered) to a dtype.
pub fn dtype_of_ident(name: &str) -> Option<DType> {
    let arg = TYPE_ARGS.with(|t| t.borrow().iter().find(|(n, _)| n == name).map(|(_, d)| *d));
    arg.or_else(|| DType::from_name(name))
}

/// The type parameter a type names (`T`), if it is one.
fn type_param_of(ty: &syn::Type) -> Option<syn::Ident> {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => p
            .path
            .get_ident()
            .filter(|id| is_type_param(&id.to_string()))
            .cloned(),
        _ => None,
    }
}

/// The type parameters of `f`, with their classes. A parameter without exactly one class
/// bound is reported in `errors` and kept as bounded by the first class it names, else `Num`, so that the body is still checked and
/// its uses of the parameter add no errors of their own.
pub fn type_params(f: &ItemFn, errors: &mut Vec<syn::Error>) -> Vec<TypeParamDecl> {
    let mut out = Vec::new();
    for g in &f.sig.generics.params {
        let GenericParam::Type(t) = g else { continue };
        if let Some(d) = &t.default {
            errors.push(syn::Error::new_spanned(
                d,
                format!(
                    "a kernel's type parameter cannot have a default: name the dtype at each launch (`{}::<f32, ...>::launch(...)`)",
                    f.sig.ident
                ),
            ));
        }
        let classes: Vec<DTypeClass> = t
            .bounds
            .iter()
            .filter_map(|b| match b {
                syn::TypeParamBound::Trait(tb) => tb
                    .path
                    .segments
                    .last()
                    .and_then(|s| DTypeClass::from_name(&s.ident.to_string())),
                _ => None,
            })
            .collect();
        let help = format!(
            "bound it by the dtypes it may stand for: `{0}: Float` (f16, bf16, f32, f64), `{0}: Int` (i8 to u64) or `{0}: Num` (both)",
            t.ident
        );
        let class = match (classes.as_slice(), t.bounds.len()) {
            ([class], 1) => {
                out.push(TypeParamDecl {
                    ident: t.ident.clone(),
                    class: *class,
                    well_bounded: true,
                });
                continue;
            }
            (_, 0) => {
                errors.push(syn::Error::new_spanned(
                    &t.ident,
                    format!("a kernel's type parameter is a dtype: {help}"),
                ));
                DTypeClass::Num
            }
            _ => {
                errors.push(syn::Error::new_spanned(
                    &t.bounds,
                    format!(
                        "a kernel's type parameter takes exactly one bound, its dtype class: {help}"
                    ),
                ));
                classes.first().copied().unwrap_or(DTypeClass::Num)
            }
        };
        out.push(TypeParamDecl {
            ident: t.ident.clone(),
            class,
            well_bounded: false,
        });
    }
    out
}

/// The dtype named by a type expression, if it is a plain dtype name.
pub fn dtype_of_type(ty: &syn::Type) -> Option<DType> {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last()?;
            if !last.arguments.is_empty() {
                return None;
            }
            dtype_of_ident(&last.ident.to_string())
        }
        _ => None,
    }
}

fn const_dtype(ty: &syn::Type) -> Option<DType> {
    if let syn::Type::Path(p) = ty
        && let Some(id) = p.path.get_ident()
    {
        return match id.to_string().as_str() {
            "usize" => Some(DType::U64),
            "isize" => Some(DType::I64),
            "bool" => Some(DType::Bool),
            other => DType::from_name(other).filter(|d| d.is_int()),
        };
    }
    None
}

/// The error for `const B: usize = 128`: Rust applies a struct's const default only where a
/// type is written (`<k>::launch`), never in `k::launch(...)`, where it leaves "cannot infer
/// the value of the const parameter" at every call. The default is therefore refused.
fn const_default_error(c: &syn::ConstParam, kernel: &syn::Ident) -> syn::Error {
    let (eq, default) = (&c.eq_token, &c.default);
    let value = default.as_ref().map(|d| d.to_token_stream().to_string());
    syn::Error::new_spanned(
        quote::quote!(#eq #default),
        format!(
            "a kernel's const generic cannot have a default: Rust does not use it at `{kernel}::launch(...)`; remove it and pass the value at each launch: `{kernel}::<{}>::launch(...)`",
            value.unwrap_or_default()
        ),
    )
}

/// A parameter name that cannot be used as written.
enum Clash {
    /// An earlier parameter has it: this one is dropped.
    Duplicate(syn::Error),
    /// A const generic has it: the parameter is dropped (in scope as poison).
    ConstGeneric(syn::Error),
    /// The launchers' own `device`, `grid` or `options`: kept, since those are hygienic.
    Launcher(syn::Error),
}

/// Checks a parameter's name against the names already taken.
fn name_clash(
    ident: &syn::Ident,
    consts: &[ConstDecl],
    params: &[ParamDecl],
    rejected: &[syn::Ident],
) -> Option<Clash> {
    let error = |msg: String| syn::Error::new_spanned(ident, msg);
    if params.iter().any(|p| &p.ident == ident) || rejected.contains(ident) {
        return Some(Clash::Duplicate(error(format!(
            "duplicate parameter `{ident}`: each parameter of a kernel needs its own name; rename one"
        ))));
    }
    if consts.iter().any(|c| &c.ident == ident) {
        return Some(Clash::ConstGeneric(error(format!(
            "`{ident}` names both a const generic and a parameter of this kernel: rename one of them"
        ))));
    }
    if LAUNCHER_PARAMS.contains(&ident.to_string().as_str()) {
        return Some(Clash::Launcher(error(format!(
            "a kernel parameter cannot be named `{ident}`: the generated `launch(device, grid, ...)` and `launch_with(device, grid, options, ...)` take their own `{ident}` before the kernel's parameters; rename this one (e.g. `{ident}_arg`)"
        ))));
    }
    None
}

/// True for `usize` and `isize`.
fn is_size_type(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.is_ident("usize") || p.path.is_ident("isize"))
}

const PARAM_HELP: &str =
    "expected `Ptr<T>` or a scalar dtype (`i32`, `u32`, `i64`, `f32`, `f16`, `bf16`, `bool`, ...)";

/// The IR type of a parameter, and the type parameter its dtype is, if any.
fn param_type(ty: &syn::Type) -> Result<(Type, Option<syn::Ident>), syn::Error> {
    if let syn::Type::Path(p) = ty
        && p.qself.is_none()
        && let Some(last) = p.path.segments.last()
    {
        if last.ident == "Ptr" {
            if let syn::PathArguments::AngleBracketed(args) = &last.arguments
                && args.args.len() == 1
                && let syn::GenericArgument::Type(inner) = &args.args[0]
            {
                return match dtype_of_type(inner) {
                    Some(d) => Ok((Type::ptr(d), type_param_of(inner))),
                    None => Err(syn::Error::new_spanned(
                        inner,
                        "expected a dtype as the pointee of `Ptr` (`f32`, `f16`, `bf16`, `i32`, `u8`, `f8e4m3`, ...)",
                    )),
                };
            }
            return Err(syn::Error::new_spanned(
                ty,
                "`Ptr` takes exactly one dtype: `Ptr<f32>`",
            ));
        }
        if let Some(d) = dtype_of_type(ty) {
            return Ok((Type::scalar(d), type_param_of(ty)));
        }
    }
    Err(syn::Error::new_spanned(
        ty,
        format!("unsupported kernel parameter type: {PARAM_HELP}"),
    ))
}

/// Parses the signature, collecting every error into `errors`.
pub fn parse_signature(f: &ItemFn, errors: &mut Vec<syn::Error>) -> Signature {
    let sig = &f.sig;
    let mut consts = Vec::new();
    let mut params = Vec::new();
    let mut rejected = Vec::new();
    if let Some(a) = &sig.asyncness {
        errors.push(syn::Error::new_spanned(a, "kernels cannot be `async`"));
    }
    if let syn::ReturnType::Type(_, ty) = &sig.output {
        errors.push(syn::Error::new_spanned(
            ty,
            "kernels return nothing: write results through a `Ptr<T>` with `store`",
        ));
    }
    if let Some(w) = &sig.generics.where_clause {
        errors.push(syn::Error::new_spanned(
            w,
            "kernels cannot have a `where` clause",
        ));
    }
    for g in &sig.generics.params {
        match g {
            GenericParam::Const(c) => {
                if c.default.is_some() {
                    errors.push(const_default_error(c, &sig.ident));
                }
                match const_dtype(&c.ty) {
                    Some(dtype) => consts.push(ConstDecl {
                        ident: c.ident.clone(),
                        dtype,
                        is_size: is_size_type(&c.ty),
                    }),
                    None => errors.push(syn::Error::new_spanned(
                        &c.ty,
                        "const generic parameters of a kernel must be an integer type or `bool`",
                    )),
                }
            }
            // Checked by `type_params`.
            GenericParam::Type(_) => {}
            GenericParam::Lifetime(l) => errors.push(syn::Error::new_spanned(
                l,
                "kernels take no lifetime parameters",
            )),
        }
    }
    for input in &sig.inputs {
        match input {
            FnArg::Receiver(r) => errors.push(syn::Error::new_spanned(
                r,
                "a kernel is a free function: it cannot take `self`",
            )),
            FnArg::Typed(pt) => {
                let (ident, mutable) = match &*pt.pat {
                    Pat::Ident(pi) if pi.by_ref.is_none() && pi.subpat.is_none() => {
                        (pi.ident.clone(), pi.mutability.is_some())
                    }
                    other => {
                        errors.push(syn::Error::new(other.span(), "expected a parameter name"));
                        continue;
                    }
                };
                match name_clash(&ident, &consts, &params, &rejected) {
                    Some(Clash::Duplicate(e)) => {
                        errors.push(e);
                        continue;
                    }
                    Some(Clash::ConstGeneric(e)) => {
                        errors.push(e);
                        rejected.push(ident);
                        continue;
                    }
                    Some(Clash::Launcher(e)) => errors.push(e),
                    None => {}
                }
                match param_type(&pt.ty) {
                    Ok((ty, generic)) => params.push(ParamDecl {
                        ident,
                        ty,
                        mutable,
                        generic,
                    }),
                    Err(e) => {
                        errors.push(e);
                        rejected.push(ident);
                    }
                }
            }
        }
    }
    Signature {
        consts,
        params,
        rejected,
    }
}
