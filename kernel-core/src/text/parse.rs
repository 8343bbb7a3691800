//! The lexer and parser. See the module docs of [`crate::text`] for the grammar.

use std::collections::BTreeMap;

use super::{ParseError, dot_precision_name};
use crate::dtype::DType;
use crate::ir::{
    AccessHint, ArgReduceOp, AtomicOp, AtomicOrder, AtomicScope, BinaryOp, Block, CacheOp, CmpOp,
    ConstParam, ConstValue, Dim, DimOp, DotPrecision, Elem, Evict, FoldKind, Function, Inst,
    Kernel, Op, Param, RandKind, ReduceOp, SrcLoc, Type, UnaryOp, Unroll, ValueId, VarId,
};

// ---- lexer ---------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    /// `[A-Za-z_][A-Za-z0-9_]*`.
    Ident(String),
    /// A string literal, unescaped.
    Str(String),
    /// A number as written: decimal integer, decimal float or `0x` hex.
    Num(String),
    /// `%digits`.
    Value(String),
    /// `$digits`.
    Var(String),
    /// Punctuation: `: = , ( ) { } [ ] < > * - @ ..`.
    Punct(&'static str),
    /// The end of the input.
    Eof,
    /// A lexical error; the parser reports it when it gets there.
    Error(String),
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    line: usize,
    col: usize,
}

struct Lexer {
    chars: Vec<char>,
    i: usize,
    line: usize,
    col: usize,
}

impl Lexer {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.i + ahead).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek(0)?;
        self.i += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn skip_trivia(&mut self) {
        loop {
            match self.peek(0) {
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some('/') if self.peek(1) == Some('/') => {
                    while let Some(c) = self.peek(0) {
                        if c == '\n' {
                            break;
                        }
                        self.bump();
                    }
                }
                _ => return,
            }
        }
    }

    fn digits(&mut self) -> String {
        let mut s = String::new();
        while let Some(c) = self.peek(0).filter(char::is_ascii_digit) {
            s.push(c);
            self.bump();
        }
        s
    }

    /// Lexes one token; `Err` carries a message and the position of the error.
    fn token(&mut self) -> Result<Tok, (String, usize, usize)> {
        let Some(c) = self.peek(0) else {
            return Ok(Tok::Eof);
        };
        let (line, col) = (self.line, self.col);
        let err = |m: String| Err((m, line, col));
        match c {
            '%' | '$' => {
                self.bump();
                let d = self.digits();
                if d.is_empty() {
                    let what = if c == '%' {
                        "a value id"
                    } else {
                        "a variable id"
                    };
                    return err(format!(
                        "expected digits after `{c}` ({what} such as `{c}0`)"
                    ));
                }
                Ok(if c == '%' { Tok::Value(d) } else { Tok::Var(d) })
            }
            '"' => {
                self.bump();
                let mut s = String::new();
                loop {
                    let (el, ec) = (self.line, self.col);
                    match self.bump() {
                        None => return err("unterminated string literal".into()),
                        Some('"') => return Ok(Tok::Str(s)),
                        Some('\\') => match self.bump() {
                            Some('n') => s.push('\n'),
                            Some('r') => s.push('\r'),
                            Some('t') => s.push('\t'),
                            Some('0') => s.push('\0'),
                            Some('\\') => s.push('\\'),
                            Some('"') => s.push('"'),
                            Some('u') => {
                                let bad = |m: &str| Err((m.to_string(), el, ec));
                                if self.bump() != Some('{') {
                                    return bad(
                                        "expected `{` after `\\u` (escapes are `\\u{hex}`)",
                                    );
                                }
                                let mut hex = String::new();
                                loop {
                                    match self.bump() {
                                        Some('}') => break,
                                        Some(h) if h.is_ascii_hexdigit() && hex.len() < 6 => {
                                            hex.push(h)
                                        }
                                        _ => {
                                            return bad(
                                                "expected 1 to 6 hex digits and `}` in a `\\u{..}` escape",
                                            );
                                        }
                                    }
                                }
                                let ch =
                                    u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                                match ch {
                                    Some(ch) => s.push(ch),
                                    None => {
                                        return bad(&format!(
                                            "`\\u{{{hex}}}` is not a valid unicode scalar value"
                                        ));
                                    }
                                }
                            }
                            Some(o) => {
                                return Err((
                                    format!(
                                        "unknown escape `\\{}` (expected one of \\\\ \\\" \\n \\r \\t \\0 \\u{{hex}})",
                                        o.escape_debug()
                                    ),
                                    el,
                                    ec,
                                ));
                            }
                            None => return err("unterminated string literal".into()),
                        },
                        Some(o) => s.push(o),
                    }
                }
            }
            '.' if self.peek(1) == Some('.') => {
                self.bump();
                self.bump();
                Ok(Tok::Punct(".."))
            }
            c if c.is_ascii_digit()
                || (c == '-' && self.peek(1).is_some_and(|d| d.is_ascii_digit())) =>
            {
                let mut s = String::new();
                s.push(c);
                self.bump();
                loop {
                    match self.peek(0) {
                        Some(d) if d.is_ascii_alphanumeric() || d == '_' => {
                            s.push(d);
                            self.bump();
                        }
                        Some('.') if self.peek(1).is_some_and(|d| d.is_ascii_digit()) => {
                            s.push('.');
                            self.bump();
                        }
                        Some(sign @ ('+' | '-'))
                            if (s.ends_with('e') || s.ends_with('E'))
                                && !s.trim_start_matches('-').starts_with("0x") =>
                        {
                            s.push(sign);
                            self.bump();
                        }
                        _ => break,
                    }
                }
                Ok(Tok::Num(s))
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut s = String::new();
                while let Some(d) = self
                    .peek(0)
                    .filter(|d| d.is_ascii_alphanumeric() || *d == '_')
                {
                    s.push(d);
                    self.bump();
                }
                Ok(Tok::Ident(s))
            }
            _ => {
                const PUNCT: [&str; 16] = [
                    ":", "=", ",", "(", ")", "{", "}", "[", "]", "<", ">", "*", "-", "|", "+", "/",
                ];
                let p = PUNCT
                    .iter()
                    .chain(&["@"])
                    .find(|p| p.starts_with(c))
                    .copied();
                match p {
                    Some(p) => {
                        self.bump();
                        Ok(Tok::Punct(p))
                    }
                    None => err(format!("unexpected character `{}`", c.escape_debug())),
                }
            }
        }
    }
}

