//! Launch arguments: buffers and scalars, erased to one type so a launcher can pass a slice.

use half::{bf16, f16};

use crate::dtype::{DType, Element, F8E4M3, F8E5M2};

use super::device::{Buffer, RawBuffer};

/// A scalar kernel argument, tagged with its dtype.
///
/// The launcher erases the Rust type of each scalar into this enum; the runtime checks the tag
/// against the parameter's dtype, and backends turn it into bytes ([`ScalarValue::to_le_bytes`])
/// or into their own value representation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ScalarValue {
    /// `bool`.
    Bool(bool),
    /// `i8`.
    I8(i8),
    /// `i16`.
    I16(i16),
    /// `i32`.
    I32(i32),
    /// `i64`.
    I64(i64),
    /// `u8`.
    U8(u8),
    /// `u16`.
    U16(u16),
    /// `u32`.
    U32(u32),
    /// `u64`.
    U64(u64),
    /// `f16`.
    F16(f16),
    /// `bf16`.
    BF16(bf16),
    /// `f32`.
    F32(f32),
    /// `f64`.
    F64(f64),
    /// fp8 E4M3.
    F8E4M3(F8E4M3),
    /// fp8 E5M2.
    F8E5M2(F8E5M2),
}

impl ScalarValue {
    /// The value's dtype.
    pub fn dtype(&self) -> DType {
        match self {
            ScalarValue::Bool(_) => DType::Bool,
            ScalarValue::I8(_) => DType::I8,
            ScalarValue::I16(_) => DType::I16,
            ScalarValue::I32(_) => DType::I32,
            ScalarValue::I64(_) => DType::I64,
            ScalarValue::U8(_) => DType::U8,
            ScalarValue::U16(_) => DType::U16,
            ScalarValue::U32(_) => DType::U32,
            ScalarValue::U64(_) => DType::U64,
            ScalarValue::F16(_) => DType::F16,
            ScalarValue::BF16(_) => DType::BF16,
            ScalarValue::F32(_) => DType::F32,
            ScalarValue::F64(_) => DType::F64,
            ScalarValue::F8E4M3(_) => DType::F8E4M3,
            ScalarValue::F8E5M2(_) => DType::F8E5M2,
        }
    }

    /// The little-endian bytes of the value, as a kernel parameter block wants them.
    pub fn to_le_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(8);
        match *self {
            ScalarValue::Bool(v) => v.write_le(&mut out),
            ScalarValue::I8(v) => v.write_le(&mut out),
            ScalarValue::I16(v) => v.write_le(&mut out),
            ScalarValue::I32(v) => v.write_le(&mut out),
            ScalarValue::I64(v) => v.write_le(&mut out),
            ScalarValue::U8(v) => v.write_le(&mut out),
            ScalarValue::U16(v) => v.write_le(&mut out),
            ScalarValue::U32(v) => v.write_le(&mut out),
            ScalarValue::U64(v) => v.write_le(&mut out),
            ScalarValue::F16(v) => v.write_le(&mut out),
            ScalarValue::BF16(v) => v.write_le(&mut out),
            ScalarValue::F32(v) => v.write_le(&mut out),
            ScalarValue::F64(v) => v.write_le(&mut out),
            ScalarValue::F8E4M3(v) => v.write_le(&mut out),
            ScalarValue::F8E5M2(v) => v.write_le(&mut out),
        }
        out
    }

    /// Reads a value of `dtype` from its little-endian bytes; `None` if `bytes` has the wrong
    /// length.
    pub fn from_le_bytes(dtype: DType, bytes: &[u8]) -> Option<ScalarValue> {
        if bytes.len() != dtype.size_bytes() {
            return None;
        }
        Some(match dtype {
            DType::Bool => ScalarValue::Bool(bool::read_le(bytes)),
            DType::I8 => ScalarValue::I8(i8::read_le(bytes)),
            DType::I16 => ScalarValue::I16(i16::read_le(bytes)),
            DType::I32 => ScalarValue::I32(i32::read_le(bytes)),
            DType::I64 => ScalarValue::I64(i64::read_le(bytes)),
            DType::U8 => ScalarValue::U8(u8::read_le(bytes)),
            DType::U16 => ScalarValue::U16(u16::read_le(bytes)),
            DType::U32 => ScalarValue::U32(u32::read_le(bytes)),
            DType::U64 => ScalarValue::U64(u64::read_le(bytes)),
            DType::F16 => ScalarValue::F16(f16::read_le(bytes)),
            DType::BF16 => ScalarValue::BF16(bf16::read_le(bytes)),
            DType::F32 => ScalarValue::F32(f32::read_le(bytes)),
            DType::F64 => ScalarValue::F64(f64::read_le(bytes)),
            DType::F8E4M3 => ScalarValue::F8E4M3(F8E4M3::read_le(bytes)),
            DType::F8E5M2 => ScalarValue::F8E5M2(F8E5M2::read_le(bytes)),
        })
    }

    /// Wraps any [`Element`] value.
    pub fn from_element<T: Element>(value: T) -> ScalarValue {
        let mut bytes = Vec::with_capacity(8);
        value.write_le(&mut bytes);
        // `write_le` writes exactly `DTYPE.size_bytes()` bytes for every `Element` impl of
        // this crate; a foreign impl that does not is a bug we map to a zero value rather
        // than a panic.
        ScalarValue::from_le_bytes(T::DTYPE, &bytes).unwrap_or(ScalarValue::Bool(false))
    }
}

