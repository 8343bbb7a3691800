//! Buffers: their WGSL array types, element reads and writes, atomics, and the bounds checks
//! that precede every access.
//!
//! # Array types
//! Each buffer parameter's array type is chosen from its pointee dtype and how the kernel
//! uses it ([`Storage::choose`]): 32-bit dtypes are `array<vec4<f32|i32|u32>>`, or an array
//! of atomics when some atomic op targets the buffer (then every access is atomic, since WGSL
//! cannot view one buffer both ways). f16 is `array<vec4<f16>>` when the adapter has
//! SHADER_F16 and no atomic targets it. Every other dtype (bool, i8, u8, i16, u16, bf16, fp8,
//! and f16 without the feature) is packed little-endian into `u32` words; when such a buffer
//! is written, the words are `atomic<u32>` and a store of one element is a compare-exchange
//! loop on its word, so that neighbouring elements written by other threads are never lost.
//! The 64-bit dtypes are `array<i64|u64|f64>`, accessed one element at a time (no runs);
//! where atomics target the buffer (or it carries data between programs), `array<atomic<i64>>`
//! for i64 and `array<atomic<u64>>` for u64 and f64 (by its bits), which needs the adapter's
//! `SHADER_INT64_ATOMIC_ALL_OPS` (the analysis refuses such kernels without it).
//!
//! # Runs
//! The `vec4` arrays (the host rounds buffer sizes up to 16 bytes) let a run of four
//! contiguous elements starting at a multiple of 4 (see `layout`) be one 16-byte access
//! ([`Buffer::read_run`], [`Buffer::write_run`]); one element is component `o & 3` of vector
//! `o >> 2`. For packed arrays a run is one or two whole words, written with plain atomic
//! stores: no other lane of the op writes into them.
//!
//! # Bounds checks
//! A load checks each active lane (`0 <= offset < len`, the length coming from the `params`
//! buffer): a failing lane records the error (status code 1), yields `other` and marks its
//! thread failed. Before any lane of a store or atomic touches memory, every thread checks
//! its active lanes and the workgroup votes ([`super::math::Helper::AnyBad`]); if any lane is
//! out of bounds (or a load failed earlier), the thread owning the lowest such lane records
//! the error and the program stops writing: the op never happens, as in the interpreter
//! (see `access`).

use kernel_core::DType;

use super::layout::Reg;
use super::math::Helpers;
use super::ops::{from_bits, to_bits};

/// The WGSL array type of a buffer parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Storage {
    /// `array<f32>`, `array<i32>` or `array<u32>`: the register type itself.
    Plain(Reg),
    /// `array<atomic<i32>>` (signed) or `array<atomic<u32>>` (u32, and f32 by its bits).
    Atomic32 {
        /// Whether the words are `atomic<i32>` (so `atomicMax`/`atomicMin` compare signed).
        signed: bool,
    },
    /// `array<f16>` (needs `enable f16;`).
    F16,
    /// `array<i64>`, `array<u64>` or `array<f64>`: the 64-bit register type itself, one
    /// element per array element (no runs).
    Plain64(Reg),
    /// `array<atomic<i64>>` (i64) or `array<atomic<u64>>` (u64, and f64 by its bits); needs
    /// `SHADER_INT64_ATOMIC_ALL_OPS`.
    Atomic64 {
        /// Whether the words are `atomic<i64>` (so `atomicMax`/`atomicMin` compare signed).
        signed: bool,
    },
    /// Elements of `bits` bits packed into `u32` words, `atomic<u32>` when written.
    Packed {
        /// 8 or 16.
        bits: u32,
        /// Whether the words are atomics.
        atomic: bool,
    },
}

impl Storage {
    /// The array type for a buffer of `d` that the kernel stores to (`stored`) or must
    /// access atomically (`atomic`: atomics target it, or it carries data between programs).
    pub fn choose(d: DType, stored: bool, atomic: bool, shader_f16: bool) -> Storage {
        match d {
            DType::F32 | DType::U32 if atomic => Storage::Atomic32 { signed: false },
            DType::I32 if atomic => Storage::Atomic32 { signed: true },
            DType::F32 => Storage::Plain(Reg::F32),
            DType::I32 => Storage::Plain(Reg::I32),
            DType::U32 => Storage::Plain(Reg::U32),
            DType::F16 if shader_f16 && !atomic => Storage::F16,
            // The analysis refuses these where the adapter lacks 64-bit atomics.
            DType::I64 if atomic => Storage::Atomic64 { signed: true },
            DType::U64 | DType::F64 if atomic => Storage::Atomic64 { signed: false },
            DType::I64 | DType::U64 | DType::F64 => Storage::Plain64(Reg::of(d)),
            _ => Storage::Packed {
                bits: d.bits().max(8),
                atomic: stored || atomic,
            },
        }
    }

