//! A stand-in for `mma.rs` (the tensor-core helper written in parallel), with its exact
//! interface, so that the `dot` glue in `exchange` is compiled and tested before the real
//! module lands; delete this file and switch `mod mma_stub` to `mod mma` then.
//!
//! It is deliberately simple: `mma.sync.aligned.m16n8k16` (sm_80+) on 16×8 output tiles dealt
//! round-robin to the warps, fragments loaded from shared memory with plain 16-bit reads.

use kernel_core::DType;

/// A tensor-core plan for one `dot` shape (see `mma.rs`).
pub(crate) struct MmaPlan {
    m: u32,
    n: u32,
    k: u32,
    bf16: bool,
    warps: u32,
}

impl MmaPlan {
    /// `None` when the shape, dtype or architecture is not eligible.
    pub fn new(m: u32, n: u32, k: u32, dtype: DType, num_warps: u32, arch: u32) -> Option<MmaPlan> {
        let tiles = (m / 16) * (n / 8);
        let ok = arch >= 80
            && matches!(dtype, DType::F16 | DType::BF16)
            && m.is_multiple_of(16)
            && n.is_multiple_of(8)
            && k.is_multiple_of(16)
            && m > 0
            && n > 0
            && k > 0
            && tiles.is_multiple_of(num_warps);
        ok.then_some(MmaPlan {
            m,
            n,
            k,
            bf16: dtype == DType::BF16,
            warps: num_warps,
        })
    }

    fn tiles_per_warp(&self) -> u32 {
        (self.m / 16) * (self.n / 8) / self.warps
    }

    /// f32 accumulator registers per thread.
    pub fn frag_len(&self) -> u32 {
        4 * self.tiles_per_warp()
    }

    /// Row pitch of A (`[M][K]`) in shared memory, in elements.
    pub fn a_pitch(&self) -> u32 {
        self.k + 8
    }

    /// Row pitch of B (`[K][N]`) in shared memory, in elements.
    pub fn b_pitch(&self) -> u32 {
        self.n + 8
    }

    /// Bytes of the A staging area.
    pub fn a_bytes(&self) -> u32 {
        (self.m * self.a_pitch() * 2).div_ceil(16) * 16
    }

    /// Bytes of both staging areas.
    pub fn smem_bytes(&self) -> u32 {
        self.a_bytes() + self.k * self.b_pitch() * 2
    }

    /// Row and column in the accumulator of fragment register `r` of thread `tid`.
    pub fn frag_coord(&self, tid: &str, r: u32) -> (String, String) {
        let (j, q) = (r / 4, r % 4);
        let nt = self.n / 8;
        let t = format!("(({tid} >> 5) + {})", j * self.warps);
        let row = format!(
            "(({t} / {nt}) * 16 + (({tid} & 31) >> 2) + {})",
            if q >= 2 { 8 } else { 0 }
        );
        let col = format!("(({t} % {nt}) * 8 + ({tid} & 3) * 2 + {})", q & 1);
        (row, col)
    }

    /// Statements doing `frag += A·B` with `mma.sync`.
    pub fn emit_mma(&self, out: &mut String, frag: &str, a: &str, b: &str, tid: &str) {
        let (ap, bp) = (self.a_pitch(), self.b_pitch());
        let ty = if self.bf16 { "bf16" } else { "f16" };
        let nt = self.n / 8;
        out.push_str(&format!(
            "const int ox_w = {tid} >> 5, ox_g = ({tid} & 31) >> 2, ox_t = {tid} & 3;\n\
             #pragma unroll\n\
             for (int j = 0; j < {tpw}; ++j) {{\n\
             const int t = ox_w + j * {w}, tr = t / {nt}, tc = t % {nt};\n\
             #pragma unroll 4\n\
             for (int kk = 0; kk < {k}; kk += 16) {{\n\
             const unsigned short* pa = {a} + (tr * 16 + ox_g) * {ap} + kk + ox_t * 2;\n\
             const unsigned short* pb = {b} + (kk + ox_t * 2) * {bp} + tc * 8 + ox_g;\n\
             const unsigned a0 = pa[0] | ((unsigned)pa[1] << 16);\n\
             const unsigned a1 = pa[8 * {ap}] | ((unsigned)pa[8 * {ap} + 1] << 16);\n\
             const unsigned a2 = pa[8] | ((unsigned)pa[9] << 16);\n\
             const unsigned a3 = pa[8 * {ap} + 8] | ((unsigned)pa[8 * {ap} + 9] << 16);\n\
             const unsigned b0 = pb[0] | ((unsigned)pb[{bp}] << 16);\n\
             const unsigned b1 = pb[8 * {bp}] | ((unsigned)pb[9 * {bp}] << 16);\n\
             asm volatile(\"mma.sync.aligned.m16n8k16.row.col.f32.{ty}.{ty}.f32 \
             {{%0,%1,%2,%3}}, {{%4,%5,%6,%7}}, {{%8,%9}}, {{%0,%1,%2,%3}};\" \
             : \"+f\"({frag}[j * 4]), \"+f\"({frag}[j * 4 + 1]), \"+f\"({frag}[j * 4 + 2]), \
             \"+f\"({frag}[j * 4 + 3]) \
             : \"r\"(a0), \"r\"(a1), \"r\"(a2), \"r\"(a3), \"r\"(b0), \"r\"(b1));\n\
             }}\n\
             }}\n",
            tpw = self.tiles_per_warp(),
            w = self.warps,
            k = self.k,
        ));
    }
}