/// One argument of a launch: a buffer (for a `Ptr<T>` parameter) or a scalar.
///
/// Built by `Arg::from(&buffer)` or `Arg::from(3i32)`; the `#[kernel]` launcher does this for
/// each parameter. Backends receive the checked slice in [`super::Backend::launch`].
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    /// A buffer of some dtype on some device.
    Buffer(&'a RawBuffer),
    /// A scalar value.
    Scalar(ScalarValue),
}

impl Arg<'_> {
    /// Describes the argument for error messages: "a buffer of f32" or "a scalar i32".
    pub fn describe(&self) -> String {
        match self {
            Arg::Buffer(b) => format!("a buffer of {}", b.dtype()),
            Arg::Scalar(s) => format!("a scalar {}", s.dtype()),
        }
    }
}

impl<'a, T: Element> From<&'a Buffer<T>> for Arg<'a> {
    fn from(b: &'a Buffer<T>) -> Self {
        Arg::Buffer(b.raw())
    }
}

impl<'a> From<&'a RawBuffer> for Arg<'a> {
    fn from(b: &'a RawBuffer) -> Self {
        Arg::Buffer(b)
    }
}

impl From<ScalarValue> for Arg<'_> {
    fn from(v: ScalarValue) -> Self {
        Arg::Scalar(v)
    }
}

macro_rules! scalar_from {
    ($($t:ty => $v:ident),* $(,)?) => {$(
        impl From<$t> for ScalarValue {
            fn from(v: $t) -> Self {
                ScalarValue::$v(v)
            }
        }
        impl From<$t> for Arg<'_> {
            fn from(v: $t) -> Self {
                Arg::Scalar(ScalarValue::$v(v))
            }
        }
    )*};
}

scalar_from!(
    bool => Bool,
    i8 => I8, i16 => I16, i32 => I32, i64 => I64,
    u8 => U8, u16 => U16, u32 => U32, u64 => U64,
    f16 => F16, bf16 => BF16, f32 => F32, f64 => F64,
    F8E4M3 => F8E4M3, F8E5M2 => F8E5M2,
);

/// The grid of programs of a launch: `x * y * z` programs, each running the kernel once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Grid {
    /// Programs along x (`program_id(0)`).
    pub x: u32,
    /// Programs along y (`program_id(1)`).
    pub y: u32,
    /// Programs along z (`program_id(2)`).
    pub z: u32,
}

impl Grid {
    /// A 1-D grid of `x` programs.
    pub const fn x(x: u32) -> Grid {
        Grid { x, y: 1, z: 1 }
    }
    /// A 2-D grid.
    pub const fn xy(x: u32, y: u32) -> Grid {
        Grid { x, y, z: 1 }
    }
    /// A 3-D grid.
    pub const fn xyz(x: u32, y: u32, z: u32) -> Grid {
        Grid { x, y, z }
    }
    /// The number of programs (as `u64`: `x * y * z` can exceed `u32`).
    pub fn programs(&self) -> u64 {
        self.x as u64 * self.y as u64 * self.z as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalar_bytes_round_trip() {
        let vals = [
            ScalarValue::from(true),
            ScalarValue::from(-3i8),
            ScalarValue::from(-300i16),
            ScalarValue::from(-70000i32),
            ScalarValue::from(-(1i64 << 40)),
            ScalarValue::from(200u8),
            ScalarValue::from(60000u16),
            ScalarValue::from(4_000_000_000u32),
            ScalarValue::from(u64::MAX),
            ScalarValue::from(f16::from_f32(1.5)),
            ScalarValue::from(bf16::from_f32(-2.5)),
            ScalarValue::from(0.1f32),
            ScalarValue::from(0.1f64),
            ScalarValue::from(F8E4M3(0x38)),
            ScalarValue::from(F8E5M2(0x3c)),
        ];
        for v in vals {
            let b = v.to_le_bytes();
            assert_eq!(b.len(), v.dtype().size_bytes());
            assert_eq!(ScalarValue::from_le_bytes(v.dtype(), &b), Some(v));
        }
        assert_eq!(ScalarValue::from_element(7u16), ScalarValue::U16(7));
        assert_eq!(ScalarValue::from_le_bytes(DType::I32, &[0, 0]), None);
    }
}
