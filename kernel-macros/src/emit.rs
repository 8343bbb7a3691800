//! Code generation: the kernel's replacement type, its embedded IR text and its typed launcher.

use kernel_core::ir::{ConstParam, DType, Elem, Param, Type};
use kernel_core::text::print_kernel;
use kernel_core::verify::verify;
use proc_macro2::TokenStream;
use proc_macro2::{Ident, Span};
use quote::{format_ident, quote, quote_spanned};
use syn::ItemFn;

use std::collections::HashMap;

use crate::functions::Fns;
use crate::lower::Lower;
use crate::signature::{
    ParamDecl, Signature, TypeParamDecl, parse_signature, type_params, with_type_args,
};

/// One instance of a kernel: its signature and IR with each type parameter standing for one
/// dtype (a kernel without type parameters has exactly one).
struct Instance {
    /// The signature, its parameter types those of this instance.
    sig: Signature,
    /// The IR text; empty when the instance has errors.
    text: String,
    /// Every error found lowering it.
    errors: Vec<syn::Error>,
}

/// Lowers `f` with the type arguments currently set (`signature::with_type_args`).
fn lower_instance(f: &ItemFn, fns: Fns, calls: HashMap<String, String>) -> Instance {
    let mut errors = Vec::new();
    let sig = parse_signature(f, &mut errors);
    let (mut lower, ids) = Lower::new(&sig);
    lower.fns = fns;
    lower.calls = calls;
    lower.file = crate::loc::source_file(&f.sig.ident);
    lower.block(&f.block);
    errors.append(&mut lower.errors);

    let name = f.sig.ident.to_string();
    let consts: Vec<ConstParam> = sig
        .consts
        .iter()
        .map(|c| ConstParam {
            name: c.ident.to_string(),
            dtype: c.dtype,
        })
        .collect();
    let params: Vec<Param> = sig
        .params
        .iter()
        .zip(&ids)
        .map(|(p, id)| Param {
            name: p.ident.to_string(),
            ty: p.ty.clone(),
            value: *id,
        })
        .collect();
    let kernel = lower
        .b
        .finish(name, consts, params, crate::loc::source_file(&f.sig.ident));

    let mut text = String::new();
    // While device-function calls are deferred the IR is provisional: each call is poison,
    // and what depends on it is dropped (a value `if` with a call in a nested branch loses
    // the branch, and the values its condition defined there), so it is not verified; the
    // expansion with the functions collected is.
    if errors.is_empty() && !crate::functions::deferring() {
        match verify(&kernel) {
            Ok(()) => text = print_kernel(&kernel),
            Err(errs) => {
                let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
                errors.push(syn::Error::new_spanned(
                    &f.sig.ident,
                    format!(
                        "oxtile internal error: the IR built for this kernel fails verification (please report this): {}",
                        msgs.join("; ")
                    ),
                ));
            }
        }
    }
    Instance { sig, text, errors }
}

/// Every assignment of a dtype to each type parameter, the first parameter varying slowest
/// (the order [`instance_index`] computes): one empty assignment without type parameters.
pub(crate) fn assignments(tparams: &[TypeParamDecl]) -> Vec<Vec<(String, DType)>> {
    let mut out = vec![Vec::new()];
    for p in tparams {
        out = out
            .into_iter()
            .flat_map(|a: Vec<(String, DType)>| {
                p.class.members().into_iter().map(move |d| {
                    let mut a = a.clone();
                    a.push((p.ident.to_string(), d));
                    a
                })
            })
            .collect();
    }
    out
}

/// Identifies an error across instances: its position when the compiler gives one, else its
/// message with the instance's dtypes written as the type parameters' names.
fn error_key(e: &syn::Error, args: &[(String, DType)]) -> String {
    let at = e.span().start();
    if at.line > 0 {
        return format!("{}:{}", at.line, at.column);
    }
    let mut msg = e.to_string();
    for (name, d) in args {
        msg = replace_word(&msg, d.name(), name);
    }
    msg
}

/// `text` with every whole-word `word` replaced by `by`.
pub(crate) fn replace_word(text: &str, word: &str, by: &str) -> String {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(word) {
        let before = rest[..i].chars().next_back();
        let after = rest[i + word.len()..].chars().next();
        out.push_str(&rest[..i]);
        if before.is_some_and(is_word) || after.is_some_and(is_word) {
            out.push_str(word);
        } else {
            out.push_str(by);
        }
        rest = &rest[i + word.len()..];
    }
    out.push_str(rest);
    out
}