fn lex(text: &str) -> Vec<Token> {
    let mut lx = Lexer {
        chars: text.chars().collect(),
        i: 0,
        line: 1,
        col: 1,
    };
    let mut toks = Vec::new();
    loop {
        lx.skip_trivia();
        let (line, col) = (lx.line, lx.col);
        match lx.token() {
            Ok(Tok::Eof) => {
                toks.push(Token {
                    tok: Tok::Eof,
                    line,
                    col,
                });
                return toks;
            }
            Ok(tok) => toks.push(Token { tok, line, col }),
            Err((m, line, col)) => {
                toks.push(Token {
                    tok: Tok::Error(m),
                    line,
                    col,
                });
                return toks;
            }
        }
    }
}

fn describe(t: &Tok) -> String {
    match t {
        Tok::Ident(s) => format!("`{s}`"),
        Tok::Str(s) => format!("string {}", super::quote_string(s)),
        Tok::Num(s) => format!("`{s}`"),
        Tok::Value(s) => format!("`%{s}`"),
        Tok::Var(s) => format!("`${s}`"),
        Tok::Punct(p) => format!("`{p}`"),
        Tok::Eof => "end of input".into(),
        Tok::Error(m) => m.clone(),
    }
}

// ---- parser --------------------------------------------------------------------------------

type PResult<T> = Result<T, ParseError>;

/// The ops with nested blocks.
#[derive(Clone, Copy)]
enum Control {
    For,
    While,
    If,
}

/// Where a value's type came from.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    /// A parameter: used only if nothing states the type.
    Param,
    /// An instruction that defines the value, or a `type` declaration.
    Stated,
}

struct Parser {
    toks: Vec<Token>,
    pos: usize,
    types: BTreeMap<u32, (Type, Source, usize, usize)>,
    /// How many blocks are open (bounded by [`MAX_DEPTH`] so that no input overflows the
    /// stack).
    depth: usize,
}

/// The deepest nesting of blocks the parser accepts.
const MAX_DEPTH: usize = super::MAX_BLOCK_DEPTH;

pub(super) fn parse_kernel(text: &str) -> PResult<Kernel> {
    let mut p = Parser {
        toks: lex(text),
        pos: 0,
        types: BTreeMap::new(),
        depth: 0,
    };
    p.kernel()
}

const DTYPE_LIST: &str =
    "bool, i8, i16, i32, i64, u8, u16, u32, u64, f16, bf16, f32, f64, f8e4m3, f8e5m2";

impl Parser {
    fn cur(&self) -> &Token {
        // `lex` always ends with `Eof` or `Error`, and `advance` never moves past it.
        &self.toks[self.pos.min(self.toks.len() - 1)]
    }

    fn advance(&mut self) -> Token {
        let t = self.cur().clone();
        if !matches!(t.tok, Tok::Eof | Tok::Error(_)) {
            self.pos += 1;
        }
        t
    }

    fn error_at<T>(&self, t: &Token, message: String) -> PResult<T> {
        Err(ParseError {
            line: t.line,
            col: t.col,
            message,
        })
    }

    /// "expected `what`, found ..." at the current token (or its lexical error).
    fn expected<T>(&self, what: &str) -> PResult<T> {
        let t = self.cur();
        match &t.tok {
            Tok::Error(m) => self.error_at(t, m.clone()),
            other => self.error_at(t, format!("expected {what}, found {}", describe(other))),
        }
    }

    fn is_punct(&self, p: &str) -> bool {
        matches!(&self.cur().tok, Tok::Punct(q) if *q == p)
    }

    fn is_keyword(&self, k: &str) -> bool {
        matches!(&self.cur().tok, Tok::Ident(s) if s == k)
    }

