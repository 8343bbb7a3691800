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
//!
//! The IR's source locations ([`kernel_core::ir::SrcLoc`]) are found differently, for the
//! same reason: every instruction gets one, so it must cost O(1). [`anchor`] picks the one
//! token that names what an expression does (the `+` of `a + b`, `exp` in `x.exp()`, the
//! `for` of a loop) without printing anything, and lowering keeps the location of the
//! innermost expression or statement it is in (see `Lower::expr`).

use kernel_core::ir::SrcLoc;
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::Expr;
use syn::spanned::Spanned;

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

thread_local! {
    /// Appended to every error message while a generic kernel's instance is lowered for its
    /// errors (see `emit`): which dtypes the error is for.
    static NOTE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Runs `f` with `note` appended to every [`Loc::error`] message.
pub fn with_note<R>(note: &str, f: impl FnOnce() -> R) -> R {
    let outer = NOTE.with(|n| n.replace(note.to_string()));
    let r = f();
    NOTE.with(|n| n.replace(outer));
    r
}

impl Loc<'_> {
    /// An error underlining this location.
    pub fn error(self, msg: impl std::fmt::Display) -> syn::Error {
        let msg = NOTE.with(|n| format!("{msg}{}", n.borrow()));
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

/// The line and (1-based) column where a span starts, when the compiler says (proc-macro2's
/// `span-locations`; line 0 means it does not).
pub fn src_loc(span: Span) -> Option<SrcLoc> {
    let at = span.start();
    (at.line > 0).then(|| SrcLoc {
        line: at.line as u32,
        col: at.column as u32 + 1,
    })
}

/// The file a kernel is written in, as rustc names it (`src/kernels.rs`); `None` when the
/// compiler gives no real file (expansion in a unit test).
pub fn source_file(ident: &Ident) -> Option<String> {
    let span = ident.span();
    span.local_file()
        .is_some()
        .then(|| span.file())
        .filter(|f| !f.is_empty())
}

/// The token an expression's instructions are located at: the operator of a binary or
/// unary expression, the method or function name of a call, the keyword of `if`, `for`,
/// `while`, the `as` of a cast, the first token of a literal or path. O(1): it looks at the
/// node's own tokens only, never at its operands (see the module docs). `None` for
/// wrappers (parentheses, groups) whose instructions belong to what they wrap.
pub fn anchor(e: &Expr) -> Option<Span> {
    Some(match e {
        Expr::Binary(b) => b.op.span(),
        Expr::Unary(u) => u.op.span(),
        Expr::MethodCall(m) => m.method.span(),
        Expr::Call(c) => match &*c.func {
            Expr::Path(p) => p.path.segments.last()?.ident.span(),
            other => return anchor(other),
        },
        Expr::Cast(c) => c.as_token.span,
        Expr::Index(i) => i.bracket_token.span.open(),
        Expr::Lit(l) => l.lit.span(),
        Expr::Path(p) => p.path.segments.first()?.ident.span(),
        Expr::If(i) => i.if_token.span,
        Expr::ForLoop(f) => f.for_token.span,
        Expr::While(w) => w.while_token.span,
        Expr::Assign(a) => a.eq_token.span,
        Expr::Return(r) => r.return_token.span,
        Expr::Array(a) => a.bracket_token.span.open(),
        Expr::Block(b) => b.block.brace_token.span.open(),
        _ => return None,
    })
}
