//! Device functions: `#[kernel_fn]` functions that kernels and other device functions call.
//!
//! A proc macro sees only the item it is attached to, so a kernel cannot look up the body of
//! a function it calls. `#[kernel_fn] fn gelu` therefore expands to a `macro_rules!` macro
//! that *hands over* its definition (and those of the functions it calls in turn), named
//! `gelu` in the macro namespace, so that Rust's own name resolution finds it wherever the
//! user imported `gelu` from: the same module, another module, another crate.
//!
//! A kernel (or device function) whose body calls functions that are not builtins expands to
//! a chain of macro calls instead of to itself: `gelu! { <payload> }` expands to
//! `::oxtile::__kernel_collect! { @def [<gelu's definitions>] <payload> }`, which records
//! them and calls the next function's macro, until none is left; the last step expands the
//! kernel with every definition at hand ([`Fns`]). Each definition carries the table of the
//! functions *its* body calls (path as written there -> definition id), so a call is resolved
//! in the scope where it was written.
//!
//! Calls are inlined when the caller is lowered ([`Lower::call_fn`]): the arguments must fit
//! the parameters (errors point at the call), and the body is lowered with the parameters
//! bound to them (errors point into the function, whose tokens keep their spans through the
//! macros). A device function is also checked on its own where it is defined, for every dtype
//! its type parameters admit, with its shape parameters symbolic.

use std::collections::HashMap;
use std::rc::Rc;

use kernel_core::ir::{DType, Dim, Elem, Op, Type, ValueId};
use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::visit::Visit;
use syn::{Expr, FnArg, GenericParam, ItemFn, LitStr, Pat, Token};

use crate::loc::{Loc, Located};
use crate::lower::{Binding, Lower};
use crate::signature::{TypeParamDecl, type_params, with_type_args};
use crate::value::Val;

/// A device function's definition, as handed from macro to macro.
pub struct FnDef {
    /// Unique across crates: the name and where it is defined.
    pub id: String,
    /// The functions its body calls: path as written -> id.
    pub calls: HashMap<String, String>,
    /// The function as written (without `#[kernel_fn]`).
    pub item: ItemFn,
}

/// Every device function a kernel may reach, by id.
pub type Fns = Rc<HashMap<String, Rc<FnDef>>>;

/// A parameter's or result's type pattern: a dtype (or a type parameter) and, for a tile, its
/// dimensions (literals or the function's const generics).
#[derive(Clone, Debug)]
pub(crate) enum TyPat {
    /// `f32`, `T`.
    Scalar(DRef),
    /// `Tile<T, N>`, `Tile<f32, 16, N>`.
    Tile(DRef, Vec<DimPat>),
    /// `Ptr<T>`: a pointer scalar.
    Ptr(DRef),
}

/// A dtype in a pattern.
#[derive(Clone, Debug)]
pub(crate) enum DRef {
    Concrete(DType),
    Param(String),
}

/// A dimension in a pattern.
#[derive(Clone, Debug)]
pub(crate) enum DimPat {
    Const(u64),
    Param(String),
}

/// A device function's signature.
pub(crate) struct FnSig {
    pub tparams: Vec<TypeParamDecl>,
    /// Const generics (dimensions), by name.
    pub consts: Vec<syn::Ident>,
    pub params: Vec<(syn::Ident, TyPat)>,
    /// The results: none (`None`), one, or a tuple of several.
    pub ret: Option<Vec<TyPat>>,
    /// Whether the result is a tuple (`-> (A, B)`), destructured by the caller.
    pub tuple: bool,
}

const TYPE_HELP: &str = "a device function's parameters and result are tiles, `Tile<T, N>` (a dtype or type parameter, then one dimension per axis: a literal or a const generic), scalars of a dtype (`f32`, `T`) or pointers (`Ptr<T>`)";

/// The dtype named by a type in a signature: a dtype name or one of `tparams`.
fn dref(ty: &syn::Type, tparams: &[TypeParamDecl]) -> Option<DRef> {
    let syn::Type::Path(p) = ty else { return None };
    let id = p.path.get_ident()?;
    let name = id.to_string();
    if tparams.iter().any(|t| t.ident == name) {
        return Some(DRef::Param(name));
    }
    DType::from_name(&name).map(DRef::Concrete)
}

