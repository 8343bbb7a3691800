//! Code generation: the kernel's replacement type, its embedded IR text and its typed launcher.

use kernel_core::ir::{ConstParam, DType, Elem, Param, Type};
use kernel_core::text::print_kernel;
use kernel_core::verify::verify;
use proc_macro2::TokenStream;
use proc_macro2::{Ident, Span};
use quote::{format_ident, quote, quote_spanned};
use syn::ItemFn;

use crate::lower::Lower;
use crate::signature::parse_signature;

/// Expands `#[kernel] fn ...`.
pub fn expand(attr: TokenStream, f: ItemFn) -> TokenStream {
    let mut errors = Vec::new();
    if !attr.is_empty() {
        errors.push(syn::Error::new_spanned(
            &attr,
            "`#[kernel]` takes no arguments: pass launch options at launch",
        ));
    }
    let sig = parse_signature(&f, &mut errors);
    let (mut lower, ids) = Lower::new(&sig);
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
    let kernel = lower.b.finish(
        name.clone(),
        consts,
        params,
        crate::loc::source_file(&f.sig.ident),
    );

    let mut ir_text = String::new();
    if errors.is_empty() {
        match verify(&kernel) {
            Ok(()) => ir_text = print_kernel(&kernel),
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
    let compile_errors = errors.iter().map(syn::Error::to_compile_error);

    let vis = &f.vis;
    let ident = &f.sig.ident;
    let docs = f.attrs.iter().filter(|a| a.path().is_ident("doc"));
    let const_idents: Vec<_> = sig.consts.iter().map(|c| &c.ident).collect();
    let const_tys: Vec<_> = sig.consts.iter().map(|c| &c.rust_ty).collect();
    let param_idents: Vec<_> = sig.params.iter().map(|p| &p.ident).collect();
    let param_tys: Vec<TokenStream> = sig.params.iter().map(|p| rust_type(&p.ty)).collect();
    let const_values = sig.consts.iter().map(|c| {
        let id = &c.ident;
        // `bool as i64` is 0/1, the encoding `specialize` expects.
        quote!(#id as i64)
    });
    let generics_decl = if const_idents.is_empty() {
        quote!()
    } else {
        quote!(<#(const #const_idents: #const_tys),*>)
    };
    let generics_use = if const_idents.is_empty() {
        quote!()
    } else {
        quote!(<#(#const_idents),*>)
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

    quote! {
        #(#compile_errors)*
        #(#docs)*
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, Default)]
        #vis struct #ident #generics_decl;

        impl #generics_decl #ident #generics_use {
            /// The kernel's checked tile IR, in oxtile's textual form.
            pub const IR: &'static str = #ir_text;

            /// The kernel definition the runtime launches: parsed once, specializations cached.
            pub fn def() -> &'static ::oxtile::runtime::KernelDef {
                static #def_ident: ::oxtile::runtime::KernelDef =
                    ::oxtile::runtime::KernelDef::new(#name, #ir_text);
                &#def_ident
            }

            #[doc = #launch_doc]
            #[allow(clippy::too_many_arguments)]
            pub fn launch(
                #device: &::oxtile::runtime::Device,
                #grid: ::oxtile::runtime::Grid,
                #(#param_idents: #param_tys),*
            ) -> ::core::result::Result<(), ::oxtile::runtime::LaunchError> {
                Self::launch_with(
                    #device,
                    #grid,
                    &::oxtile::runtime::LaunchOptions::new(),
                    #(#param_idents),*
                )
            }

            /// Like `launch`, with tuning options (`num_warps`, `num_stages`) that change
            /// speed on CUDA, never results.
            #[allow(clippy::too_many_arguments)]
            pub fn launch_with(
                #device: &::oxtile::runtime::Device,
                #grid: ::oxtile::runtime::Grid,
                #options: &::oxtile::runtime::LaunchOptions,
                #(#param_idents: #param_tys),*
            ) -> ::core::result::Result<(), ::oxtile::runtime::LaunchError> {
                #(#const_checks)*
                ::oxtile::runtime::launch_with(
                    #device,
                    Self::def(),
                    &[#(#const_values),*],
                    #grid,
                    #options,
                    &[#(::oxtile::runtime::Arg::from(#param_idents)),*],
                )
            }
        }
    }
}

/// The Rust type of a dtype as seen by the host.
fn element_type(d: DType) -> TokenStream {
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
        DType::F16 => quote!(::oxtile::half::f16),
        DType::BF16 => quote!(::oxtile::half::bf16),
        DType::F32 => quote!(f32),
        DType::F64 => quote!(f64),
        DType::F8E4M3 => quote!(::oxtile::F8E4M3),
        DType::F8E5M2 => quote!(::oxtile::F8E5M2),
    }
}

/// The launcher's argument type for a kernel parameter.
fn rust_type(t: &Type) -> TokenStream {
    match t.elem {
        Elem::Ptr(d) => {
            let e = element_type(d);
            quote!(&::oxtile::runtime::Buffer<#e>)
        }
        Elem::Scalar(d) => element_type(d),
    }
}