/// Lowers every instance of a generic kernel (the body is checked for every dtype its type
/// parameters' bounds admit) and returns them with the errors to report (see
/// [`instance_errors`]).
fn lower_instances(
    f: &ItemFn,
    tparams: &[TypeParamDecl],
    fns: &Fns,
    calls: &HashMap<String, String>,
) -> (Vec<Instance>, Vec<syn::Error>) {
    let all = assignments(tparams);
    let lower = || lower_instance(f, fns.clone(), calls.clone());
    let instances: Vec<Instance> = all.iter().map(|a| with_type_args(a, lower)).collect();
    let first: Vec<Vec<syn::Error>> = instances.iter().map(|i| i.errors.clone()).collect();
    let errors = instance_errors(tparams, &all, &first, &|args, note| {
        with_type_args(args, || crate::loc::with_note(note, lower)).errors
    });
    (instances, errors)
}

/// Lowers a body again for one assignment of dtypes, with a note appended to every error.
pub(crate) type Rerun<'a> = dyn Fn(&[(String, DType)], &str) -> Vec<syn::Error> + 'a;

/// The errors to report for a body checked once per assignment of dtypes (`all`, whose
/// errors were `first`): each distinct error once; one that only some dtypes have, or whose
/// message names the dtype, says for which, e.g. "... (with `T = i8`, which `T: Num`
/// admits)". `rerun` lowers one assignment again with a note appended to every message
/// (lowering is deterministic: its errors come in the same order).
pub(crate) fn instance_errors(
    tparams: &[TypeParamDecl],
    all: &[Vec<(String, DType)>],
    first: &[Vec<syn::Error>],
    rerun: &Rerun,
) -> Vec<syn::Error> {
    let keys: Vec<Vec<String>> = first
        .iter()
        .zip(all)
        .map(|(errs, a)| errs.iter().map(|e| error_key(e, a)).collect())
        .collect();
    let count = |k: &String| keys.iter().filter(|ks| ks.contains(k)).count();
    let messages = |k: &String| -> std::collections::HashSet<String> {
        first
            .iter()
            .zip(&keys)
            .flat_map(|(errs, ks)| {
                errs.iter()
                    .zip(ks)
                    .filter(|(_, k2)| *k2 == k)
                    .map(|(e, _)| e.to_string())
            })
            .collect()
    };
    let mut seen = std::collections::HashSet::new();
    let mut errors = Vec::new();
    for ((errs, args), ks) in first.iter().zip(all).zip(&keys) {
        if ks.iter().all(|k| seen.contains(k)) {
            continue;
        }
        let notes: Vec<Option<String>> = ks
            .iter()
            .map(|k| {
                if count(k) < all.len() {
                    Some(note(tparams, args, false))
                } else if messages(k).len() > 1 {
                    Some(note(tparams, args, true))
                } else {
                    None
                }
            })
            .collect();
        let mut noted = HashMap::new();
        for n in notes.iter().flatten() {
            if !noted.contains_key(n) {
                noted.insert(n.clone(), rerun(args, n));
            }
        }
        for (j, (e, k)) in errs.iter().zip(ks).enumerate() {
            if !seen.insert(k.clone()) {
                continue;
            }
            let with_note = notes[j].as_ref().and_then(|n| noted[n].get(j));
            errors.push(with_note.unwrap_or(e).clone());
        }
    }
    errors
}

/// Which dtypes an error is for: " (with `T = i8`, which `T: Num` admits)", or when every
/// dtype the bounds admit has it, " (for every dtype `T: Int` admits; shown for `T = i8`)".
fn note(tparams: &[TypeParamDecl], args: &[(String, DType)], every: bool) -> String {
    let with: Vec<String> = args.iter().map(|(n, d)| format!("{n} = {d}")).collect();
    let bounds: Vec<String> = tparams
        .iter()
        .map(|p| format!("{}: {}", p.ident, p.class.name()))
        .collect();
    let (with, bounds) = (with.join(", "), bounds.join(", "));
    if every {
        format!(" (for every dtype `{bounds}` admits; shown for `{with}`)")
    } else {
        format!(" (with `{with}`, which `{bounds}` admits)")
    }
}