    /// The WGSL element type of the array.
    pub fn wgsl_elem(self) -> &'static str {
        match self {
            Storage::Plain(Reg::I32) => "vec4<i32>",
            Storage::Plain(Reg::U32) => "vec4<u32>",
            Storage::Plain(_) => "vec4<f32>",
            Storage::Atomic32 { signed: true } => "atomic<i32>",
            Storage::Atomic32 { signed: false } => "atomic<u32>",
            Storage::F16 => "vec4<f16>",
            Storage::Plain64(r) => r.wgsl(),
            Storage::Atomic64 { signed: true } => "atomic<i64>",
            Storage::Atomic64 { signed: false } => "atomic<u64>",
            Storage::Packed { atomic: true, .. } => "atomic<u32>",
            Storage::Packed { atomic: false, .. } => "u32",
        }
    }
}

/// Reads and writes of one buffer: the array `name` of type `storage` holding `dtype`.
pub(crate) struct Buffer<'a> {
    /// The WGSL name of the array.
    pub name: &'a str,
    /// Its array type.
    pub storage: Storage,
    /// The pointee dtype.
    pub dtype: DType,
}

impl Storage {
    /// The atomic array's word (an `i32`/`u32`/`i64`/`u64` expression) holding register value
    /// `x` of `reg`: the value itself in signed arrays (i32 in `atomic<i32>`, i64 in
    /// `atomic<i64>`), else its bits.
    pub fn to_atomic(self, reg: Reg, x: &str) -> String {
        match self {
            Storage::Atomic32 { signed: true } | Storage::Atomic64 { signed: true } => {
                x.to_string()
            }
            Storage::Atomic64 { signed: false } => reg.to_u64(x),
            _ => reg.to_word(x),
        }
    }

    /// The register value of `reg` in atomic array word `w` ([`Storage::to_atomic`]).
    pub fn read_atomic(self, reg: Reg, w: &str) -> String {
        match self {
            Storage::Atomic32 { signed: true } | Storage::Atomic64 { signed: true } => {
                w.to_string()
            }
            Storage::Atomic64 { signed: false } => reg.read_u64(w),
            _ => reg.read_word(w),
        }
    }
}

