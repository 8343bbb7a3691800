//! Source locations of kernel expressions, for diagnostics.
//!
//! On stable Rust a `proc_macro2::Span` cannot be joined, so `expr.span()` covers only the
//! first token of `a + b`. A [`Loc`] keeps the first and the last token's spans instead and
//! rebuilds a two-token stream for `syn::Error::new_spanned`, which underlines the whole
//! expression.

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::ToTokens;

/// The span of a whole expression: its first and last token.
#[derive(Clone, Copy, Debug)]
pub struct Loc {
    start: Span,
    end: Span,
}

impl Loc {
    /// An error underlining this location.
    pub fn error(self, msg: impl std::fmt::Display) -> syn::Error {
        let tokens: TokenStream = [
            TokenTree::Ident(Ident::new("start", self.start)),
            TokenTree::Ident(Ident::new("end", self.end)),
        ]
        .into_iter()
        .collect();
        syn::Error::new_spanned(tokens, msg)
    }
}

/// Anything with tokens has a [`Loc`].
pub trait Located {
    /// The location from the first to the last token.
    fn loc(&self) -> Loc;
}

impl<T: ToTokens + ?Sized> Located for T {
    fn loc(&self) -> Loc {
        let mut tokens = self.to_token_stream().into_iter();
        let first = tokens.next().map(|t| t.span());
        let last = tokens.last().map(|t| t.span());
        let start = first.unwrap_or_else(Span::call_site);
        Loc {
            start,
            end: last.unwrap_or(start),
        }
    }
}