/// The index of the instance a launch's type arguments select, as a const expression over
/// the type parameters (the order of [`assignments`]).
fn instance_index(tparams: &[TypeParamDecl]) -> TokenStream {
    let krate = crate::krate::path();
    let mut terms = Vec::new();
    let mut stride = 1usize;
    for p in tparams.iter().rev() {
        let id = &p.ident;
        let members = p.class.members();
        let arms = members.iter().enumerate().map(|(i, d)| {
            let v = format_ident!("{}", format!("{d:?}"));
            quote!(#krate::DType::#v => #i)
        });
        let msg = format!("`{id}` is not a {} dtype", p.class.name());
        terms.push(quote!(
            (match <#id as #krate::Element>::DTYPE { #(#arms,)* _ => panic!(#msg) }) * #stride
        ));
        stride *= members.len();
    }
    quote!(0usize #(+ #terms)*)
}

/// Expands `#[kernel] fn ...`: directly, or through the chain that collects the device
/// functions it calls (`crate::functions`).
pub fn expand(attr: TokenStream, f: ItemFn) -> TokenStream {
    if let Some(chain) = crate::functions::start_chain(crate::functions::Target::Kernel, &attr, &f)
    {
        // Every error that does not depend on the functions is reported now, with the
        // kernel's type (so that its launches add no errors): the chain would stop at the
        // first name that is not a device function, and report nothing else.
        let (tokens, errors) = crate::functions::with_deferred_calls(|| {
            expand_checked(attr, f, Fns::default(), HashMap::new())
        });
        return if errors { tokens } else { chain };
    }
    expand_with(attr, f, Fns::default(), HashMap::new())
}

/// Expands `#[kernel] fn ...` with the device functions it may call (`fns`) and its table of
/// calls (path as written -> id).
pub fn expand_with(
    attr: TokenStream,
    f: ItemFn,
    fns: Fns,
    calls: HashMap<String, String>,
) -> TokenStream {
    expand_checked(attr, f, fns, calls).0
}

/// [`expand_with`], and whether it reported errors. The attribute's `crate = path` (see
/// `crate::krate`) holds for the whole expansion.
fn expand_checked(
    attr: TokenStream,
    f: ItemFn,
    fns: Fns,
    calls: HashMap<String, String>,
) -> (TokenStream, bool) {
    match crate::krate::parse_attr(&attr, "kernel") {
        Ok(path) => crate::krate::with_path(path, || expand_in(f, fns, calls, None)),
        Err(e) => expand_in(f, fns, calls, Some(e)),
    }
}

/// [`expand_checked`] under the oxtile path in force; `attr_error` is the attribute's.
fn expand_in(
    f: ItemFn,
    fns: Fns,
    calls: HashMap<String, String>,
    attr_error: Option<syn::Error>,
) -> (TokenStream, bool) {
    let krate = crate::krate::path();
    let mut errors: Vec<syn::Error> = attr_error.into_iter().collect();
    let tparams = type_params(&f, &mut errors);
    let (instances, mut instance_errors) = lower_instances(&f, &tparams, &fns, &calls);
    errors.append(&mut instance_errors);
    let name = f.sig.ident.to_string();
    let sig = &instances[0].sig;
    let texts: Vec<&str> = instances.iter().map(|i| i.text.as_str()).collect();
    let had_errors = !errors.is_empty();
    let compile_errors = errors.iter().map(syn::Error::to_compile_error);

    let vis = &f.vis;
    let ident = &f.sig.ident;
    let docs = f.attrs.iter().filter(|a| a.path().is_ident("doc"));
    let param_idents: Vec<_> = sig.params.iter().map(|p| &p.ident).collect();
    let param_tys: Vec<TokenStream> = sig.params.iter().map(launcher_type).collect();
    let param_args = sig.params.iter().map(launcher_arg);
    let const_values = sig.consts.iter().map(|c| {
        let id = &c.ident;
        // `bool as i64` is 0/1, the encoding `specialize` expects.
        quote!(#id as i64)
    });
    // The generics in the order written: type parameters with their bounds as written (so
    // they resolve as the user imported them; a refused bound is replaced by the class the
    // body was checked for), const generics without defaults (refused).
    let mut decl = Vec::new();
    let mut uses = Vec::new();
    for g in &f.sig.generics.params {
        match g {
            syn::GenericParam::Type(t) => {
                decl.push(type_param_decl(t, &tparams));
                let id = &t.ident;
                uses.push(quote!(#id));
            }
            syn::GenericParam::Const(c) if sig.consts.iter().any(|k| k.ident == c.ident) => {
                let (id, ty) = (&c.ident, &c.ty);
                decl.push(quote!(const #id: #ty));
                uses.push(quote!(#id));
            }
            _ => {}
        }
    }
    let (generics_decl, generics_use) = if decl.is_empty() {
        (quote!(), quote!())
    } else {
        (quote!(<#(#decl),*>), quote!(<#(#uses),*>))
    };
    let def_ident = format_ident!("__OXTILE_KERNEL_DEF");
    // The launchers' own parameters are hygienic, so that a kernel parameter of the same
    // name (reported in `signature`) adds no "bound more than once" error to ours.
    let [device, grid, options] =
        ["device", "grid", "options"].map(|n| Ident::new(n, Span::mixed_site()));
    let const_checks = sig.consts.iter().filter(|c| c.dtype == DType::U64).map(|c| {
        let id = &c.ident;
        let msg = format!(
            "the const generic `{id}` of kernel `{name}` is 2^63 or more, and oxtile passes const generics as i64: use a value of at most i64::MAX (9223372036854775807)"
        );
        // Only `assert!` has the const generic's span, so that the error points there; the
        // cast keeps the macro's, where lints on the user's code (a `u64 as i64`) stay quiet.
        let fits = quote!((#id as i64) >= 0);
        let check = quote_spanned!(id.span()=> assert!(#fits, #msg));
        quote!(const { #check };)
    });
    let launch_doc = format!(
        "Launches `{name}` on `device` over `grid`. Arguments are checked against the kernel's \
         parameters (buffer dtypes, device); errors name the kernel and the argument."
    );

    // A generic kernel carries the IR of every instance, one `KernelDef` each (a `static` in a
    // generic function is one for all its instantiations, so they are an array indexed by
    // the type arguments).
    let n = texts.len();
    let defs_fn = format_ident!("__oxtile_defs_{}", ident);
    let (fields, instance, ir, index) = if tparams.is_empty() {
        let text = texts[0];
        (quote!(), quote!(), quote!(#text), quote!(0))
    } else {
        let ids = tparams.iter().map(|p| &p.ident);
        let index = instance_index(&tparams);
        (
            quote!((::core::marker::PhantomData<(#(#ids,)*)>)),
            quote! {
                /// The instance the type arguments select.
                #[doc(hidden)]
                const __OXTILE_INSTANCE: usize = #index;
            },
            quote!([#(#texts),*][Self::__OXTILE_INSTANCE]),
            quote!(Self::__OXTILE_INSTANCE),
        )
    };
    let def = quote!(&#defs_fn()[#index]);
    let config = config_type(&f, sig, &tparams, &name, &defs_fn);

    let tokens = quote! {
        #(#compile_errors)*

        /// Every instance's definition (one per assignment of dtypes to the type parameters):
        /// what the kernel type and its run-time configuration launch.
        #[doc(hidden)]
        #[allow(non_snake_case)]
        fn #defs_fn() -> &'static [#krate::runtime::KernelDef] {
            static #def_ident: [#krate::runtime::KernelDef; #n] =
                [#(#krate::runtime::KernelDef::new(#name, #texts)),*];
            &#def_ident
        }

        #config

        #(#docs)*
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, Default)]
        #vis struct #ident #generics_decl #fields;

        impl #generics_decl #ident #generics_use {
            #instance

            /// The kernel's checked tile IR, in oxtile's textual form (of the instance the type
            /// arguments select, for a generic kernel).
            pub const IR: &'static str = #ir;

            /// The kernel definition the runtime launches: parsed once, specializations cached.
            pub fn def() -> &'static #krate::runtime::KernelDef {
                #def
            }

            #[doc = #launch_doc]
            #[allow(clippy::too_many_arguments)]
            pub fn launch(
                #device: &#krate::runtime::Device,
                #grid: #krate::runtime::Grid,
                #(#param_idents: #param_tys),*
            ) -> ::core::result::Result<(), #krate::runtime::LaunchError> {
                Self::launch_with(
                    #device,
                    #grid,
                    &#krate::runtime::LaunchOptions::new(),
                    #(#param_idents),*
                )
            }

            /// Like `launch`, with tuning options (`num_warps`, `num_stages`) that change
            /// speed on CUDA, never results.
            #[allow(clippy::too_many_arguments)]
            pub fn launch_with(
                #device: &#krate::runtime::Device,
                #grid: #krate::runtime::Grid,
                #options: &#krate::runtime::LaunchOptions,
                #(#param_idents: #param_tys),*
            ) -> ::core::result::Result<(), #krate::runtime::LaunchError> {
                #(#const_checks)*
                #krate::runtime::launch_with(
                    #device,
                    Self::def(),
                    &[#(#const_values),*],
                    #grid,
                    #options,
                    &[#(#param_args),*],
                )
            }
        }
    };
    (tokens, had_errors)
}

/// The kernel's run-time configuration, `<kernel>_config`: one public field per const
/// generic, set at run time, and the same launchers as the kernel type (the same
/// definitions, so specializations are shared). Generic over the kernel's type parameters,
/// which stay compile-time (they type the buffers). Nothing for a kernel without const
/// generics.
fn config_type(
    f: &ItemFn,
    sig: &Signature,
    tparams: &[TypeParamDecl],
    name: &str,
    defs_fn: &Ident,
) -> TokenStream {
    let krate = crate::krate::path();
    if sig.consts.is_empty() {
        return quote!();
    }
    let vis = &f.vis;
    let config = format_ident!("{}_config", f.sig.ident);
    let consts: Vec<(&Ident, &syn::Type)> = f
        .sig
        .generics
        .params
        .iter()
        .filter_map(|g| match g {
            syn::GenericParam::Const(c) if sig.consts.iter().any(|k| k.ident == c.ident) => {
                Some((&c.ident, &c.ty))
            }
            _ => None,
        })
        .collect();
    let (cids, ctys): (Vec<_>, Vec<_>) = consts.iter().copied().unzip();
    // `new`'s parameters: not the const generics' names, which a constant of the caller's
    // module (`const B: usize = 256;`) would turn into a pattern.
    let cargs: Vec<Ident> = cids.iter().map(|c| format_ident!("__{}", c)).collect();
    let tids: Vec<&Ident> = tparams.iter().map(|p| &p.ident).collect();
    let tdecl: Vec<TokenStream> = f
        .sig
        .generics
        .params
        .iter()
        .filter_map(|g| match g {
            syn::GenericParam::Type(t) => Some(type_param_decl(t, tparams)),
            _ => None,
        })
        .collect();
    let (gdecl, guse, phantom, phantom_init) = if tids.is_empty() {
        (quote!(), quote!(), quote!(), quote!())
    } else {
        (
            quote!(<#(#tdecl),*>),
            quote!(<#(#tids),*>),
            quote!(
                #[doc(hidden)]
                pub __types: ::core::marker::PhantomData<(#(#tids,)*)>,
            ),
            quote!(__types: ::core::marker::PhantomData,),
        )
    };
    let index = if tparams.is_empty() {
        quote!(0)
    } else {
        let index = instance_index(tparams);
        quote!({ #index })
    };
    let [device, grid, options] =
        ["device", "grid", "options"].map(|n| Ident::new(n, Span::mixed_site()));
    let param_idents: Vec<_> = sig.params.iter().map(|p| &p.ident).collect();
    let param_tys: Vec<TokenStream> = sig.params.iter().map(launcher_type).collect();
    let param_args = sig.params.iter().map(launcher_arg);
    let values = sig.consts.iter().map(|c| {
        let id = &c.ident;
        if c.dtype == DType::U64 {
            let msg = format!(
                "the const generic `{id}` of kernel `{name}` is {{}}, 2^63 or more, and oxtile passes const generics as i64: use a value of at most i64::MAX"
            );
            quote!({
                let v = self.#id as u64;
                if v > i64::MAX as u64 {
                    return Err(#krate::runtime::LaunchError::Specialization {
                        kernel: #name.to_string(),
                        message: format!(#msg, v),
                    });
                }
                v as i64
            })
        } else {
            quote!(self.#id as i64)
        }
    });
    let doc = format!(
        "The run-time configuration of kernel `{name}`: its const generics as fields, chosen \
         at run time (`{config}::new(...)`, in the order the kernel declares them), and \
         launched like `{name}` itself. Each distinct configuration is specialized once and \
         cached, as with `{name}::<...>::launch`."
    );
    quote! {
        #[doc = #doc]
        // Unused where every launch names its constants at compile time.
        #[allow(non_camel_case_types, non_snake_case, dead_code)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #vis struct #config #gdecl {
            #(
                #[doc = "The const generic of the same name."]
                pub #cids: #ctys,
            )*
            #phantom
        }

        #[allow(non_snake_case, dead_code)]
        impl #gdecl #config #guse {
            /// A configuration from the const generics' values, in declaration order.
            pub fn new(#(#cargs: #ctys),*) -> Self {
                Self { #(#cids: #cargs,)* #phantom_init }
            }

            /// Launches the kernel with this configuration (see the kernel's `launch`).
            #[allow(clippy::too_many_arguments)]
            pub fn launch(
                &self,
                #device: &#krate::runtime::Device,
                #grid: #krate::runtime::Grid,
                #(#param_idents: #param_tys),*
            ) -> ::core::result::Result<(), #krate::runtime::LaunchError> {
                self.launch_with(
                    #device,
                    #grid,
                    &#krate::runtime::LaunchOptions::new(),
                    #(#param_idents),*
                )
            }

            /// Like `launch`, with tuning options.
            #[allow(clippy::too_many_arguments)]
            pub fn launch_with(
                &self,
                #device: &#krate::runtime::Device,
                #grid: #krate::runtime::Grid,
                #options: &#krate::runtime::LaunchOptions,
                #(#param_idents: #param_tys),*
            ) -> ::core::result::Result<(), #krate::runtime::LaunchError> {
                #krate::runtime::launch_with(
                    #device,
                    &#defs_fn()[#index],
                    &[#(#values),*],
                    #grid,
                    #options,
                    &[#(#param_args),*],
                )
            }
        }
    }
}

/// A type parameter as the generated types declare it: with its bounds as written (so that
/// they resolve as the user imported them), or, when its bound was refused (reported), with
/// the class its body was checked for.
fn type_param_decl(t: &syn::TypeParam, tparams: &[TypeParamDecl]) -> TokenStream {
    let krate = crate::krate::path();
    let (id, bounds) = (&t.ident, &t.bounds);
    match tparams.iter().find(|p| p.ident == *id) {
        Some(p) if !p.well_bounded => {
            let class = format_ident!("{}", p.class.name());
            quote!(#id: #krate::#class)
        }
        _ => quote!(#id: #bounds),
    }
}

/// The Rust type of a dtype as seen by the host.
fn element_type(d: DType) -> TokenStream {
    let krate = crate::krate::path();
    match d {
        DType::Bool => quote!(bool),
        DType::I8 => quote!(i8),
        DType::I16 => quote!(i16),
        DType::I32 => quote!(i32),
        DType::I64 => quote!(i64),
        DType::U8 => quote!(u8),
        DType::U16 => quote!(u16),
        DType::U32 => quote!(u32),
        DType::U64 => quote!(u64),
        DType::F16 => quote!(#krate::half::f16),
        DType::BF16 => quote!(#krate::half::bf16),
        DType::F32 => quote!(f32),
        DType::F64 => quote!(f64),
        DType::F8E4M3 => quote!(#krate::F8E4M3),
        DType::F8E5M2 => quote!(#krate::F8E5M2),
    }
}

/// The launcher's argument type for a kernel parameter: `&Buffer<T>` or `T` for one whose
/// dtype is a type parameter `T`.
fn launcher_type(p: &ParamDecl) -> TokenStream {
    let krate = crate::krate::path();
    match (&p.generic, p.ty.elem) {
        (Some(t), Elem::Ptr(_)) => quote!(&#krate::runtime::Buffer<#t>),
        (Some(t), Elem::Scalar(_)) => quote!(#t),
        (None, _) => rust_type(&p.ty),
    }
}

/// The launcher's conversion of a kernel parameter to an `Arg`.
fn launcher_arg(p: &ParamDecl) -> TokenStream {
    let krate = crate::krate::path();
    let id = &p.ident;
    match (&p.generic, p.ty.elem) {
        (Some(_), Elem::Scalar(_)) => quote!(#krate::runtime::Arg::Scalar(
            #krate::runtime::ScalarValue::from_element(#id)
        )),
        _ => quote!(#krate::runtime::Arg::from(#id)),
    }
}

/// The launcher's argument type for a kernel parameter of a concrete type.
fn rust_type(t: &Type) -> TokenStream {
    let krate = crate::krate::path();
    match t.elem {
        Elem::Ptr(d) => {
            let e = element_type(d);
            quote!(&#krate::runtime::Buffer<#e>)
        }
        Elem::Scalar(d) => element_type(d),
    }
}