/// Parses a parameter's or result's type.
fn ty_pat(
    ty: &syn::Type,
    tparams: &[TypeParamDecl],
    consts: &[syn::Ident],
) -> Result<TyPat, syn::Error> {
    if let Some(d) = dref(ty, tparams) {
        return Ok(TyPat::Scalar(d));
    }
    let err = || syn::Error::new_spanned(ty, TYPE_HELP);
    let syn::Type::Path(p) = ty else {
        return Err(err());
    };
    let last = p.path.segments.last().ok_or_else(err)?;
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return Err(err());
    };
    if last.ident == "Ptr" {
        return match args.args.first() {
            Some(syn::GenericArgument::Type(elem)) if args.args.len() == 1 => {
                dref(elem, tparams).map(TyPat::Ptr).ok_or_else(|| {
                    syn::Error::new_spanned(
                        elem,
                        "expected a dtype or a type parameter of the function",
                    )
                })
            }
            _ => Err(syn::Error::new_spanned(
                ty,
                "`Ptr` takes one dtype: `Ptr<f32>`",
            )),
        };
    }
    if last.ident != "Tile" {
        return Err(err());
    }
    let mut args = args.args.iter();
    let Some(syn::GenericArgument::Type(elem)) = args.next() else {
        return Err(err());
    };
    let d = dref(elem, tparams).ok_or_else(|| {
        syn::Error::new_spanned(elem, "expected a dtype or a type parameter of the function")
    })?;
    let mut dims = Vec::new();
    for a in args {
        let dim = match a {
            syn::GenericArgument::Const(Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Int(i),
                ..
            })) => match i.base10_parse::<u64>() {
                Ok(n) if n > 0 => DimPat::Const(n),
                _ => {
                    return Err(syn::Error::new_spanned(
                        i,
                        "a dimension is a positive integer",
                    ));
                }
            },
            syn::GenericArgument::Type(syn::Type::Path(tp))
                if tp.path.get_ident().is_some_and(|i| consts.contains(i)) =>
            {
                DimPat::Param(tp.path.get_ident().expect("checked").to_string())
            }
            other => {
                return Err(syn::Error::new_spanned(
                    other,
                    "a dimension is an integer literal or a const generic of the function (`const N: usize`)",
                ));
            }
        };
        dims.push(dim);
    }
    if dims.is_empty() {
        return Err(syn::Error::new_spanned(
            ty,
            "a tile has at least one dimension: `Tile<T, N>`; a scalar is written as its dtype (`T`, `f32`)",
        ));
    }
    Ok(TyPat::Tile(d, dims))
}

/// Parses a device function's signature, collecting errors.
pub(crate) fn parse_fn_sig(f: &ItemFn, errors: &mut Vec<syn::Error>) -> FnSig {
    let tparams = type_params(f, errors);
    let mut consts = Vec::new();
    for g in &f.sig.generics.params {
        match g {
            GenericParam::Const(c) => {
                if !matches!(&c.ty, syn::Type::Path(p) if p.path.is_ident("usize")) {
                    errors.push(syn::Error::new_spanned(
                        &c.ty,
                        "a device function's const generics are dimensions: `const N: usize`",
                    ));
                }
                consts.push(c.ident.clone());
            }
            GenericParam::Lifetime(l) => errors.push(syn::Error::new_spanned(
                l,
                "device functions take no lifetime parameters",
            )),
            GenericParam::Type(_) => {}
        }
    }
    if let Some(w) = &f.sig.generics.where_clause {
        errors.push(syn::Error::new_spanned(
            w,
            "device functions cannot have a `where` clause",
        ));
    }
    let mut params = Vec::new();
    for input in &f.sig.inputs {
        match input {
            FnArg::Receiver(r) => errors.push(syn::Error::new_spanned(
                r,
                "a device function is a free function: it cannot take `self`",
            )),
            FnArg::Typed(pt) => {
                let Pat::Ident(pi) = &*pt.pat else {
                    errors.push(syn::Error::new_spanned(
                        &pt.pat,
                        "expected a parameter name",
                    ));
                    continue;
                };
                match ty_pat(&pt.ty, &tparams, &consts) {
                    Ok(t) => params.push((pi.ident.clone(), t)),
                    Err(e) => errors.push(e),
                }
            }
        }
    }
    let (ret, tuple) = match &f.sig.output {
        syn::ReturnType::Default => (None, false),
        syn::ReturnType::Type(_, ty) => {
            let (tys, tuple): (Vec<&syn::Type>, bool) = match &**ty {
                syn::Type::Tuple(t) if t.elems.len() >= 2 => (t.elems.iter().collect(), true),
                other => (vec![other], false),
            };
            let mut pats = Vec::new();
            for t in tys {
                match ty_pat(t, &tparams, &consts) {
                    Ok(p) => pats.push(p),
                    Err(e) => errors.push(e),
                }
            }
            (Some(pats), tuple)
        }
    };
    FnSig {
        tparams,
        consts,
        params,
        ret,
        tuple,
    }
}

/// `path` without the turbofish of its last segment: how a call names a device function
/// (the macro a chain calls, and, through [`path_key`], the key of `Lower::calls`).
pub fn callee(path: &syn::Path) -> syn::Path {
    let mut path = path.clone();
    if let Some(last) = path.segments.last_mut() {
        last.arguments = syn::PathArguments::None;
    }
    path
}

/// A call that names a device function (see [`Lower::resolve_fn`]).
pub(crate) enum Resolved {
    /// The function's id.
    Fn(String),
    /// A possible device function while calls are deferred: its arguments were lowered.
    Deferred,
}

/// The text a path is keyed by (`act::gelu`).
pub fn path_key(p: &syn::Path) -> String {
    p.to_token_stream().to_string().replace(' ', "")
}