impl Buffer<'_> {
    /// `(word index, bit shift, mask)` of element `o` (a `u32` expression) in a packed array.
    fn packed_at(&self, bits: u32, o: &str) -> (String, String, String) {
        let per_word = 32 / bits;
        let log = per_word.trailing_zeros();
        (
            format!("({o} >> {log}u)"),
            format!("(({o} & {}u) * {bits}u)", per_word - 1),
            format!("{:#x}u", (1u64 << bits) - 1),
        )
    }

    /// The register value of element `o` (a `u32` expression, already bounds-checked).
    pub fn read(&self, o: &str, h: &mut Helpers) -> String {
        let n = self.name;
        match self.storage {
            Storage::Plain(_) => format!("{n}[{o} >> 2u][{o} & 3u]"),
            Storage::Atomic32 { .. } | Storage::Atomic64 { .. } => self
                .storage
                .read_atomic(Reg::of(self.dtype), &format!("atomicLoad(&{n}[{o}])")),
            Storage::F16 => format!("f32({n}[{o} >> 2u][{o} & 3u])"),
            Storage::Plain64(_) => format!("{n}[{o}]"),
            Storage::Packed { bits, atomic } => {
                let (w, sh, mask) = self.packed_at(bits, o);
                let word = if atomic {
                    format!("atomicLoad(&{n}[{w}])")
                } else {
                    format!("{n}[{w}]")
                };
                from_bits(self.dtype, &format!("(({word} >> {sh}) & {mask})"), h)
            }
        }
    }

    /// Statements writing register value `x` to element `o` (`u32`, bounds-checked).
    pub fn write(&self, o: &str, x: &str, h: &mut Helpers) -> String {
        let n = self.name;
        match self.storage {
            Storage::Plain(_) => format!("{n}[{o} >> 2u][{o} & 3u] = {x};"),
            Storage::Atomic32 { .. } | Storage::Atomic64 { .. } => {
                let w = self.storage.to_atomic(Reg::of(self.dtype), x);
                format!("atomicStore(&{n}[{o}], {w});")
            }
            // The register holds an exact f16 value, so the conversion is exact.
            Storage::F16 => format!("{n}[{o} >> 2u][{o} & 3u] = f16({x});"),
            Storage::Plain64(_) => format!("{n}[{o}] = {x};"),
            Storage::Packed { bits, .. } => {
                let (w, sh, mask) = self.packed_at(bits, o);
                let b = to_bits(self.dtype, x, h);
                format!(
                    "{{ let wi = {w}; let sh = {sh}; let nb = ({b}) << sh; \
                     let keep = ~({mask} << sh); \
                     loop {{ let old = atomicLoad(&{n}[wi]); \
                     if (atomicCompareExchangeWeak(&{n}[wi], old, (old & keep) | nb).exchanged) \
                     {{ break; }} }} }}"
                )
            }
        }
    }

    /// Whether runs of four elements can be read and written whole.
    pub fn has_runs(&self) -> bool {
        !matches!(
            self.storage,
            Storage::Atomic32 { .. } | Storage::Atomic64 { .. } | Storage::Plain64(_)
        )
    }

    /// A run of four elements from `p` (a `u32` expression, a multiple of 4, bounds-checked):
    /// the statements reading it and the four elements' register expressions; `None` for
    /// arrays of atomics.
    pub fn read_run(&self, p: &str, h: &mut Helpers) -> Option<(String, [String; 4])> {
        let n = self.name;
        let d = self.dtype;
        match self.storage {
            Storage::Plain(_) => Some((
                format!("let w = {n}[{p} >> 2u];"),
                ["w.x", "w.y", "w.z", "w.w"].map(str::to_string),
            )),
            Storage::F16 => Some((
                format!("let w = {n}[{p} >> 2u];"),
                ["w.x", "w.y", "w.z", "w.w"].map(|c| format!("f32({c})")),
            )),
            Storage::Packed { bits, atomic } => {
                let word = |i: &str| {
                    if atomic {
                        format!("atomicLoad(&{n}[{i}])")
                    } else {
                        format!("{n}[{i}]")
                    }
                };
                if bits == 16 {
                    let setup = format!(
                        "let w0 = {}; let w1 = {};",
                        word(&format!("{p} >> 1u")),
                        word(&format!("({p} >> 1u) + 1u"))
                    );
                    let xs = [
                        "(w0 & 0xffffu)",
                        "(w0 >> 16u)",
                        "(w1 & 0xffffu)",
                        "(w1 >> 16u)",
                    ]
                    .map(|b| from_bits(d, b, h));
                    Some((setup, xs))
                } else {
                    let setup = format!("let w0 = {};", word(&format!("{p} >> 2u")));
                    let xs = [
                        "(w0 & 0xffu)",
                        "((w0 >> 8u) & 0xffu)",
                        "((w0 >> 16u) & 0xffu)",
                        "(w0 >> 24u)",
                    ]
                    .map(|b| from_bits(d, b, h));
                    Some((setup, xs))
                }
            }
            Storage::Atomic32 { .. } | Storage::Atomic64 { .. } | Storage::Plain64(_) => None,
        }
    }

    /// Statements writing the registers `xs` to the run of four elements from `p` (a `u32`
    /// expression, a multiple of 4, bounds-checked); `None` for arrays of atomics.
    pub fn write_run(&self, p: &str, xs: &[String; 4], h: &mut Helpers) -> Option<String> {
        let n = self.name;
        let d = self.dtype;
        match self.storage {
            Storage::Plain(r) => Some(format!(
                "{n}[{p} >> 2u] = vec4<{}>({}, {}, {}, {});",
                r.wgsl(),
                xs[0],
                xs[1],
                xs[2],
                xs[3]
            )),
            // The registers hold exact f16 values, so the conversions are exact.
            Storage::F16 => Some(format!(
                "{n}[{p} >> 2u] = vec4<f16>(f16({}), f16({}), f16({}), f16({}));",
                xs[0], xs[1], xs[2], xs[3]
            )),
            Storage::Packed { bits, atomic } => {
                let mask = (1u64 << bits) - 1;
                let b: Vec<String> = xs
                    .iter()
                    .map(|x| format!("({} & {mask:#x}u)", to_bits(d, x, h)))
                    .collect();
                let put = |i: &str, w: &str| {
                    if atomic {
                        format!("atomicStore(&{n}[{i}], {w});")
                    } else {
                        format!("{n}[{i}] = {w};")
                    }
                };
                Some(if bits == 16 {
                    format!(
                        "{} {}",
                        put(
                            &format!("{p} >> 1u"),
                            &format!("{} | ({} << 16u)", b[0], b[1])
                        ),
                        put(
                            &format!("({p} >> 1u) + 1u"),
                            &format!("{} | ({} << 16u)", b[2], b[3])
                        )
                    )
                } else {
                    put(
                        &format!("{p} >> 2u"),
                        &format!(
                            "{} | ({} << 8u) | ({} << 16u) | ({} << 24u)",
                            b[0], b[1], b[2], b[3]
                        ),
                    )
                })
            }
            Storage::Atomic32 { .. } | Storage::Atomic64 { .. } | Storage::Plain64(_) => None,
        }
    }

    /// Statements performing a read-modify-write of element `o` with the new value computed
    /// by `combine(current)` (register expressions), leaving the previous value in the
    /// register variable `old` (declared by the caller). A compare-exchange loop on the
    /// containing word, so it works for every dtype and array type.
    pub fn rmw_cas_loop(
        &self,
        o: &str,
        combine: &dyn Fn(&str) -> String,
        h: &mut Helpers,
    ) -> String {
        let n = self.name;
        let reg = Reg::of(self.dtype);
        match self.storage {
            Storage::Atomic32 { .. } | Storage::Atomic64 { .. } => {
                let cur = self.storage.read_atomic(reg, "w");
                let new_w = self.storage.to_atomic(reg, &combine("cur"));
                format!(
                    "loop {{ let w = atomicLoad(&{n}[{o}]); let cur = {cur}; \
                     if (atomicCompareExchangeWeak(&{n}[{o}], w, {new_w}).exchanged) \
                     {{ old = cur; break; }} }}"
                )
            }
            Storage::Packed { bits, .. } => {
                let (w, sh, mask) = self.packed_at(bits, o);
                let cur = from_bits(self.dtype, &format!("((w >> sh) & {mask})"), h);
                let new_b = to_bits(self.dtype, &combine("cur"), h);
                format!(
                    "{{ let wi = {w}; let sh = {sh}; let keep = ~({mask} << sh); \
                     loop {{ let w = atomicLoad(&{n}[wi]); let cur = {cur}; \
                     let nw = (w & keep) | (({new_b}) << sh); \
                     if (atomicCompareExchangeWeak(&{n}[wi], w, nw).exchanged) \
                     {{ old = cur; break; }} }} }}"
                )
            }
            // Not atomic arrays: `Storage::choose` never gives these to an atomic target.
            Storage::Plain(_) | Storage::F16 | Storage::Plain64(_) => {
                format!("old = {};", self.read(o, h))
            }
        }
    }

    /// Statements for a compare-and-swap of element `o`: where its bits equal those of
    /// register `cmp`, write register `new`; leave the previous value in `old`.
    pub fn cas(&self, o: &str, cmp: &str, new: &str, h: &mut Helpers) -> String {
        let n = self.name;
        let reg = Reg::of(self.dtype);
        match self.storage {
            Storage::Atomic32 { .. } | Storage::Atomic64 { .. } => {
                let s = self.storage;
                let (c, v, old) = (
                    s.to_atomic(reg, cmp),
                    s.to_atomic(reg, new),
                    s.read_atomic(reg, "r.old_value"),
                );
                format!(
                    "{{ let cw = {c}; let nw = {v}; loop {{ \
                     let r = atomicCompareExchangeWeak(&{n}[{o}], cw, nw); \
                     if (r.exchanged || r.old_value != cw) {{ old = {old}; break; }} }} }}"
                )
            }
            Storage::Packed { bits, .. } => {
                let (w, sh, mask) = self.packed_at(bits, o);
                let cb = to_bits(self.dtype, cmp, h);
                let nb = to_bits(self.dtype, new, h);
                let cur = from_bits(self.dtype, "cb_old", h);
                format!(
                    "{{ let wi = {w}; let sh = {sh}; let keep = ~({mask} << sh); \
                     let cb = {cb}; let nb = {nb}; \
                     loop {{ let w = atomicLoad(&{n}[wi]); let cb_old = (w >> sh) & {mask}; \
                     if (cb_old != cb) {{ old = {cur}; break; }} \
                     if (atomicCompareExchangeWeak(&{n}[wi], w, (w & keep) | (nb << sh)).exchanged) \
                     {{ old = {cur}; break; }} }} }}"
                )
            }
            Storage::Plain(_) | Storage::F16 | Storage::Plain64(_) => {
                format!("old = {};", self.read(o, h))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_follows_use() {
        assert_eq!(
            Storage::choose(DType::F32, true, false, false),
            Storage::Plain(Reg::F32)
        );
        assert_eq!(
            Storage::choose(DType::I32, false, true, false),
            Storage::Atomic32 { signed: true }
        );
        assert_eq!(Storage::choose(DType::F16, true, false, true), Storage::F16);
        assert_eq!(
            Storage::choose(DType::F16, true, false, false),
            Storage::Packed {
                bits: 16,
                atomic: true
            }
        );
        assert_eq!(
            Storage::choose(DType::Bool, false, false, true),
            Storage::Packed {
                bits: 8,
                atomic: false
            }
        );
    }
}
