//! Element types of tiles and buffers.
//!
//! oxtile names its dtypes after Rust's primitive types (`f32`, `i64`, `bool`) and the `half`
//! crate (`f16`, `bf16`), so a kernel reads like Rust. The two fp8 formats are storage types:
//! arithmetic on them is done after a cast to a wider float.

use std::fmt;

crate::ir::table::family! {
    /// An element type. `ALL` lists every dtype in a fixed order (tests and sweeps iterate
    /// it); `name()` is the name used in kernels and in the textual IR (`f32`, `bf16`,
    /// `f8e4m3`...) and `from_name()` reads it back.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum DType {
        /// `bool`: one byte in memory, 0 or 1.
        Bool = "bool",
        /// `i8`.
        I8 = "i8",
        /// `i16`.
        I16 = "i16",
        /// `i32`: the type of program ids, `arange` and most offsets.
        I32 = "i32",
        /// `i64`.
        I64 = "i64",
        /// `u8`.
        U8 = "u8",
        /// `u16`.
        U16 = "u16",
        /// `u32`.
        U32 = "u32",
        /// `u64`.
        U64 = "u64",
        /// IEEE binary16 (`half::f16`).
        F16 = "f16",
        /// bfloat16 (`half::bf16`).
        BF16 = "bf16",
        /// IEEE binary32.
        F32 = "f32",
        /// IEEE binary64.
        F64 = "f64",
        /// fp8 E4M3 (OCP "fn" variant: no infinities, one NaN pattern, max 448).
        F8E4M3 = "f8e4m3",
        /// fp8 E5M2 (IEEE-like: infinities and NaNs, max 57344).
        F8E5M2 = "f8e5m2",
    }
}

impl DType {
    /// Size of one element in memory, in bytes.
    pub fn size_bytes(self) -> usize {
        match self {
            DType::Bool | DType::I8 | DType::U8 | DType::F8E4M3 | DType::F8E5M2 => 1,
            DType::I16 | DType::U16 | DType::F16 | DType::BF16 => 2,
            DType::I32 | DType::U32 | DType::F32 => 4,
            DType::I64 | DType::U64 | DType::F64 => 8,
        }
    }

    /// Width in bits.
    pub fn bits(self) -> u32 {
        match self {
            DType::Bool => 1,
            other => other.size_bytes() as u32 * 8,
        }
    }

    /// True for the floating-point types, fp8 included.
    pub fn is_float(self) -> bool {
        matches!(
            self,
            DType::F16 | DType::BF16 | DType::F32 | DType::F64 | DType::F8E4M3 | DType::F8E5M2
        )
    }

    /// True for the fp8 storage types.
    pub fn is_fp8(self) -> bool {
        matches!(self, DType::F8E4M3 | DType::F8E5M2)
    }

    /// True for signed and unsigned integers (not `bool`).
    pub fn is_int(self) -> bool {
        self.is_signed_int() || self.is_unsigned_int()
    }

    /// True for `i8`..`i64`.
    pub fn is_signed_int(self) -> bool {
        matches!(self, DType::I8 | DType::I16 | DType::I32 | DType::I64)
    }

    /// True for `u8`..`u64`.
    pub fn is_unsigned_int(self) -> bool {
        matches!(self, DType::U8 | DType::U16 | DType::U32 | DType::U64)
    }

    /// True for `bool`.
    pub fn is_bool(self) -> bool {
        self == DType::Bool
    }

    /// Smallest and largest value of an integer dtype (`None` for floats and `bool`). Used by
    /// the macro (literal range checks), the verifier, specialization and the interpreter.
    pub fn int_range(self) -> Option<(i128, i128)> {
        let bits = self.bits();
        if self.is_signed_int() {
            Some((-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1))
        } else if self.is_unsigned_int() {
            Some((0, (1i128 << bits) - 1))
        } else {
            None
        }
    }