/// The calls of `block` to functions that are not builtins, in order of first appearance:
/// paths of several segments, and single names that are neither builtins nor close enough
/// to one to be a typo of it (those get the builtins' "did you mean" message).
pub fn callee_paths(block: &syn::Block) -> Vec<syn::Path> {
    struct Calls(Vec<syn::Path>);
    impl<'ast> Visit<'ast> for Calls {
        fn visit_expr_call(&mut self, c: &'ast syn::ExprCall) {
            if let Expr::Path(p) = &*c.func {
                self.add(&p.path);
                // The combine function of a fold, named by its path, is called too.
                if p.path
                    .get_ident()
                    .is_some_and(|i| crate::builtins::fold::is_fold(&i.to_string()))
                    && let Some(Expr::Path(f)) = c.args.iter().nth(2)
                {
                    self.add(&f.path);
                }
            }
            syn::visit::visit_expr_call(self, c);
        }
        fn visit_expr_method_call(&mut self, m: &'ast syn::ExprMethodCall) {
            if crate::builtins::fold::is_fold(&m.method.to_string())
                && let Some(Expr::Path(f)) = m.args.iter().nth(1)
            {
                self.add(&f.path);
            }
            syn::visit::visit_expr_method_call(self, m);
        }
    }
    impl Calls {
        fn add(&mut self, path: &syn::Path) {
            let path = callee(path);
            if is_candidate(&path) && !self.0.iter().any(|q| path_key(q) == path_key(&path)) {
                self.0.push(path);
            }
        }
    }
    let mut v = Calls(Vec::new());
    v.visit_block(block);
    v.0
}

/// A stable id for a device function: its name and where it is written.
fn fn_id(f: &ItemFn) -> String {
    let span = f.sig.ident.span();
    let at = span.start();
    let key = format!("{}:{}:{}:{}", span.file(), at.line, at.column, f.sig.ident);
    // FNV-1a: stable across runs and compiler versions, unlike `DefaultHasher`.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{}_{h:016x}", f.sig.ident)
}

// ---- the chain of macro calls ---------------------------------------------------------------

