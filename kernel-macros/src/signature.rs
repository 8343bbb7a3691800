//! The kernel's signature: const generic parameters and runtime parameters.
//!
//! Runtime parameters are `Ptr<T>` (a buffer of `T`) or a scalar dtype (`i32`, `f32`, `bf16`...);
//! const generics are integers or `bool`. Everything else is rejected with a span.

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
    /// The Rust type as written (`usize`), re-emitted on the launcher.
    pub rust_ty: syn::Type,
    /// True if declared `usize` or `isize`: a size, weakly typed as a value like an integer
    /// literal. Any other integer const generic has its declared dtype as a value.
    pub is_size: bool,
}

/// A runtime parameter as written.
pub struct ParamDecl {
    /// Its identifier.
    pub ident: syn::Ident,
    /// Its IR type (rank 0).
    pub ty: Type,
    /// True if declared `mut`: the body may assign it, like a `let mut` variable.
    pub mutable: bool,
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

/// Maps a dtype name as written in a kernel (`f32`, `bf16`, `f8e4m3`, `usize`...) to a dtype.
/// `usize`/`isize` are accepted as `u64`/`i64` only where the caller allows them.
pub fn dtype_of_ident(name: &str) -> Option<DType> {
    DType::from_name(name)
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

fn param_type(ty: &syn::Type) -> Result<Type, syn::Error> {
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
                    Some(d) => Ok(Type::ptr(d)),
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
            return Ok(Type::scalar(d));
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
                        rust_ty: c.ty.clone(),
                        is_size: is_size_type(&c.ty),
                    }),
                    None => errors.push(syn::Error::new_spanned(
                        &c.ty,
                        "const generic parameters of a kernel must be an integer type or `bool`",
                    )),
                }
            }
            GenericParam::Type(t) => errors.push(syn::Error::new_spanned(
                t,
                "kernels take no type parameters: use a const generic or a concrete dtype",
            )),
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
                    Ok(ty) => params.push(ParamDecl { ident, ty, mutable }),
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
