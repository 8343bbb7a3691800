//! Source locations of kernel expressions, for diagnostics.
//!
//! On stable Rust a `proc_macro2::Span` cannot be joined, so `expr.span()` covers only the
//! first token of `a + b`. A [`Loc`] finds the first and the last token's spans instead and
//! rebuilds a two-token stream for `syn::Error::new_spanned`, which underlines the whole
//! expression.
//!
//! Lowering takes the location of every expression it visits, before knowing whether it
//! will report anything, so a [`Loc`] is only a reference to the syntax node: the tokens are
//! found when an error is reported. Finding them eagerly printed `a + b + ... + z` to tokens
//! at every `+`, which made a flat 5,000-term sum quadratic (35 s in rustc).

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::ToTokens;

/// Where a piece of kernel syntax is: the whole node, from its first to its last token.
#[derive(Clone, Copy)]
pub struct Loc<'a> {
    node: &'a dyn ToTokens,
}

impl std::fmt::Debug for Loc<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Loc({})", self.node.to_token_stream())
    }
}

impl Loc<'_> {
    /// An error underlining this location.
    pub fn error(self, msg: impl std::fmt::Display) -> syn::Error {
        let mut tokens = self.node.to_token_stream().into_iter();
        let start = tokens.next().map_or_else(Span::call_site, |t| t.span());
        let end = tokens.last().map_or(start, |t| t.span());
        let tokens: TokenStream = [
            TokenTree::Ident(Ident::new("start", start)),
            TokenTree::Ident(Ident::new("end", end)),
        ]
        .into_iter()
        .collect();
        syn::Error::new_spanned(tokens, msg)
    }
}

/// Anything with tokens has a [`Loc`].
pub trait Located {
    /// The location from the first to the last token, found only if an error needs it.
    fn loc(&self) -> Loc<'_>;
}

impl<T: ToTokens> Located for T {
    fn loc(&self) -> Loc<'_> {
        Loc { node: self }
    }
}