    fn eat_punct(&mut self, p: &str) -> bool {
        if self.is_punct(p) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn eat_keyword(&mut self, k: &str) -> bool {
        if self.is_keyword(k) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn punct(&mut self, p: &str) -> PResult<()> {
        if self.eat_punct(p) {
            Ok(())
        } else {
            self.expected(&format!("`{p}`"))
        }
    }

    fn keyword(&mut self, k: &str) -> PResult<()> {
        if self.eat_keyword(k) {
            Ok(())
        } else {
            self.expected(&format!("`{k}`"))
        }
    }

    fn ident(&mut self, what: &str) -> PResult<String> {
        match &self.cur().tok {
            Tok::Ident(s) => {
                let s = s.clone();
                self.advance();
                Ok(s)
            }
            _ => self.expected(what),
        }
    }

    /// A name: an identifier or a string.
    fn name(&mut self, what: &str) -> PResult<String> {
        match &self.cur().tok {
            Tok::Ident(s) | Tok::Str(s) => {
                let s = s.clone();
                self.advance();
                Ok(s)
            }
            _ => self.expected(what),
        }
    }

    fn string(&mut self, what: &str) -> PResult<String> {
        match &self.cur().tok {
            Tok::Str(s) => {
                let s = s.clone();
                self.advance();
                Ok(s)
            }
            _ => self.expected(what),
        }
    }

    fn value(&mut self) -> PResult<ValueId> {
        match &self.cur().tok {
            Tok::Value(d) => match d.parse::<u32>() {
                Ok(n) => {
                    self.advance();
                    Ok(ValueId(n))
                }
                Err(_) => {
                    let t = self.cur().clone();
                    self.error_at(&t, format!("value id `%{d}` is too large (ids are u32)"))
                }
            },
            _ => self.expected("a value (`%N`)"),
        }
    }

    fn var(&mut self) -> PResult<VarId> {
        match &self.cur().tok {
            Tok::Var(d) => match d.parse::<u32>() {
                Ok(n) => {
                    self.advance();
                    Ok(VarId(n))
                }
                Err(_) => {
                    let t = self.cur().clone();
                    self.error_at(&t, format!("variable id `${d}` is too large (ids are u32)"))
                }
            },
            _ => self.expected("a variable (`$N`)"),
        }
    }

    /// An unsigned decimal integer that fits `T`.
    fn uint<T: std::str::FromStr>(&mut self, what: &str) -> PResult<T> {
        match &self.cur().tok {
            Tok::Num(s) if s.bytes().all(|b| b.is_ascii_digit()) => match s.parse::<T>() {
                Ok(n) => {
                    self.advance();
                    Ok(n)
                }
                Err(_) => {
                    let t = self.cur().clone();
                    self.error_at(&t, format!("{what} `{s}` is out of range"))
                }
            },
            _ => self.expected(what),
        }
    }

    fn dtype(&mut self) -> PResult<DType> {
        if let Tok::Ident(s) = &self.cur().tok
            && let Some(d) = DType::from_name(s)
        {
            self.advance();
            return Ok(d);
        }
        self.expected(&format!("a dtype ({DTYPE_LIST})"))
    }

    fn dim(&mut self) -> PResult<Dim> {
        match &self.cur().tok {
            Tok::Num(_) => Ok(Dim::Const(self.uint::<u64>("a dimension")?)),
            Tok::Ident(_) | Tok::Str(_) => Ok(Dim::Sym(self.name("a dimension")?)),
            Tok::Punct("(") => {
                if self.depth >= MAX_DEPTH {
                    return self.too_deep();
                }
                self.advance();
                self.depth += 1;
                let a = self.dim();
                self.depth -= 1;
                let a = a?;
                let op = match &self.cur().tok {
                    Tok::Punct(p) => DimOp::from_symbol(p),
                    Tok::Ident(m) if m == "mod" => Some(DimOp::Rem),
                    _ => None,
                };
                let Some(op) = op else {
                    return self.expected("`+`, `-`, `*`, `/` or `mod` in a dimension expression");
                };
                self.advance();
                self.depth += 1;
                let b = self.dim();
                self.depth -= 1;
                let b = b?;
                self.punct(")")?;
                Ok(Dim::Op(op, Box::new(a), Box::new(b)))
            }
            _ => self.expected("a dimension (a number, a const generic's name or `(a op b)`)"),
        }
    }

    fn shape(&mut self) -> PResult<Vec<Dim>> {
        self.punct("[")?;
        let mut dims = Vec::new();
        if !self.eat_punct("]") {
            loop {
                dims.push(self.dim()?);
                if self.eat_punct("]") {
                    break;
                }
                if !self.eat_punct(",") {
                    return self.expected("`,` or `]`");
                }
            }
        }
        Ok(dims)
    }

    fn ty(&mut self) -> PResult<Type> {
        let ptr = self.eat_punct("*");
        let d = if ptr {
            self.dtype()?
        } else if let Tok::Ident(s) = &self.cur().tok
            && let Some(d) = DType::from_name(s)
        {
            self.advance();
            d
        } else {
            return self.expected("a type (such as `f32`, `*f16` or `i32[BLOCK]`)");
        };
        let elem = if ptr { Elem::Ptr(d) } else { Elem::Scalar(d) };
        let shape = if self.is_punct("[") {
            let s = self.shape()?;
            if s.is_empty() {
                let t = self.toks[self.pos - 1].clone();
                return self.error_at(
                    &t,
                    "a tile type needs at least one dimension (write a scalar type without `[]`)"
                        .into(),
                );
            }
            s
        } else {
            Vec::new()
        };
        Ok(Type { elem, shape })
    }

    /// Records the type of a value; `at` is the token that names it.
    fn set_type(&mut self, id: ValueId, ty: Type, source: Source, at: &Token) -> PResult<()> {
        match self.types.get(&id.0) {
            None => {
                self.types.insert(id.0, (ty, source, at.line, at.col));
            }
            Some((old, Source::Stated, line, col)) => {
                if source == Source::Stated && *old != ty {
                    return self.error_at(
                        at,
                        format!(
                            "%{} is given type {ty} here but {old} at {line}:{col}",
                            id.0
                        ),
                    );
                }
            }
            Some((_, Source::Param, _, _)) => {
                if source == Source::Stated {
                    self.types.insert(id.0, (ty, source, at.line, at.col));
                }
            }
        }
        Ok(())
    }

    fn kernel(&mut self) -> PResult<Kernel> {
        let start = self.cur().clone();
        self.keyword("kernel")?;
        self.punct("@")?;
        let name = self.name("the kernel's name")?;

        let mut consts = Vec::new();
        if self.eat_punct("<") {
            loop {
                let cname = self.name("a const generic's name")?;
                self.punct(":")?;
                let dtype = self.dtype()?;
                consts.push(ConstParam { name: cname, dtype });
                if self.eat_punct(">") {
                    break;
                }
                if !self.eat_punct(",") {
                    return self.expected("`,` or `>`");
                }
            }
        }

        self.punct("(")?;
        let mut params = Vec::new();
        if !self.eat_punct(")") {
            loop {
                let pname = self.name("a parameter's name")?;
                self.punct(":")?;
                let ty = self.ty()?;
                self.punct("=")?;
                let at = self.cur().clone();
                let value = self.value()?;
                self.set_type(value, ty.clone(), Source::Param, &at)?;
                params.push(Param {
                    name: pname,
                    ty,
                    value,
                });
                if self.eat_punct(")") {
                    break;
                }
                if !self.eat_punct(",") {
                    return self.expected("`,` or `)`");
                }
            }
        }
        self.punct("{")?;

        let mut file = None;
        if self.eat_keyword("file") {
            file = Some(self.string("the kernel's source file")?);
        }
        let mut vars = Vec::new();
        loop {
            if self.eat_keyword("var") {
                let at = self.cur().clone();
                let id = self.var()?;
                if id.index() != vars.len() {
                    return self.error_at(
                        &at,
                        format!(
                            "expected `${}`: variables are declared in order, from `$0`",
                            vars.len()
                        ),
                    );
                }
                self.punct(":")?;
                vars.push(self.ty()?);
            } else if self.eat_keyword("type") {
                let at = self.cur().clone();
                let id = self.value()?;
                self.punct(":")?;
                let ty = self.ty()?;
                self.set_type(id, ty, Source::Stated, &at)?;
            } else {
                break;
            }
        }
        let mut functions = Vec::new();
        while self.eat_keyword("fn") {
            functions.push(self.function(functions.len())?);
        }

        let body = self.block_items()?;
        self.punct("}")?;
        if !matches!(self.cur().tok, Tok::Eof) {
            return self.expected("end of input after the kernel's closing `}`");
        }

        // Rebuild `values`: every id from 0 to the largest must have a type.
        let mut values = Vec::with_capacity(self.types.len());
        for (i, (id, (ty, _, _, _))) in self.types.iter().enumerate() {
            if *id as usize != i {
                return self.error_at(
                    &start,
                    format!(
                        "value %{i} has no type: no parameter, instruction or `type %{i}: ...` declaration defines it (ids up to %{id} are used)"
                    ),
                );
            }
            values.push(ty.clone());
        }

        Ok(Kernel {
            name,
            consts,
            params,
            values,
            vars,
            body,
            file,
            functions,
        })
    }

    /// `fn N @name |%p: t, ...| { ... } yield %r, ...` after `fn`; `index` is `N`.
    #[inline(never)]
    fn function(&mut self, index: usize) -> PResult<Function> {
        let at = self.cur().clone();
        let n = self.uint::<usize>("the function's index")?;
        if n != index {
            return self.error_at(
                &at,
                format!("expected `fn {index}`: functions are declared in order, from `fn 0`"),
            );
        }
        self.punct("@")?;
        let name = self.name("the function's name")?;
        self.punct("|")?;
        let mut params = Vec::new();
        if !self.eat_punct("|") {
            params.push(self.typed_value()?);
            while self.eat_punct(",") {
                params.push(self.typed_value()?);
            }
            self.punct("|")?;
        }
        let body = self.block()?;
        self.keyword("yield")?;
        let results = self.opt_value_list()?;
        Ok(Function {
            name,
            params,
            body,
            results,
        })
    }

    /// Values separated by commas, possibly none (up to a token that is not a value).
    fn opt_value_list(&mut self) -> PResult<Vec<ValueId>> {
        if !matches!(self.cur().tok, Tok::Value(_)) {
            return Ok(Vec::new());
        }
        self.value_list()
    }

    /// The rest of `[%r: t, ... =] call N @name (%a, ...)` after its results.
    #[inline(never)]
    fn call_op(&mut self, results: Vec<ValueId>) -> PResult<Op> {
        self.keyword("call")?;
        let func = self.uint::<u32>("the called function's index")?;
        self.punct("@")?;
        self.name("the called function's name")?;
        self.punct("(")?;
        let mut args = Vec::new();
        if !self.eat_punct(")") {
            args = self.value_list()?;
            self.punct(")")?;
        }
        Ok(Op::Call {
            func,
            args,
            results,
        })
    }

    /// Instructions up to (not including) a closing `}`.
    fn block_items(&mut self) -> PResult<Block> {
        let mut block = Vec::new();
        while !self.is_punct("}") {
            if matches!(self.cur().tok, Tok::Eof) {
                return self.expected("an instruction or `}`");
            }
            block.push(self.inst()?);
        }
        Ok(block)
    }

    fn block(&mut self) -> PResult<Block> {
        if self.depth >= MAX_DEPTH {
            return self.too_deep();
        }
        self.punct("{")?;
        self.depth += 1;
        let b = self.block_items();
        self.depth -= 1;
        let b = b?;
        self.punct("}")?;
        Ok(b)
    }

    #[inline(never)]
    fn too_deep<T>(&self) -> PResult<T> {
        let t = self.cur();
        self.error_at(
            t,
            format!("blocks are nested more than {MAX_DEPTH} levels deep"),
        )
    }

    fn inst(&mut self) -> PResult<Inst> {
        let results = self.inst_results()?;
        if self.is_keyword("call") {
            let op = self.call_op(results)?;
            let loc = self.loc()?;
            return Ok(Inst {
                result: None,
                op,
                loc,
            });
        }
        if results.len() > 1 || self.is_keyword("reduce_with") || self.is_keyword("scan_with") {
            let op = self.fold_op(results)?;
            let loc = self.loc()?;
            return Ok(Inst {
                result: None,
                op,
                loc,
            });
        }
        let result = results.first().copied();
        let op = self.op()?;
        let loc = self.loc()?;
        Ok(Inst { result, op, loc })
    }

    /// `%N: type` (a value with its stated type).
    fn typed_value(&mut self) -> PResult<ValueId> {
        let at = self.cur().clone();
        let id = self.value()?;
        self.punct(":")?;
        let ty = self.ty()?;
        self.set_type(id, ty, Source::Stated, &at)?;
        Ok(id)
    }

    /// `%1, %2` up to a token that is not a comma.
    fn value_list(&mut self) -> PResult<Vec<ValueId>> {
        let mut out = vec![self.value()?];
        while self.eat_punct(",") {
            out.push(self.value()?);
        }
        Ok(out)
    }

    /// The rest of `%r: t, ... = reduce_with axis A (%v, ...) |%p: t, ...| { ... } yield %y, ...`
    /// (or `scan_with`), after its results.
    #[inline(never)]
    fn fold_op(&mut self, results: Vec<ValueId>) -> PResult<Op> {
        let kind = if self.eat_keyword("reduce_with") {
            FoldKind::Reduce
        } else if self.eat_keyword("scan_with") {
            FoldKind::Scan
        } else {
            return self.expected("`reduce_with` or `scan_with` after several results");
        };
        let axis = self.axis()?;
        self.punct("(")?;
        let values = self.value_list()?;
        self.punct(")")?;
        self.punct("|")?;
        let mut params = vec![self.typed_value()?];
        while self.eat_punct(",") {
            params.push(self.typed_value()?);
        }
        self.punct("|")?;
        let body = self.block()?;
        self.keyword("yield")?;
        let yields = self.value_list()?;
        Ok(Op::Fold {
            kind,
            values,
            axis,
            params,
            body,
            yields,
            results,
        })
    }

    /// The optional `@line:col` after an instruction.
    #[inline(never)]
    fn loc(&mut self) -> PResult<Option<SrcLoc>> {
        if !self.eat_punct("@") {
            return Ok(None);
        }
        let line = self.uint::<u32>("a source line")?;
        self.punct(":")?;
        let col = self.uint::<u32>("a source column")?;
        Ok(Some(SrcLoc { line, col }))
    }

    /// The optional `%N: type =` before an op (several, comma-separated, before a
    /// `reduce_with` or `scan_with`).
    #[inline(never)]
    fn inst_results(&mut self) -> PResult<Vec<ValueId>> {
        if !matches!(self.cur().tok, Tok::Value(_)) {
            return Ok(Vec::new());
        }
        let mut out = vec![self.typed_value()?];
        while self.eat_punct(",") {
            out.push(self.typed_value()?);
        }
        self.punct("=")?;
        Ok(out)
    }

    fn mask(&mut self) -> PResult<Option<ValueId>> {
        if self.eat_keyword("mask") {
            Ok(Some(self.value()?))
        } else {
            Ok(None)
        }
    }

    fn comma_value(&mut self) -> PResult<ValueId> {
        self.punct(",")?;
        self.value()
    }

    fn axis(&mut self) -> PResult<u32> {
        self.keyword("axis")?;
        self.uint::<u32>("an axis")
    }

    fn const_value(&mut self) -> PResult<ConstValue> {
        let t = self.cur().clone();
        let bad = |p: &Parser, m: String| p.error_at(&t, m);
        match &t.tok {
            Tok::Ident(s) if s == "true" || s == "false" => {
                self.advance();
                Ok(ConstValue::Bool(s == "true"))
            }
            Tok::Ident(s) if s == "inf" => {
                self.advance();
                Ok(ConstValue::Float(f64::INFINITY))
            }
            Tok::Punct("-") => {
                self.advance();
                if self.eat_keyword("inf") {
                    Ok(ConstValue::Float(f64::NEG_INFINITY))
                } else {
                    self.expected("`inf` after `-`")
                }
            }
            Tok::Ident(s) if s == "nan" => {
                self.advance();
                self.punct(":")?;
                let h = self.cur().clone();
                let bits = match &h.tok {
                    Tok::Num(s) if s.starts_with("0x") => u64::from_str_radix(&s[2..], 16).ok(),
                    _ => None,
                };
                let Some(bits) = bits else {
                    return self.expected("the NaN's bit pattern as 16 hex digits (`0x7ff8000000000000`)");
                };
                let x = f64::from_bits(bits);
                if !x.is_nan() {
                    return self.error_at(
                        &h,
                        format!("`nan:` needs a NaN bit pattern, but 0x{bits:016x} is {x:?}"),
                    );
                }
                self.advance();
                Ok(ConstValue::Float(x))
            }
            Tok::Num(s) if !s.trim_start_matches('-').starts_with("0x") => {
                if s.contains(['.', 'e', 'E']) {
                    match s.parse::<f64>() {
                        Ok(x) => {
                            self.advance();
                            Ok(ConstValue::Float(x))
                        }
                        Err(_) => bad(self, format!("invalid float literal `{s}`")),
                    }
                } else {
                    match s.parse::<i128>() {
                        Ok(i) => {
                            self.advance();
                            Ok(ConstValue::Int(i))
                        }
                        Err(_) => bad(self, format!("invalid or out-of-range (i128) integer literal `{s}`")),
                    }
                }
            }
            _ => self.expected(
                "a constant (an integer, a float such as `1.0`, `inf`, `-inf`, `nan:0x...`, `true` or `false`)",
            ),
        }
    }

    /// An op. Control flow, which nests, goes through a function with a small stack frame so
    /// that deep nesting costs little stack.
    fn op(&mut self) -> PResult<Op> {
        let control = match &self.cur().tok {
            Tok::Ident(k) if k == "for" => Some(Control::For),
            Tok::Ident(k) if k == "while" => Some(Control::While),
            Tok::Ident(k) if k == "if" => Some(Control::If),
            _ => None,
        };
        let Some(c) = control else {
            return self.simple_op();
        };
        self.advance();
        match c {
            Control::For => self.for_op(),
            Control::While => self.while_op(),
            Control::If => self.if_op(),
        }
    }

    /// A load's or store's optional cache operator and eviction priority (` cg evict_last`),
    /// defaults when absent.
    fn access_hint(&mut self) -> AccessHint {
        let cache = CacheOp::ALL
            .into_iter()
            .find(|c| *c != CacheOp::Default && self.eat_keyword(c.name()))
            .unwrap_or_default();
        let evict = Evict::ALL
            .into_iter()
            .find(|e| *e != Evict::Normal && self.eat_keyword(e.name()))
            .unwrap_or_default();
        AccessHint { cache, evict }
    }

    /// An atomic's optional order and scope (` acquire cta`), defaults when absent.
    fn order_scope(&mut self) -> (AtomicOrder, AtomicScope) {
        let order = AtomicOrder::ALL
            .into_iter()
            .find(|o| self.eat_keyword(o.name()))
            .unwrap_or_default();
        let scope = AtomicScope::ALL
            .into_iter()
            .find(|s| self.eat_keyword(s.name()))
            .unwrap_or_default();
        (order, scope)
    }

    #[inline(never)]
    fn for_op(&mut self) -> PResult<Op> {
        let at = self.cur().clone();
        let index = self.value()?;
        self.punct(":")?;
        let ty = self.ty()?;
        self.set_type(index, ty, Source::Stated, &at)?;
        self.keyword("in")?;
        let start = self.value()?;
        self.punct("..")?;
        let end = self.value()?;
        self.keyword("step")?;
        let step = self.value()?;
        let unroll = if !self.eat_keyword("unroll") {
            Unroll::Auto
        } else if matches!(&self.cur().tok, Tok::Num(_)) {
            Unroll::By(self.uint::<u32>("an unroll factor")?)
        } else {
            Unroll::Full
        };
        let stages = if self.eat_keyword("stages") {
            Some(self.uint::<u32>("a number of stages")?)
        } else {
            None
        };
        let body = self.block()?;
        Ok(Op::For {
            index,
            start,
            end,
            step,
            body,
            unroll,
            stages,
        })
    }

    #[inline(never)]
    fn while_op(&mut self) -> PResult<Op> {
        let cond_block = self.block()?;
        self.keyword("cond")?;
        let cond = self.value()?;
        self.keyword("do")?;
        let body = self.block()?;
        Ok(Op::While {
            cond_block,
            cond,
            body,
        })
    }

    #[inline(never)]
    fn if_op(&mut self) -> PResult<Op> {
        let cond = self.value()?;
        let then_block = self.block()?;
        let else_block = if self.eat_keyword("else") {
            self.block()?
        } else {
            Vec::new()
        };
        Ok(Op::If {
            cond,
            then_block,
            else_block,
        })
    }

    /// An op without nested blocks.
    #[inline(never)]
    fn simple_op(&mut self) -> PResult<Op> {
        let kw_tok = self.cur().clone();
        let Tok::Ident(kw) = &kw_tok.tok else {
            return self.expected("an instruction (`%N: type = op ...` or an op such as `store`)");
        };
        let kw = kw.clone();
        self.advance();

        if let Some(op) = UnaryOp::from_name(&kw) {
            let value = self.value()?;
            return Ok(Op::Unary { op, value });
        }
        if let Some(op) = BinaryOp::from_name(&kw) {
            let lhs = self.value()?;
            let rhs = self.comma_value()?;
            return Ok(Op::Binary { op, lhs, rhs });
        }
        if let Some(op) = ArgReduceOp::from_name(&kw) {
            let value = self.value()?;
            let axis = self.axis()?;
            return Ok(Op::ArgReduce { op, value, axis });
        }
        let op = match kw.as_str() {
            "program_id" => Op::ProgramId {
                axis: self.uint::<u8>("a grid axis")?,
            },
            "num_programs" => Op::NumPrograms {
                axis: self.uint::<u8>("a grid axis")?,
            },
            "const" => {
                let dtype = self.dtype()?;
                let value = self.const_value()?;
                Op::Const { value, dtype }
            }
            "const_param" => {
                let dtype = self.dtype()?;
                let name = self.name("a const generic's name")?;
                Op::ConstParam { name, dtype }
            }
            "arange" => Op::Arange { len: self.dim()? },
            "broadcast" | "reshape" => {
                let value = self.value()?;
                self.keyword("to")?;
                let shape = self.shape()?;
                if kw == "broadcast" {
                    Op::Broadcast { value, shape }
                } else {
                    Op::Reshape { value, shape }
                }
            }
            "expand_dims" => {
                let value = self.value()?;
                let axis = self.axis()?;
                Op::ExpandDims { value, axis }
            }
            "permute" => {
                let value = self.value()?;
                self.punct("[")?;
                let mut perm = Vec::new();
                if !self.eat_punct("]") {
                    loop {
                        perm.push(self.uint::<u32>("an axis")?);
                        if self.eat_punct("]") {
                            break;
                        }
                        if !self.eat_punct(",") {
                            return self.expected("`,` or `]`");
                        }
                    }
                }
                Op::Permute { value, perm }
            }
            "sort" => {
                let value = self.value()?;
                self.keyword("axis")?;
                let axis = self.uint::<u32>("an axis")?;
                let descending = self.eat_keyword("descending");
                Op::Sort {
                    value,
                    axis,
                    descending,
                }
            }
            "histogram" => {
                let value = self.value()?;
                self.keyword("bins")?;
                let bins = self.dim()?;
                let mask = if self.eat_keyword("mask") {
                    Some(self.value()?)
                } else {
                    None
                };
                Op::Histogram { value, mask, bins }
            }
            "gather" => {
                let src = self.value()?;
                let index = self.comma_value()?;
                self.keyword("axis")?;
                let axis = self.uint::<u32>("an axis")?;
                Op::Gather { src, index, axis }
            }
            "cmp" => {
                let name = self.ident("a comparison (eq, ne, lt, le, gt, ge)")?;
                let Some(op) = CmpOp::from_name(&name) else {
                    let t = self.toks[self.pos - 1].clone();
                    return self.error_at(
                        &t,
                        format!("expected a comparison (eq, ne, lt, le, gt, ge), found `{name}`"),
                    );
                };
                let lhs = self.value()?;
                let rhs = self.comma_value()?;
                Op::Cmp { op, lhs, rhs }
            }
            "fma" => {
                let a = self.value()?;
                let b = self.comma_value()?;
                let c = self.comma_value()?;
                Op::Fma { a, b, c }
            }
            "select" => {
                let cond = self.value()?;
                let on_true = self.comma_value()?;
                let on_false = self.comma_value()?;
                Op::Select {
                    cond,
                    on_true,
                    on_false,
                }
            }
            "cast" | "bitcast" => {
                let value = self.value()?;
                self.keyword("to")?;
                let to = self.dtype()?;
                if kw == "cast" {
                    Op::Cast { value, to }
                } else {
                    Op::Bitcast { value, to }
                }
            }
            "ptr_add" => {
                let ptr = self.value()?;
                let offset = self.comma_value()?;
                Op::PtrAdd { ptr, offset }
            }
            "load" => {
                let ptr = self.value()?;
                let mask = self.mask()?;
                let other = if self.eat_keyword("other") {
                    Some(self.value()?)
                } else {
                    None
                };
                let hint = self.access_hint();
                Op::Load {
                    ptr,
                    mask,
                    other,
                    hint,
                }
            }
            "store" => {
                let ptr = self.value()?;
                let value = self.comma_value()?;
                let mask = self.mask()?;
                let hint = self.access_hint();
                Op::Store {
                    ptr,
                    value,
                    mask,
                    hint,
                }
            }
            "atomic" => {
                let what = "an atomic function (add, max, min, and, or, xor, xchg)";
                let name = self.ident(what)?;
                let Some(op) = AtomicOp::from_name(&name) else {
                    let t = self.toks[self.pos - 1].clone();
                    return self.error_at(&t, format!("expected {what}, found `{name}`"));
                };
                let ptr = self.value()?;
                let value = self.comma_value()?;
                let mask = self.mask()?;
                let (order, scope) = self.order_scope();
                Op::Atomic {
                    op,
                    ptr,
                    value,
                    mask,
                    order,
                    scope,
                }
            }
            "atomic_cas" => {
                let ptr = self.value()?;
                let cmp = self.comma_value()?;
                let value = self.comma_value()?;
                let mask = self.mask()?;
                let (order, scope) = self.order_scope();
                Op::AtomicCas {
                    ptr,
                    cmp,
                    value,
                    mask,
                    order,
                    scope,
                }
            }
            "reduce" | "scan" => {
                let what = "a reduction (sum, prod, max, min, and, or, xor)";
                let name = self.ident(what)?;
                let Some(op) = ReduceOp::from_name(&name) else {
                    let t = self.toks[self.pos - 1].clone();
                    return self.error_at(&t, format!("expected {what}, found `{name}`"));
                };
                let value = self.value()?;
                let axis = self.axis()?;
                if kw == "reduce" {
                    Op::Reduce { op, value, axis }
                } else {
                    Op::Scan { op, value, axis }
                }
            }
            "dot" => {
                // An optional precision name before the operands; none is `Ieee`.
                let mut precision = DotPrecision::Ieee;
                if matches!(self.cur().tok, Tok::Ident(_)) {
                    let what = "a dot precision (tf32) or a value";
                    let name = self.ident(what)?;
                    let Some(p) = DotPrecision::ALL
                        .into_iter()
                        .find(|p| dot_precision_name(*p) == Some(name.as_str()))
                    else {
                        let t = self.toks[self.pos - 1].clone();
                        return self.error_at(&t, format!("expected {what}, found `{name}`"));
                    };
                    precision = p;
                }
                let a = self.value()?;
                let b = self.comma_value()?;
                let acc = self.comma_value()?;
                Op::Dot {
                    a,
                    b,
                    acc,
                    precision,
                }
            }
            "rand" => {
                let what = "a random kind (int, uniform, normal)";
                let name = self.ident(what)?;
                let Some(kind) = RandKind::from_name(&name) else {
                    let t = self.toks[self.pos - 1].clone();
                    return self.error_at(&t, format!("expected {what}, found `{name}`"));
                };
                let seed = self.value()?;
                let offset = self.comma_value()?;
                Op::Rand { kind, seed, offset }
            }
            "var_init" => {
                let var = self.var()?;
                let init = self.comma_value()?;
                Op::VarInit { var, init }
            }
            "var_load" => Op::VarLoad { var: self.var()? },
            "var_store" => {
                let var = self.var()?;
                let value = self.comma_value()?;
                Op::VarStore { var, value }
            }
            "return" => Op::Return,
            "debug_barrier" => Op::Barrier,
            "checked" => Op::Checked,
            "hint" => {
                let value = self.value()?;
                self.keyword("multiple_of")?;
                let multiple_of = self.dim()?;
                self.keyword("max_contiguous")?;
                let max_contiguous = self.dim()?;
                Op::Hint {
                    value,
                    multiple_of,
                    max_contiguous,
                }
            }
            "static_assert" => {
                let name = self.ident("a comparison (eq, ne, lt, le, gt, ge)")?;
                let Some(op) = CmpOp::from_name(&name) else {
                    let t = self.toks[self.pos - 1].clone();
                    return self.error_at(
                        &t,
                        format!("expected a comparison (eq, ne, lt, le, gt, ge), found `{name}`"),
                    );
                };
                let lhs = self.dim()?;
                let rhs = self.dim()?;
                self.punct(",")?;
                let message = self.string("the assertion's message (a string)")?;
                Op::StaticAssert {
                    lhs,
                    op,
                    rhs,
                    message,
                }
            }
            "assert" => {
                let cond = self.value()?;
                self.punct(",")?;
                let message = self.string("the assertion's message (a string)")?;
                Op::Assert { cond, message }
            }
            "print" => {
                let prefix = self.string("the text to print before the values (a string)")?;
                let mut values = Vec::new();
                while self.eat_punct(",") {
                    values.push(self.value()?);
                }
                Op::Print { prefix, values }
            }
            _ => {
                return self.error_at(
                    &kw_tok,
                    format!("expected an instruction, found unknown op `{kw}`"),
                );
            }
        };
        Ok(op)
    }
}
