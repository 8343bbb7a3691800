//! The path generated code names oxtile by: `::oxtile` by default, or what `crate = path`
//! says (`#[kernel(crate = mylib::oxtile)]`), so that a crate that reaches oxtile only
//! through another crate's re-export (a library built on oxtile) can write kernels and call
//! that library's device functions without depending on oxtile by name.

use std::cell::RefCell;

use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::Parser;

thread_local! {
    /// The path of the expansion under way (see [`with_path`]).
    static PATH: RefCell<Option<TokenStream>> = const { RefCell::new(None) };
}

/// The path generated code names oxtile by.
pub fn path() -> TokenStream {
    PATH.with(|p| p.borrow().clone())
        .unwrap_or_else(|| quote!(::oxtile))
}

/// Runs `f` with `path` as [`path`].
pub fn with_path<R>(path: Option<TokenStream>, f: impl FnOnce() -> R) -> R {
    let outer = PATH.with(|p| p.replace(path));
    let r = f();
    PATH.with(|p| p.replace(outer));
    r
}

/// Reads the attribute's arguments, `crate = path` or nothing: the path, or the error for
/// anything else (reported with `what` naming the attribute, `kernel`).
pub fn parse_attr(attr: &TokenStream, what: &str) -> Result<Option<TokenStream>, syn::Error> {
    if attr.is_empty() {
        return Ok(None);
    }
    let parser = |input: syn::parse::ParseStream| {
        input.parse::<syn::Token![crate]>()?;
        input.parse::<syn::Token![=]>()?;
        let path: syn::Path = input.parse()?;
        Ok(quote!(#path))
    };
    parser.parse2(attr.clone()).map(Some).map_err(|_| {
        syn::Error::new_spanned(
            attr,
            format!(
                "`#[{what}]` takes no arguments but `crate = path`, the path to oxtile where the crate reaches it through a re-export (`#[{what}(crate = mylib::oxtile)]`); pass launch options at launch"
            ),
        )
    })
}

/// [`path`] as a `macro_rules!` body must write it: a leading `crate` becomes `$crate`, so
/// that the macro names the defining crate wherever it expands.
pub fn in_macro_rules() -> TokenStream {
    let p = path();
    let mut tokens = p.clone().into_iter();
    match tokens.next() {
        Some(proc_macro2::TokenTree::Ident(i)) if i == "crate" => {
            let rest: TokenStream = tokens.collect();
            quote!($crate #rest)
        }
        _ => p,
    }
}