thread_local! {
    /// True while a body is lowered before its device functions are collected: calls of
    /// them evaluate to poison, silently (see [`with_deferred_calls`]).
    static DEFER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with calls of (possible) device functions deferred: every other error of the
/// body is found before the chain that collects the functions runs, since a name the chain
/// cannot resolve stops it with that one error.
pub fn with_deferred_calls<R>(f: impl FnOnce() -> R) -> R {
    let outer = DEFER.with(|d| d.replace(true));
    let r = f();
    DEFER.with(|d| d.set(outer));
    r
}

/// Whether calls of device functions are deferred now.
pub fn deferring() -> bool {
    DEFER.with(|d| d.get())
}

/// Whether a call of `path` may be of a device function (see [`callee_paths`]).
pub fn is_candidate(path: &syn::Path) -> bool {
    match path.segments.len() {
        1 => crate::builtins::is_user_function_name(&path.segments[0].ident.to_string()),
        _ => true,
    }
}

/// What a chain is building.
pub enum Target {
    Kernel,
    KernelFn,
}

/// The state carried from macro to macro: every definition collected so far, the callees of
/// the target still to collect (the first is being resolved now), the target's own table of
/// calls so far, and the target itself.
pub struct Payload {
    /// Definitions handed over by the macro that expanded to this call (`@def [...]`).
    pub new_defs: Vec<FnDef>,
    pub defs: Vec<FnDef>,
    pub pending: Vec<syn::Path>,
    pub calls: Vec<(String, String)>,
    pub target: Target,
    pub attr: TokenStream,
    pub item: ItemFn,
}

fn parse_defs(input: ParseStream) -> syn::Result<Vec<FnDef>> {
    let content;
    syn::bracketed!(content in input);
    let mut defs = Vec::new();
    while !content.is_empty() {
        let def;
        syn::braced!(def in content);
        let id: LitStr = def.parse()?;
        let calls = parse_calls(&def)?;
        let item: ItemFn = def.parse()?;
        defs.push(FnDef {
            id: id.value(),
            calls: calls.into_iter().collect(),
            item,
        });
    }
    Ok(defs)
}

fn parse_calls(input: ParseStream) -> syn::Result<Vec<(String, String)>> {
    let content;
    syn::bracketed!(content in input);
    let mut calls = Vec::new();
    while !content.is_empty() {
        let path: LitStr = content.parse()?;
        content.parse::<Token![=]>()?;
        let id: LitStr = content.parse()?;
        content.parse::<Token![;]>()?;
        calls.push((path.value(), id.value()));
    }
    Ok(calls)
}

impl Parse for Payload {
    fn parse(input: ParseStream) -> syn::Result<Payload> {
        let mut new_defs = Vec::new();
        if input.peek(Token![@]) {
            input.parse::<Token![@]>()?;
            let kw: syn::Ident = input.parse()?;
            if kw != "def" {
                return Err(syn::Error::new_spanned(kw, "expected `@def`"));
            }
            new_defs = parse_defs(input)?;
        }
        let defs = parse_defs(input)?;
        let pending = {
            let content;
            syn::bracketed!(content in input);
            let mut v = Vec::new();
            while !content.is_empty() {
                let p;
                syn::parenthesized!(p in content);
                v.push(p.parse::<syn::Path>()?);
            }
            v
        };
        let calls = parse_calls(input)?;
        let kind: syn::Ident = input.parse()?;
        let target = match kind.to_string().as_str() {
            "kernel" => Target::Kernel,
            "kernel_fn" => Target::KernelFn,
            _ => return Err(syn::Error::new_spanned(kind, "expected a target")),
        };
        let attr;
        syn::braced!(attr in input);
        let attr: TokenStream = attr.parse()?;
        let item: ItemFn = input.parse()?;
        Ok(Payload {
            new_defs,
            defs,
            pending,
            calls,
            target,
            attr,
            item,
        })
    }
}

fn defs_tokens(defs: &[&FnDef]) -> TokenStream {
    let defs = defs.iter().map(|d| {
        let id = &d.id;
        let calls = calls_tokens(d.calls.iter().map(|(p, i)| (p.as_str(), i.as_str())));
        let item = &d.item;
        quote!({ #id [#calls] #item })
    });
    quote!([#(#defs)*])
}

fn calls_tokens<'a>(calls: impl Iterator<Item = (&'a str, &'a str)>) -> TokenStream {
    let mut v: Vec<(&str, &str)> = calls.collect();
    v.sort();
    let v = v.iter().map(|(p, i)| quote!(#p = #i;));
    quote!(#(#v)*)
}

/// The call of the macro of the next function to collect, carrying the payload.
fn chain_call(
    defs: &[&FnDef],
    pending: &[syn::Path],
    calls: &[(String, String)],
    target: &Target,
    attr: &TokenStream,
    item: &ItemFn,
) -> TokenStream {
    let head = &pending[0];
    let defs = defs_tokens(defs);
    let pending = pending.iter().map(|p| quote!((#p)));
    let calls = calls_tokens(calls.iter().map(|(p, i)| (p.as_str(), i.as_str())));
    let kind = match target {
        Target::Kernel => format_ident!("kernel"),
        Target::KernelFn => format_ident!("kernel_fn"),
    };
    quote!(#head! { #defs [#(#pending)*] [#calls] #kind { #attr } #item })
}

/// Starts the chain for `item` when its body calls functions that are not builtins; `None`
/// when it calls none (it then expands directly).
pub fn start_chain(target: Target, attr: &TokenStream, item: &ItemFn) -> Option<TokenStream> {
    let mut pending = callee_paths(&item.block);
    if let Target::KernelFn = target {
        // A call of itself is refused when it is lowered (its macro cannot be collected
        // before it exists).
        pending.retain(|p| !p.is_ident(&item.sig.ident));
    }
    if pending.is_empty() {
        return None;
    }
    Some(chain_call(&[], &pending, &[], &target, attr, item))
}

/// `__kernel_collect!`: one step of the chain (see the module docs).
pub fn collect(input: TokenStream) -> TokenStream {
    let p: Payload = match syn::parse2(input) {
        Ok(p) => p,
        Err(e) => return e.to_compile_error(),
    };
    let Payload {
        new_defs,
        defs,
        mut pending,
        mut calls,
        target,
        attr,
        item,
    } = p;
    let head = pending.remove(0);
    if let Some(first) = new_defs.first() {
        calls.push((path_key(&head), first.id.clone()));
    }
    let mut all: Vec<FnDef> = defs;
    for d in new_defs {
        if !all.iter().any(|e| e.id == d.id) {
            all.push(d);
        }
    }
    if !pending.is_empty() {
        let refs: Vec<&FnDef> = all.iter().collect();
        return chain_call(&refs, &pending, &calls, &target, &attr, &item);
    }
    let fns: Fns = Rc::new(
        all.into_iter()
            .map(|d| (d.id.clone(), Rc::new(d)))
            .collect(),
    );
    let calls: HashMap<String, String> = calls.into_iter().collect();
    match target {
        Target::Kernel => crate::emit::expand_with(attr, item, fns, calls),
        Target::KernelFn => expand_kernel_fn(attr, item, fns, calls),
    }
}

/// Expands `#[kernel_fn] fn ...` once the functions it calls are known: checks it, and
/// emits the macro that hands its definition (and theirs) to callers.
pub fn expand_kernel_fn(
    attr: TokenStream,
    f: ItemFn,
    fns: Fns,
    calls: HashMap<String, String>,
) -> TokenStream {
    expand_kernel_fn_checked(attr, f, fns, calls).0
}

/// [`expand_kernel_fn`], and whether it reported errors.
pub fn expand_kernel_fn_checked(
    attr: TokenStream,
    f: ItemFn,
    fns: Fns,
    calls: HashMap<String, String>,
) -> (TokenStream, bool) {
    match crate::krate::parse_attr(&attr, "kernel_fn") {
        Ok(path) => crate::krate::with_path(path, || kernel_fn_in(f, fns, calls, None)),
        Err(e) => kernel_fn_in(f, fns, calls, Some(e)),
    }
}

/// [`expand_kernel_fn_checked`] under the oxtile path in force.
fn kernel_fn_in(
    f: ItemFn,
    fns: Fns,
    calls: HashMap<String, String>,
    attr_error: Option<syn::Error>,
) -> (TokenStream, bool) {
    let mut errors: Vec<syn::Error> = attr_error.into_iter().collect();
    let sig = parse_fn_sig(&f, &mut errors);
    let id = fn_id(&f);
    // A call of itself resolves to itself, and is refused as recursion when lowered.
    let mut calls = calls;
    calls.insert(f.sig.ident.to_string(), id.clone());
    let me = FnDef {
        id: id.clone(),
        calls: calls.clone(),
        item: f.clone(),
    };
    if errors.is_empty() {
        let mut with_me: HashMap<String, Rc<FnDef>> = (*fns).clone();
        with_me.insert(
            id.clone(),
            Rc::new(FnDef {
                id: id.clone(),
                calls: calls.clone(),
                item: f.clone(),
            }),
        );
        errors.extend(check_standalone(&f, &sig, &Rc::new(with_me), &calls, &id));
    }
    // Its definition first (the one a call resolves to), then everything it reaches.
    let mut closure: Vec<&FnDef> = vec![&me];
    let mut reach: Vec<&FnDef> = fns.values().map(|d| &**d).filter(|d| d.id != id).collect();
    reach.sort_by(|a, b| a.id.cmp(&b.id));
    closure.extend(reach);
    let defs = defs_tokens(&closure);
    let mac = format_ident!("__oxtile_fn_{}", id);
    let oxtile = crate::krate::in_macro_rules();
    let collect = quote!(#oxtile::__kernel_collect);
    let name = &f.sig.ident;
    let vis = &f.vis;
    let docs = f.attrs.iter().filter(|a| a.path().is_ident("doc"));
    let had_errors = !errors.is_empty();
    let errors = errors.iter().map(syn::Error::to_compile_error);
    let tokens = quote! {
        #(#errors)*
        #[doc(hidden)]
        #[macro_export]
        macro_rules! #mac {
            ($($rest:tt)*) => { #collect! { @def #defs $($rest)* } };
        }
        #(#docs)*
        #vis use #mac as #name;
    };
    (tokens, had_errors)
}

/// Checks a device function where it is defined: its body lowered with each parameter a
/// value of its declared type (dimensions symbolic), for every dtype its type parameters
/// admit; the result must have the declared type.
fn check_standalone(
    f: &ItemFn,
    sig: &FnSig,
    fns: &Fns,
    calls: &HashMap<String, String>,
    id: &str,
) -> Vec<syn::Error> {
    let assignments = crate::emit::assignments(&sig.tparams);
    let run = |args: &[(String, DType)]| -> Vec<syn::Error> {
        with_type_args(args, || {
            let mut lower = Lower::for_function(&sig.consts, fns.clone(), calls.clone());
            lower.inlining.push(id.to_string());
            let dt = |d: &DRef| resolve(d, args).expect("every type parameter has a dtype");
            let ty = |pat: &TyPat| match pat {
                TyPat::Scalar(d) => Type::scalar(dt(d)),
                TyPat::Ptr(d) => Type::ptr(dt(d)),
                TyPat::Tile(d, ds) => Type::tile(
                    dt(d),
                    ds.iter()
                        .map(|d| match d {
                            DimPat::Const(n) => Dim::Const(*n),
                            DimPat::Param(n) => Dim::Sym(n.clone()),
                        })
                        .collect(),
                ),
            };
            for (ident, pat) in &sig.params {
                let t = ty(pat);
                let id = lower.b.fresh_value(t.clone());
                lower.bind(ident.to_string(), Binding::Val(Val::Ir(id, t)));
            }
            let n = sig.ret.as_ref().map_or(0, Vec::len);
            let vals = lower.fn_body(&f.block, n, sig.tuple);
            if let Some(ret) = &sig.ret {
                for (v, pat) in vals.iter().zip(ret) {
                    lower.check_result(v, &ty(pat), f.sig.output.loc());
                }
            }
            lower.errors
        })
    };
    let first: Vec<Vec<syn::Error>> = assignments.iter().map(|a| run(a)).collect();
    crate::emit::instance_errors(&sig.tparams, &assignments, &first, &|args, note| {
        crate::loc::with_note(note, || run(args))
    })
}

impl Lower {
    /// How a call of `path` with `args` resolves when it names a device function: its id
    /// from the table of calls, or [`Resolved::Deferred`] while calls are deferred (its
    /// arguments then lowered, so that their errors are found); `None` for a builtin.
    pub(crate) fn resolve_fn(&mut self, path: &syn::Path, args: &[&Expr]) -> Option<Resolved> {
        let key = callee(path);
        if let Some(id) = self.calls.get(&path_key(&key)) {
            return Some(Resolved::Fn(id.clone()));
        }
        if deferring() && is_candidate(&key) {
            for a in args {
                self.expr(a);
            }
            return Some(Resolved::Deferred);
        }
        None
    }

    /// Lowers a call of the device function `id` with `args` (inlined, see the module docs)
    /// where a value (or nothing) is expected: a function returning a tuple is an error
    /// here (it is destructured by `let (a, b) = f(...)`: [`Lower::call_fn_tuple`]).
    pub(crate) fn call_fn(&mut self, id: &str, args: &[&Expr], span: Loc) -> Val {
        self.inline(id, args, span, None)
            .and_then(|v| v.into_iter().next())
            .unwrap_or(Val::Poison)
    }

    /// Lowers `let (a, b, ...) = f(args);`: the `n` values of a device function returning a
    /// tuple (poison for each when the call fails).
    pub(crate) fn call_fn_tuple(
        &mut self,
        id: &str,
        args: &[&Expr],
        span: Loc,
        n: usize,
    ) -> Vec<Val> {
        match self.inline(id, args, span, Some(n)) {
            Some(v) if v.len() == n => v,
            _ => vec![Val::Poison; n],
        }
    }

    /// Reports a call whose results do not fit where it is written: `tuple` is the size of
    /// the tuple pattern it is destructured by, `None` where one value (or none) is expected.
    fn results_fit(
        &mut self,
        name: &syn::Ident,
        sig: &FnSig,
        tuple: Option<usize>,
        span: Loc,
    ) -> bool {
        let got = sig.ret.as_ref().map_or(0, Vec::len);
        let message = match tuple {
            None if sig.tuple => {
                let names: Vec<String> = (0..got).map(|i| format!("r{i}")).collect();
                format!(
                    "`{name}` returns {got} values: destructure them, `let ({}) = {name}(...);`",
                    names.join(", ")
                )
            }
            Some(n) if !sig.tuple || got != n => {
                let what = if sig.tuple {
                    format!("{got} values")
                } else if got == 1 {
                    "one value, not a tuple".to_string()
                } else {
                    "nothing".to_string()
                };
                format!("this pattern takes {n} values, but `{name}` returns {what}")
            }
            _ => return true,
        };
        self.error(span, message);
        false
    }

    /// Inlines a call: its results (none for a function without result), or `None` when the
    /// call failed (reported). `tuple` as for [`Lower::results_fit`].
    fn inline(
        &mut self,
        id: &str,
        args: &[&Expr],
        span: Loc,
        tuple: Option<usize>,
    ) -> Option<Vec<Val>> {
        let Some(def) = self.fns.get(id).cloned() else {
            self.error(span, "oxtile internal error: a device function's definition is missing (please report this)");
            return None;
        };
        let name = def.item.sig.ident.to_string();
        if self.inlining.iter().any(|i| i == id) {
            let chain: Vec<String> = self
                .inlining
                .iter()
                .filter_map(|i| self.fns.get(i).map(|d| d.item.sig.ident.to_string()))
                .chain([name.clone()])
                .collect();
            self.error(
                span,
                format!(
                    "device functions cannot be recursive: `{name}` calls itself ({}); device functions are inlined, so write the recursion as a loop",
                    chain.join(" -> ")
                ),
            );
            return None;
        }
        let mut sig_errors = Vec::new();
        let sig = parse_fn_sig(&def.item, &mut sig_errors);
        if !sig_errors.is_empty() {
            // Reported where the function is defined.
            return None;
        }
        if !self.results_fit(&def.item.sig.ident, &sig, tuple, span) {
            return None;
        }
        if args.len() != sig.params.len() {
            self.error(
                span,
                format!(
                    "`{name}` takes {} argument(s), {} given",
                    sig.params.len(),
                    args.len()
                ),
            );
            return None;
        }
        let vals: Vec<Val> = args.iter().map(|a| self.expr(a)).collect();
        if vals.iter().any(|v| matches!(v, Val::Poison)) {
            return None;
        }
        // Bind the type parameters and dimensions from the arguments.
        let mut dtypes: Vec<(String, DType)> = Vec::new();
        let mut dims: Vec<(String, Dim)> = Vec::new();
        let mut ok = true;
        for ((pname, pat), (v, a)) in sig.params.iter().zip(vals.iter().zip(args)) {
            if let Err(m) = bind_arg(pat, v, &mut dtypes, &mut dims) {
                self.error(a.loc(), format!("argument `{pname}` of `{name}`: {m}"));
                ok = false;
            }
        }
        for t in &sig.tparams {
            if ok && !dtypes.iter().any(|(n, _)| t.ident == n) {
                self.error(
                    span,
                    format!(
                        "cannot tell the dtype `{}` of `{name}` from its arguments: pass a typed value (a literal has no dtype of its own)",
                        t.ident
                    ),
                );
                ok = false;
            }
            if let Some((_, d)) = dtypes.iter().find(|(n, _)| t.ident == n)
                && !t.class.admits(*d)
            {
                self.error(
                    span,
                    format!(
                        "`{name}` takes `{}: {}`, and {d} is not one",
                        t.ident,
                        t.class.name()
                    ),
                );
                ok = false;
            }
        }
        if !ok {
            return None;
        }
        // Scalar weak arguments take the dtype their parameter now has.
        let mut bound = Vec::new();
        for ((pname, pat), (v, a)) in sig.params.iter().zip(vals.into_iter().zip(args)) {
            let v = match (pat, &v) {
                (TyPat::Scalar(d), Val::Int(_) | Val::Float(_)) => {
                    let d = resolve(&d.clone(), &dtypes).expect("bound above");
                    let id = self.materialize(&v, d, a.loc());
                    self.val(id)
                }
                _ => v,
            };
            bound.push((pname.to_string(), v));
        }
        // Outside a combine the function becomes an instance in the IR, lowered once per
        // dtypes and dimensions and shared by its calls, and the call a `call` (inlined at
        // specialization); inside a combine, whose body only computes, it is inlined here.
        let as_call = self.combine_hidden.is_none();
        let key = format!("{id}|{dtypes:?}|{dims:?}");
        let mut args = Vec::new();
        let mut params = Vec::new();
        if as_call {
            for (_, v) in bound.iter_mut() {
                if let Val::Ir(arg, ty) = v {
                    args.push(*arg);
                    if self.instances.contains_key(&key) {
                        continue;
                    }
                    let p = self.b.fresh_value(ty.clone());
                    params.push(p);
                    *v = Val::Ir(p, ty.clone());
                }
            }
            if let Some((func, types)) = self.instances.get(&key).cloned() {
                return Some(self.emit_call(func, args, &types));
            }
            self.b.open();
        }
        // Lower the body in the function's own scope.
        let scopes = std::mem::replace(&mut self.scopes, vec![HashMap::new()]);
        for (n, v) in bound {
            self.bind(n, Binding::Val(v));
        }
        // Inside a combine function the callee still only computes, but the kernel's names
        // it cannot see are not the callee's business.
        let hidden = self.combine_hidden.as_mut().map(std::mem::take);
        let calls = std::mem::replace(&mut self.calls, def.calls.clone());
        let fn_dims = self.fn_dims.replace(dims.clone());
        self.inlining.push(id.to_string());
        let here = crate::loc::source_file(&def.item.sig.ident);
        let other_file = self.no_locs || here != self.file;
        let no_locs = std::mem::replace(&mut self.no_locs, other_file);
        let ret = sig.ret.clone();
        let vals = with_type_args(&dtypes, || {
            let n = ret.as_ref().map_or(0, Vec::len);
            let vals = self.fn_body(&def.item.block, n, sig.tuple);
            let Some(ret) = &ret else {
                return Vec::new();
            };
            let mut out = Vec::new();
            for (v, pat) in vals.iter().zip(ret) {
                let want = match pat {
                    TyPat::Scalar(d) => resolve(d, &dtypes).map(Type::scalar),
                    TyPat::Ptr(d) => resolve(d, &dtypes).map(Type::ptr),
                    TyPat::Tile(d, ds) => resolve(d, &dtypes).and_then(|d| {
                        ds.iter()
                            .map(|x| match x {
                                DimPat::Const(n) => Some(Dim::Const(*n)),
                                DimPat::Param(n) => {
                                    dims.iter().find(|(m, _)| m == n).map(|(_, d)| d.clone())
                                }
                            })
                            .collect::<Option<Vec<Dim>>>()
                            .map(|s| Type::tile(d, s))
                    }),
                };
                out.push(match want {
                    Some(want) => self.check_result(v, &want, def.item.sig.output.loc()),
                    None => {
                        self.error(
                            def.item.sig.output.loc(),
                            "the result's dimensions must be dimensions of the parameters",
                        );
                        Val::Poison
                    }
                });
            }
            out
        });
        self.no_locs = no_locs;
        self.inlining.pop();
        self.fn_dims = fn_dims;
        self.calls = calls;
        self.scopes = scopes;
        if let Some(h) = hidden {
            self.combine_hidden = Some(h);
        }
        if !as_call {
            return Some(vals);
        }
        let body = self.b.close();
        let results = vals
            .iter()
            .map(|v| match v {
                Val::Ir(r, _) => Some(*r),
                _ => None,
            })
            .collect::<Option<Vec<ValueId>>>()?;
        let types: Vec<Type> = results.iter().map(|r| self.b.ty(*r).clone()).collect();
        let func = self.b.add_function(kernel_core::ir::Function {
            name,
            params,
            body,
            results,
        });
        self.instances.insert(key, (func, types.clone()));
        Some(self.emit_call(func, args, &types))
    }

    /// Emits a call of function instance `func` with `args`; its results, of `types`.
    fn emit_call(&mut self, func: u32, args: Vec<ValueId>, types: &[Type]) -> Vec<Val> {
        let results: Vec<ValueId> = types
            .iter()
            .map(|t| self.b.fresh_value(t.clone()))
            .collect();
        self.b.push_inst(kernel_core::ir::Inst::new(
            None,
            Op::Call {
                func,
                args,
                results: results.clone(),
            },
        ));
        results.iter().map(|r| self.val(Some(*r))).collect()
    }

    /// Lowers a device function's body; returns the values of its tail expression: none
    /// for a function without result, one, or the `n` elements of a tuple (`tuple`).
    pub(crate) fn fn_body(&mut self, block: &syn::Block, n: usize, tuple: bool) -> Vec<Val> {
        if n == 0 {
            self.block(block);
            return Vec::new();
        }
        if !tuple {
            return vec![self.block_value_as(
                block,
                "a device function with a result ends with it: an expression without `;`",
            )];
        }
        self.scopes.push(HashMap::new());
        let (tail, body) = match block.stmts.split_last() {
            Some((syn::Stmt::Expr(e, None), body)) => (Some(e), body),
            _ => (None, &block.stmts[..]),
        };
        for stmt in body {
            self.stmt(stmt);
        }
        let mut elems = match tail {
            Some(Expr::Tuple(t)) if t.elems.len() == n => {
                t.elems.iter().map(|e| self.expr(e)).collect()
            }
            Some(other) => {
                self.error(
                    other.loc(),
                    format!(
                        "the function returns {n} values: end it with a tuple of them, `(a, b)`"
                    ),
                );
                Vec::new()
            }
            None => {
                self.error(
                    block.loc(),
                    format!("the function returns {n} values: end it with a tuple of them, `(a, b)`, without `;`"),
                );
                Vec::new()
            }
        };
        self.scopes.pop();
        elems.resize(n, Val::Poison);
        elems
    }

    /// Checks a function's result against its declared type (weak literals take it).
    pub(crate) fn check_result(&mut self, v: &Val, want: &Type, span: Loc) -> Val {
        match v {
            Val::Poison => Val::Poison,
            Val::Int(_) | Val::Float(_) if want.is_scalar() => {
                let d = want.dtype().expect("a scalar has a dtype");
                let id = self.materialize(v, d, span);
                self.val(id)
            }
            Val::Ir(_, t) if t == want => v.clone(),
            other => {
                let got = crate::value::describe(other, self);
                self.error(
                    span,
                    format!("the function returns {got}, but its signature says {want}"),
                );
                Val::Poison
            }
        }
    }
}

/// The dtype a pattern's dtype stands for, given the bindings.
fn resolve(d: &DRef, dtypes: &[(String, DType)]) -> Option<DType> {
    match d {
        DRef::Concrete(d) => Some(*d),
        DRef::Param(n) => dtypes.iter().find(|(m, _)| m == n).map(|(_, d)| *d),
    }
}

/// Matches an argument against its parameter's pattern, binding type parameters and
/// dimensions; the reason when it does not fit.
fn bind_arg(
    pat: &TyPat,
    v: &Val,
    dtypes: &mut Vec<(String, DType)>,
    dims: &mut Vec<(String, Dim)>,
) -> Result<(), String> {
    let mut bind_dtype = |d: &DRef, got: DType| -> Result<(), String> {
        match d {
            DRef::Concrete(w) if *w == got => Ok(()),
            DRef::Concrete(w) => Err(format!("expected {w}, found {got}")),
            DRef::Param(n) => match dtypes.iter().find(|(m, _)| m == n) {
                Some((_, w)) if *w == got => Ok(()),
                Some((_, w)) => Err(format!(
                    "expected `{n}` ({w}, from an earlier argument), found {got}"
                )),
                None => {
                    dtypes.push((n.clone(), got));
                    Ok(())
                }
            },
        }
    };
    match (pat, v) {
        (TyPat::Scalar(_), Val::Int(_) | Val::Float(_)) => Ok(()),
        (TyPat::Scalar(d), Val::Ir(_, t)) if t.is_scalar() => match t.elem {
            Elem::Scalar(got) => bind_dtype(d, got),
            Elem::Ptr(_) => Err(format!("expected a scalar, found {t}")),
        },
        (TyPat::Scalar(_), Val::Ir(_, t)) => Err(format!("expected a scalar, found {t}")),
        (TyPat::Ptr(d), Val::Ir(_, t)) if t.is_scalar() => match t.elem {
            Elem::Ptr(got) => bind_dtype(d, got),
            Elem::Scalar(_) => Err(format!("expected a pointer, found {t}")),
        },
        (TyPat::Ptr(_), other) => Err(format!(
            "expected a pointer, found {}",
            match other {
                Val::Ir(_, t) => t.to_string(),
                _ => "a literal".to_string(),
            }
        )),
        (TyPat::Tile(d, ds), Val::Ir(_, t)) => {
            let Elem::Scalar(got) = t.elem else {
                return Err(format!("expected a tile of values, found {t}"));
            };
            if t.shape.len() != ds.len() {
                return Err(format!(
                    "expected a tile of {} dimension(s), found {t}",
                    ds.len()
                ));
            }
            bind_dtype(d, got)?;
            for (i, (want, have)) in ds.iter().zip(&t.shape).enumerate() {
                match want {
                    DimPat::Const(n) if *have == Dim::Const(*n) => {}
                    DimPat::Const(n) => {
                        return Err(format!("dimension {i} must be {n}, found {have} ({t})"));
                    }
                    DimPat::Param(n) => match dims.iter().find(|(m, _)| m == n) {
                        Some((_, w)) if w == have => {}
                        Some((_, w)) => {
                            return Err(format!(
                                "dimension {i} is `{n}`, which an earlier argument made {w}; found {have} ({t})"
                            ));
                        }
                        None => dims.push((n.clone(), have.clone())),
                    },
                }
            }
            Ok(())
        }
        (TyPat::Tile(..), other) => Err(format!(
            "expected a tile, found {}",
            match other {
                Val::Int(_) | Val::Float(_) => "a literal",
                _ => "a value that is not a tile",
            }
        )),
        (_, Val::Desc(_)) => Err(crate::value::DESC_NOT_VALUE.into()),
        (_, Val::Poison) => Ok(()),
    }
}