    /// The unsigned integer type of the same width (used by bitcasts and by fp8/bf16 emulation).
    pub fn same_width_uint(self) -> Option<DType> {
        match self.size_bytes() {
            _ if self.is_bool() => None,
            1 => Some(DType::U8),
            2 => Some(DType::U16),
            4 => Some(DType::U32),
            8 => Some(DType::U64),
            _ => None,
        }
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A Rust type that can live in an oxtile buffer or be passed as a scalar argument.
///
/// Implemented for the primitive numeric types, `bool`, `half::f16`, `half::bf16` and the fp8
/// wrappers [`F8E4M3`] and [`F8E5M2`]. Bytes are little-endian, as on every supported device.
pub trait Element: Copy + Send + Sync + 'static + fmt::Debug {
    /// The dtype this Rust type stands for.
    const DTYPE: DType;
    /// Appends the little-endian bytes of `self`.
    fn write_le(self, out: &mut Vec<u8>);
    /// Reads a value from exactly `DTYPE.size_bytes()` little-endian bytes.
    fn read_le(bytes: &[u8]) -> Self;
}

macro_rules! impl_element {
    ($($t:ty => $d:ident),* $(,)?) => {$(
        impl Element for $t {
            const DTYPE: DType = DType::$d;
            fn write_le(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
            fn read_le(bytes: &[u8]) -> Self {
                let mut a = [0u8; std::mem::size_of::<$t>()];
                a.copy_from_slice(bytes);
                <$t>::from_le_bytes(a)
            }
        }
    )*};
}

impl_element!(
    i8 => I8, i16 => I16, i32 => I32, i64 => I64,
    u8 => U8, u16 => U16, u32 => U32, u64 => U64,
    f32 => F32, f64 => F64,
    half::f16 => F16, half::bf16 => BF16,
);

impl Element for bool {
    const DTYPE: DType = DType::Bool;
    fn write_le(self, out: &mut Vec<u8>) {
        out.push(self as u8);
    }
    fn read_le(bytes: &[u8]) -> Self {
        bytes[0] != 0
    }
}

/// An fp8 E4M3 value, stored as its bit pattern. Convert with [`crate::numeric`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct F8E4M3(pub u8);

/// An fp8 E5M2 value, stored as its bit pattern. Convert with [`crate::numeric`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct F8E5M2(pub u8);

impl Element for F8E4M3 {
    const DTYPE: DType = DType::F8E4M3;
    fn write_le(self, out: &mut Vec<u8>) {
        out.push(self.0);
    }
    fn read_le(bytes: &[u8]) -> Self {
        F8E4M3(bytes[0])
    }
}

impl Element for F8E5M2 {
    const DTYPE: DType = DType::F8E5M2;
    fn write_le(self, out: &mut Vec<u8>) {
        out.push(self.0);
    }
    fn read_le(bytes: &[u8]) -> Self {
        F8E5M2(bytes[0])
    }
}

/// The dtype classes a generic kernel's type parameter is bounded by (`T: Float`): the
/// dtypes it may stand for. A generic kernel is checked at `cargo build` for every member
/// of its parameters' classes, and launched at the one named by its type argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DTypeClass {
    /// [`Float`]: `f16`, `bf16`, `f32`, `f64` (not the fp8 storage types, which have no
    /// arithmetic).
    Float,
    /// [`Int`]: the signed and unsigned integers, `i8` to `u64`.
    Int,
    /// [`Num`]: every [`Float`] and [`Int`] dtype.
    Num,
}

impl DTypeClass {
    /// Every class.
    pub const ALL: [DTypeClass; 3] = [DTypeClass::Float, DTypeClass::Int, DTypeClass::Num];

    /// The class's name, as its trait is written in a bound (`Float`).
    pub fn name(self) -> &'static str {
        match self {
            DTypeClass::Float => "Float",
            DTypeClass::Int => "Int",
            DTypeClass::Num => "Num",
        }
    }

    /// The class named `name` (`Float`, `Int`, `Num`).
    pub fn from_name(name: &str) -> Option<DTypeClass> {
        DTypeClass::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Whether `d` is a member.
    pub fn admits(self, d: DType) -> bool {
        let float = d.is_float() && !d.is_fp8();
        match self {
            DTypeClass::Float => float,
            DTypeClass::Int => d.is_int(),
            DTypeClass::Num => float || d.is_int(),
        }
    }

    /// The members, in [`DType::ALL`]'s order.
    pub fn members(self) -> Vec<DType> {
        DType::ALL.into_iter().filter(|d| self.admits(*d)).collect()
    }
}

/// Keeps the class traits closed: only oxtile's dtypes implement them, so a generic kernel's
/// type argument is always a dtype its body was checked for.
mod sealed {
    pub trait Sealed {}
}

/// The bound of a generic kernel's type parameter that may be any numeric dtype
/// ([`DTypeClass::Num`]): `#[kernel] fn scale<T: Num>(x: Ptr<T>, ...)`. Sealed.
pub trait Num: Element + sealed::Sealed {}

/// The bound of a generic kernel's type parameter that may be any float dtype
/// ([`DTypeClass::Float`]: `f16`, `bf16`, `f32`, `f64`). Sealed.
pub trait Float: Num {}

/// The bound of a generic kernel's type parameter that may be any integer dtype
/// ([`DTypeClass::Int`]: `i8` to `u64`). Sealed.
pub trait Int: Num {}

macro_rules! impl_class {
    ($class:ident: $($t:ty),*) => {$(
        impl sealed::Sealed for $t {}
        impl Num for $t {}
        impl $class for $t {}
    )*};
}

impl_class!(Float: half::f16, half::bf16, f32, f64);
impl_class!(Int: i8, i16, i32, i64, u8, u16, u32, u64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for d in DType::ALL {
            assert_eq!(DType::from_name(d.name()), Some(d));
        }
        assert_eq!(DType::from_name("f128"), None);
    }

    /// The classes' members are the dtypes whose Rust types implement the class traits.
    #[test]
    fn classes_and_their_traits_agree() {
        fn dtype<T: Num>() -> DType {
            T::DTYPE
        }
        let float = [
            dtype::<half::f16>(),
            dtype::<half::bf16>(),
            dtype::<f32>(),
            dtype::<f64>(),
        ];
        assert_eq!(DTypeClass::Float.members(), float);
        let int = [
            dtype::<i8>(),
            dtype::<i16>(),
            dtype::<i32>(),
            dtype::<i64>(),
            dtype::<u8>(),
            dtype::<u16>(),
            dtype::<u32>(),
            dtype::<u64>(),
        ];
        assert_eq!(DTypeClass::Int.members(), int);
        assert_eq!(DTypeClass::Num.members().len(), 12);
        assert!(!DTypeClass::Num.admits(DType::Bool));
        assert!(!DTypeClass::Float.admits(DType::F8E4M3));
        assert_eq!(DTypeClass::from_name("Int"), Some(DTypeClass::Int));
    }

    #[test]
    fn element_bytes_round_trip() {
        let mut v = Vec::new();
        (-7i16).write_le(&mut v);
        assert_eq!(i16::read_le(&v), -7);
        v.clear();
        half::bf16::from_f32(1.5).write_le(&mut v);
        assert_eq!(half::bf16::read_le(&v).to_f32(), 1.5);
    }
}
