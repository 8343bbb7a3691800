//! Reading `cuobjdump -sass` / `cuobjdump -res-usage` text: instructions, resource usage,
//! loops, and the measures of the main loop. A port of the rules of the sass-parity study's
//! `sass_stats.py`, without its trip-count simulation (see [`measure`]).

use std::collections::BTreeMap;

/// One SASS instruction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inst {
    /// Its byte offset in the function.
    pub addr: u32,
    /// The guard (`@P0`, `@!P1`, `@!PT`), if any.
    pub pred: Option<String>,
    /// The opcode without modifiers (`HGMMA`, `LDGSTS`, `BRA`).
    pub op: String,
    /// The dot-separated modifiers (`["64x256x16", "F32"]`).
    pub mods: Vec<String>,
    /// The operand text.
    pub operands: String,
}

impl Inst {
    fn new(addr: u32, text: &str) -> Inst {
        let mut t = text.trim();
        let mut pred = None;
        if t.starts_with('@') {
            let (p, rest) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
            pred = Some(p.to_string());
            t = rest.trim();
        }
        let (opfull, rest) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
        let mut parts = opfull.split('.');
        let op = parts.next().unwrap_or_default().to_string();
        Inst {
            addr,
            pred,
            op,
            mods: parts.map(str::to_string).collect(),
            operands: rest.trim().to_string(),
        }
    }

    /// A `@!PT` placeholder: never executed, counted as nothing.
    fn never(&self) -> bool {
        self.pred.as_deref() == Some("@!PT")
    }

    /// Guarded by a predicate other than `PT`.
    fn conditional(&self) -> bool {
        matches!(self.pred.as_deref(), Some(p) if p != "@PT")
    }

    /// The target of a `BRA`/`JMP` with an immediate address.
    fn branch_target(&self) -> Option<u32> {
        if self.op != "BRA" && self.op != "JMP" {
            return None;
        }
        let last = self.operands.rsplit([' ', ',']).next()?.trim();
        u32::from_str_radix(last.strip_prefix("0x")?, 16).ok()
    }

    /// The access width in bits of a load/store (`.128`, `.64`, `.U16`...; 32 by default).
    fn width(&self) -> u32 {
        for m in &self.mods {
            match m.as_str() {
                "128" => return 128,
                "64" => return 64,
                "32" => return 32,
                "U16" | "S16" => return 16,
                "U8" | "S8" => return 8,
                _ => {}
            }
        }
        32
    }

    fn global_access(&self) -> bool {
        matches!(
            self.op.as_str(),
            "LDG" | "STG" | "LDGSTS" | "UTMALDG" | "UTMASTG" | "UBLKCP"
        )
    }
}

/// A tensor-core instruction's kind (`HGMMA.64x256x16`, `HMMA.16816`: the opcode and its
/// shape) and the FLOPs one warp issues with it (a warpgroup `HGMMA` is a quarter of its
/// shape's), or `None` for any other instruction.
pub fn mma(inst: &Inst) -> Option<(String, u64)> {
    let shape = inst.mods.first().map_or("", String::as_str);
    let kind = format!("{}.{shape}", inst.op);
    match inst.op.as_str() {
        "HGMMA" | "IGMMA" | "QGMMA" => {
            let dims: Vec<u64> = shape.split('x').filter_map(|d| d.parse().ok()).collect();
            let flops = match dims.as_slice() {
                [m, n, k] => 2 * m * n * k / 4,
                _ => 0,
            };
            Some((kind, flops))
        }
        "HMMA" | "IMMA" | "DMMA" | "BMMA" => {
            let (m, n, k) = match shape {
                "16816" => (16, 8, 16),
                "1688" => (16, 8, 8),
                "16832" => (16, 8, 32),
                "884" => (8, 8, 4),
                "8816" => (8, 8, 16),
                "8832" => (8, 8, 32),
                _ => (0, 0, 0),
            };
            Some((kind, 2 * m * n * k))
        }
        _ => None,
    }
}

/// Every function of `cuobjdump -sass` output, in order, with its instructions.
pub fn parse_sass(text: &str) -> Vec<(String, Vec<Inst>)> {
    let mut funcs: Vec<(String, Vec<Inst>)> = Vec::new();
    for line in text.lines() {
        if let Some(pos) = line.find("Function : ") {
            let name = line[pos + "Function : ".len()..].trim();
            funcs.push((name.to_string(), Vec::new()));
            continue;
        }
        // `/*0af0*/   @!P0 BRA 0x1230 ;   /* 0x... */`: an address of 4+ hex digits right
        // after `/*` (the encoding comments have `/* 0x`), then the text up to `;`.
        let Some(start) = line.find("/*") else {
            continue;
        };
        let rest = &line[start + 2..];
        let Some(end) = rest.find("*/") else { continue };
        let addr = &rest[..end];
        if addr.len() < 4 || !addr.bytes().all(|b| b.is_ascii_hexdigit()) {
            continue;
        }
        let body = &rest[end + 2..];
        let Some(semi) = body.find(';') else { continue };
        let (Ok(addr), Some((_, insts))) = (u32::from_str_radix(addr, 16), funcs.last_mut()) else {
            continue;
        };
        insts.push(Inst::new(addr, &body[..semi]));
    }
    funcs
}

/// A function's resources from `cuobjdump -res-usage`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Resources {
    /// Registers per thread.
    pub regs: u32,
    /// Stack frame bytes per thread (spills live there).
    pub stack: u32,
    /// Static shared memory bytes (on sm_90 it includes the 1 KiB per-block reservation).
    pub shared: u32,
    /// Local memory bytes per thread.
    pub local: u32,
}

/// Every function's resources in `cuobjdump -res-usage` output.
pub fn parse_res_usage(text: &str) -> Vec<(String, Resources)> {
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    for line in text.lines() {
        let t = line.trim();
        if let Some(name) = t
            .strip_prefix("Function ")
            .and_then(|n| n.strip_suffix(':'))
        {
            cur = Some(name.trim().to_string());
            continue;
        }
        if t.contains("REG:") {
            let Some(name) = cur.take() else { continue };
            let mut r = Resources::default();
            for field in t.split_whitespace() {
                let Some((k, v)) = field.split_once(':') else {
                    continue;
                };
                let Ok(v) = v.parse() else { continue };
                match k {
                    "REG" => r.regs = v,
                    "STACK" => r.stack = v,
                    "SHARED" => r.shared = v,
                    "LOCAL" => r.local = v,
                    _ => {}
                }
            }
            out.push((name, r));
        }
    }
    out
}

/// A loop: a backward branch (`tail`, its index) to `head` (its index). Indices into the
/// function's instruction list, both inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Loop {
    pub head: usize,
    pub tail: usize,
}

impl Loop {
    fn contains(&self, other: &Loop) -> bool {
        self.head <= other.head && other.tail <= self.tail && self != other
    }
}

/// Every loop: one per distinct backward `BRA`/`JMP` span, ordered by head then tail. A
/// span holding an `EXIT` is not a loop: ptxas places retry stubs (mbarrier waits) after
/// the kernel's end and branches back from them.
pub fn find_loops(insts: &[Inst]) -> Vec<Loop> {
    let index = |addr: u32| insts.iter().position(|i| i.addr == addr);
    let mut loops = Vec::new();
    for (tail, inst) in insts.iter().enumerate() {
        let Some(target) = inst.branch_target() else {
            continue;
        };
        if target >= inst.addr {
            continue;
        }
        let Some(head) = index(target) else { continue };
        if insts[head..tail].iter().any(|i| i.op == "EXIT") {
            continue;
        }
        loops.push(Loop { head, tail });
    }
    loops.sort_by_key(|l| (l.head, l.tail));
    loops.dedup();
    loops
}

/// The main loop: the outermost loop holding tensor-core instructions (the most of them; the
/// shorter on a tie, e.g. causal attention's off-band loop beside its diagonal one), else
/// the outermost loop with the most global-memory accesses, else `None` (a loop-free kernel).
pub fn main_loop(insts: &[Inst], loops: &[Loop]) -> Option<Loop> {
    let count = |l: &Loop, f: &dyn Fn(&Inst) -> bool| {
        insts[l.head..=l.tail].iter().filter(|i| f(i)).count()
    };
    let outermost = |cands: Vec<Loop>| -> Vec<Loop> {
        cands
            .iter()
            .filter(|l| !cands.iter().any(|o| o.contains(l)))
            .copied()
            .collect()
    };
    let is_mma = |i: &Inst| mma(i).is_some();
    let with_mma = outermost(
        loops
            .iter()
            .filter(|l| count(l, &is_mma) > 0)
            .copied()
            .collect(),
    );
    if let Some(best) = with_mma.iter().map(|l| count(l, &is_mma)).max() {
        return with_mma
            .into_iter()
            .filter(|l| count(l, &is_mma) == best)
            .min_by_key(|l| l.tail - l.head);
    }
    let is_gmem = |i: &Inst| i.global_access();
    let with_mem = outermost(
        loops
            .iter()
            .filter(|l| count(l, &is_gmem) > 0)
            .copied()
            .collect(),
    );
    // The first of the largest on a tie (max_by_key would take the last).
    let most = with_mem.iter().map(|l| count(l, &is_gmem)).max()?;
    with_mem.into_iter().find(|l| count(l, &is_gmem) == most)
}

/// What a path through a region counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Instructions (`@!PT` placeholders excluded).
    pub insts: u32,
    /// Tensor-core instructions by kind.
    pub mma: BTreeMap<String, u32>,
    /// `LDGSTS` (cp.async) instructions.
    pub ldgsts: u32,
    /// Tensor-core FLOPs one warp issues.
    pub flops: u64,
    /// Bytes of 128-bit or asynchronous copies.
    pub bytes: u64,
    /// Barriers (`BAR`, `SYNCS`).
    pub barriers: u32,
}

impl Counts {
    fn add(&mut self, i: &Inst) {
        if i.never() {
            return;
        }
        self.insts += 1;
        if let Some((kind, flops)) = mma(i) {
            *self.mma.entry(kind).or_default() += 1;
            self.flops += flops;
        }
        match i.op.as_str() {
            "LDGSTS" => {
                self.ldgsts += 1;
                self.bytes += u64::from(i.width() / 8);
            }
            "UTMALDG" | "UTMASTG" | "UBLKCP" => self.bytes += 1024,
            "LDG" | "STG" if i.width() == 128 => self.bytes += 16,
            "BAR" | "SYNCS" => self.barriers += 1,
            _ => {}
        }
    }

    fn merge(&mut self, o: &Counts) {
        self.insts += o.insts;
        for (k, v) in &o.mma {
            *self.mma.entry(k.clone()).or_default() += v;
        }
        self.ldgsts += o.ldgsts;
        self.flops += o.flops;
        self.bytes += o.bytes;
        self.barriers += o.barriers;
    }

    /// The hot-path order: the most essential work (tensor-core FLOPs, then vector or
    /// asynchronous copy bytes, then barriers), then the fewest instructions.
    fn score(&self) -> (u64, u64, u32, std::cmp::Reverse<u32>) {
        (
            self.flops,
            self.bytes,
            self.barriers,
            std::cmp::Reverse(self.insts),
        )
    }
}

/// The measures of a kernel's main loop (or of the whole kernel when it has none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Measure {
    /// The main loop (`None`: the kernel is measured whole).
    pub main: Option<Loop>,
    /// Every instruction of the region once (`@!PT` placeholders excluded; inner loops once).
    pub all: Counts,
    /// The hot path of one iteration (or one pass of a loop-free kernel).
    pub hot: Counts,
}

/// Measures the main loop of `insts` (see [`main_loop`]); a kernel without one is measured
/// whole. Two counts:
///
/// * `all`: every instruction between the loop's head and its back edge (static count);
/// * `hot`: the hot path through one iteration, as `sass_stats.py` picks it: among the
///   forward paths from the head to the back edge, the one doing the most essential work
///   (tensor-core FLOPs, then bytes of 128-bit or asynchronous copies, then barriers), and of
///   those the shortest. So a run-time fallback (an element-wise arm beside the 16-byte
///   access, a NaN-preserving conversion beside the plain one) is not counted, and no path
///   that skips a copy or an MMA is chosen. Unlike `sass_stats.py`, an inner loop counts
///   once (its own hot path), not its trip count times: the bench kernels' main loops have
///   no counted inner loops today (inner loops would be retry loops of waits).
pub fn measure(insts: &[Inst]) -> Measure {
    let loops = find_loops(insts);
    let main = main_loop(insts, &loops);
    let region = main.unwrap_or(Loop {
        head: 0,
        tail: insts.len().saturating_sub(1),
    });
    let mut all = Counts::default();
    for i in insts.get(region.head..=region.tail).unwrap_or_default() {
        all.add(i);
    }
    let hot = hot_path(insts, &loops, region, main.is_some());
    Measure { main, all, hot }
}

/// The hot path through `region` (see [`measure`]): a dynamic program over its instructions
/// in address order, forward branches only (the code of a loop body is a DAG once its back
/// edge and inner loops are taken out). `is_loop`: the region is a loop, whose paths end at
/// its back edge; otherwise they end at an `EXIT`. Inner loops directly inside it count as
/// their own hot path, once.
fn hot_path(insts: &[Inst], loops: &[Loop], region: Loop, is_loop: bool) -> Counts {
    if insts.is_empty() {
        return Counts::default();
    }
    let body = &insts[region.head..=region.tail];
    let n = body.len();
    // Loops directly inside the region (no other inner loop around them); the largest one
    // where several share a head.
    let inner: Vec<Loop> = loops
        .iter()
        .filter(|l| {
            region.contains(l) && !loops.iter().any(|o| region.contains(o) && o.contains(l))
        })
        .copied()
        .collect();
    let child_at = |k: usize| {
        inner
            .iter()
            .filter(|l| l.head == region.head + k)
            .max_by_key(|l| l.tail)
            .copied()
    };
    let index = |addr: u32| body.iter().position(|i| i.addr == addr);
    let mut best: Vec<Option<Counts>> = vec![None; n];
    best[0] = Some(Counts::default());
    let mut finals: Vec<Counts> = Vec::new();
    let relax = |best: &mut Vec<Option<Counts>>, finals: &mut Vec<Counts>, j: usize, c: Counts| {
        if j >= n {
            finals.push(c);
        } else if best[j].as_ref().is_none_or(|b| c.score() > b.score()) {
            best[j] = Some(c);
        }
    };
    for k in 0..n {
        let Some(cur) = best[k].take() else { continue };
        if let Some(child) = child_at(k).filter(|_| !(is_loop && k == 0)) {
            let mut c = cur.clone();
            c.merge(&hot_path(insts, loops, child, true));
            relax(&mut best, &mut finals, child.tail - region.head + 1, c);
            best[k] = Some(cur);
            continue;
        }
        let i = &body[k];
        let mut c = cur.clone();
        c.add(i);
        best[k] = Some(cur);
        if is_loop && k == n - 1 {
            finals.push(c);
            continue;
        }
        match (i.op.as_str(), i.branch_target()) {
            ("BRA" | "JMP", Some(t)) => {
                // Forward within the region: a path; backward or out of it: not one.
                match index(t) {
                    Some(j) if t > i.addr => relax(&mut best, &mut finals, j, c.clone()),
                    _ => {}
                }
                if i.conditional() {
                    relax(&mut best, &mut finals, k + 1, c);
                }
            }
            ("EXIT", _) => {
                if i.conditional() {
                    relax(&mut best, &mut finals, k + 1, c.clone());
                }
                finals.push(c);
            }
            ("BRX" | "JMX" | "RET", _) => finals.push(c),
            _ => relax(&mut best, &mut finals, k + 1, c),
        }
    }
    finals
        .into_iter()
        .max_by_key(Counts::score)
        .unwrap_or_default()
}

/// Spill traffic: `LDL`/`STL` instructions anywhere in the function.
pub fn spill_insts(insts: &[Inst]) -> usize {
    insts
        .iter()
        .filter(|i| !i.never() && (i.op == "LDL" || i.op == "STL"))
        .count()
}

/// Global stores (`STG`) of the whole function: (128-bit ones, all of them).
pub fn global_stores(insts: &[Inst]) -> (usize, usize) {
    let stg: Vec<&Inst> = insts
        .iter()
        .filter(|i| !i.never() && i.op == "STG")
        .collect();
    let wide = stg
        .iter()
        .filter(|i| i.mods.iter().any(|m| m == "128"))
        .count();
    (wide, stg.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A cut-down `cuobjdump -sass` listing: a prologue, a main loop holding two HGMMAs, an
    /// inner wait loop, a scalar fallback arm (taken on a predicate, skipping a 128-bit
    /// copy), a `@!PT` placeholder, and a retry stub after the `EXIT` that branches back.
    const SAMPLE: &str = "
	code for sm_90a
		Function : matmul_f16_kernel
	.headerflags	@\"EF_CUDA_TEXMODE_UNIFIED EF_CUDA_64BIT_ADDRESS EF_CUDA_SM90 EF_CUDA_VIRTUAL_SM(EF_CUDA_SM90)\"
        /*0000*/                   LDC R1, c[0x0][0x28] ;                           /* 0x00000a00ff017b82 */
                                                                                    /* 0x000fe40000000800 */
        /*0010*/                   S2R R0, SR_TID.X ;                               /* 0x0000000000007919 */
        /*0020*/                   MOV R2, RZ ;                                     /* 0x000000ff00027202 */
        /*0030*/                   LDGSTS.E.BYPASS.LTC128B.128 [R3], desc[UR4][R4.64] ;  /* 0x0000000004037fae */
.L_x_0:
        /*0040*/                   LDGSTS.E.BYPASS.LTC128B.128 [R3+0x800], desc[UR4][R6.64] ;  /* 0x0000080006037fae */
        /*0050*/              @!P0 BRA 0x90 ;                                       /* 0x0000000000008947 */
        /*0060*/                   LDG.E.U16 R8, desc[UR4][R6.64] ;                 /* 0x0000000406087981 */
        /*0070*/                   LDG.E.U16 R9, desc[UR4][R6.64+0x2] ;             /* 0x0000020406097981 */
        /*0080*/                   STS.U16 [R3], R8 ;                               /* 0x0000000803007388 */
.L_x_1:
        /*0090*/                   SYNCS.PHASECHK.TRANS64.TRYWAIT P1, [UR8], R10 ;   /* 0x0000000aff0075a7 */
        /*00a0*/              @!P1 BRA 0x90 ;                                       /* 0x0000000000fc9947 */
        /*00b0*/                   WARPGROUP.ARRIVE ;                               /* 0x0000000000007948 */
        /*00c0*/                   HGMMA.64x256x16.F32 R24, gdesc[UR8], R24 ;       /* 0x0c200008001879f0 */
        /*00d0*/                   HGMMA.64x256x16.F32 R24, gdesc[UR12], R24, gsb0 ; /* 0x0c2000080c1879f0 */
        /*00e0*/              @!PT LDS RZ, [RZ] ;                                   /* 0x00000000fffff984 */
        /*00f0*/                   IADD3 R2, R2, 0x1, RZ ;                          /* 0x0000000102027810 */
        /*0100*/                   ISETP.NE.AND P2, PT, R2, 0x40, PT ;               /* 0x000000400200780c */
        /*0110*/               @P2 BRA 0x40 ;                                       /* 0x0000000000c82947 */
        /*0120*/                   STG.E.128 desc[UR4][R10.64], R24 ;               /* 0x000000180a007986 */
        /*0130*/                   EXIT ;                                           /* 0x000000000000794d */
.L_x_2:
        /*0140*/                   SYNCS.PHASECHK.TRANS64 P1, [UR8], R10 ;          /* 0x0000000aff0075a7 */
        /*0150*/              @!P1 BRA 0x140 ;                                      /* 0x0000000000fc9947 */
        /*0160*/                   BRA 0x90 ;                                       /* 0x0000000000c87947 */
        /*0170*/                   BRA 0x170;                                       /* 0xfffffffc00fc7947 */
		..........
";

    const RES_USAGE: &str = "
Resource usage:
 Common:
  GLOBAL:0
 Function matmul_f16_kernel:
  REG:168 STACK:16 SHARED:1024 LOCAL:0 CONSTANT[0]:616 TEXTURE:0 SURFACE:0 SAMPLER:0
";

    fn sample() -> Vec<Inst> {
        let mut funcs = parse_sass(SAMPLE);
        assert_eq!(funcs.len(), 1);
        let (name, insts) = funcs.remove(0);
        assert_eq!(name, "matmul_f16_kernel");
        insts
    }

    #[test]
    fn parses_instructions() {
        let insts = sample();
        // 24 instructions; the encoding lines and labels are not instructions.
        assert_eq!(insts.len(), 24);
        assert_eq!(insts[0].addr, 0);
        assert_eq!(insts[0].op, "LDC");
        let hg = &insts[12];
        assert_eq!((hg.addr, hg.op.as_str()), (0xc0, "HGMMA"));
        assert_eq!(hg.mods, ["64x256x16", "F32"]);
        assert_eq!(hg.operands, "R24, gdesc[UR8], R24");
        assert_eq!(
            mma(hg),
            Some(("HGMMA.64x256x16".to_string(), 2 * 64 * 256 * 16 / 4))
        );
        let bra = &insts[10];
        assert_eq!(bra.pred.as_deref(), Some("@!P1"));
        assert_eq!(bra.branch_target(), Some(0x90));
        assert_eq!(insts[3].width(), 128);
        assert_eq!(insts[6].width(), 16);
        assert_eq!(insts[5].branch_target(), Some(0x90));
        // A branch to a label (nvdisasm's form, no immediate address) has no target.
        assert_eq!(Inst::new(0, "BRA `(.L_x_1)").branch_target(), None);
        assert!(insts[14].never());
    }

    #[test]
    fn parses_resource_usage() {
        let r = parse_res_usage(RES_USAGE);
        assert_eq!(
            r,
            [(
                "matmul_f16_kernel".to_string(),
                Resources {
                    regs: 168,
                    stack: 16,
                    shared: 1024,
                    local: 0
                }
            )]
        );
    }

    #[test]
    fn finds_loops_but_not_retry_stubs() {
        let insts = sample();
        let loops = find_loops(&insts);
        // The main loop 0x40..0x110, the wait loop 0x90..0xa0 and the retry loop
        // 0x140..0x150; not the stub's branch from 0x160 back to 0x90 (it spans the EXIT),
        // nor the self-branch at 0x170 (ptxas's end-of-code trap).
        let spans: Vec<(u32, u32)> = loops
            .iter()
            .map(|l| (insts[l.head].addr, insts[l.tail].addr))
            .collect();
        assert_eq!(spans, [(0x40, 0x110), (0x90, 0xa0), (0x140, 0x150)]);
        let main = main_loop(&insts, &loops).expect("a main loop");
        assert_eq!(
            (insts[main.head].addr, insts[main.tail].addr),
            (0x40, 0x110)
        );
    }

    #[test]
    fn counts_the_main_loop() {
        let insts = sample();
        let m = measure(&insts);
        // 0x40..=0x110 is 14 instructions, one a @!PT placeholder.
        assert_eq!(m.all.insts, 13);
        assert_eq!(m.all.ldgsts, 1);
        assert_eq!(m.all.mma.get("HGMMA.64x256x16"), Some(&2));
        // The hot path skips the element-wise fallback arm 0x60..0x80 (the branch at 0x50
        // passes the same FLOPs and copies in 3 fewer instructions), and counts the inner
        // wait loop once.
        assert_eq!(m.hot.insts, 10);
        assert_eq!(m.hot.mma.get("HGMMA.64x256x16"), Some(&2));
        assert_eq!(m.hot.ldgsts, 1);
        assert_eq!(spill_insts(&insts), 0);
    }

    #[test]
    fn prefers_the_path_that_keeps_the_copies() {
        // A branch that skips a 128-bit copy is not the hot path even though it is shorter.
        let text = "
		Function : k
        /*0000*/                   MOV R2, RZ ;
        /*0010*/              @P0 BRA 0x30 ;
        /*0020*/                   LDGSTS.E.128 [R3], desc[UR4][R4.64] ;
        /*0030*/                   HMMA.16816.F32 R8, R12, R14, R8 ;
        /*0040*/                   STL [R1], R8 ;
        /*0050*/              @P1 BRA 0x10 ;
        /*0060*/                   EXIT ;
";
        let insts = parse_sass(text).remove(0).1;
        let m = measure(&insts);
        let main = m.main.expect("a loop");
        assert_eq!((main.head, main.tail), (1, 5));
        assert_eq!(m.hot.insts, 5);
        assert_eq!(m.hot.ldgsts, 1);
        assert_eq!(m.hot.mma.get("HMMA.16816"), Some(&1));
        assert_eq!(spill_insts(&insts), 1);
    }

    #[test]
    fn measures_a_loop_free_kernel_whole() {
        // A vector add: no loop, so one pass from the entry to an EXIT on the hot path (the
        // early exit of out-of-range blocks is not it: it skips the 128-bit accesses).
        let text = "
		Function : vector_add
        /*0000*/                   S2R R0, SR_CTAID.X ;
        /*0010*/                   ISETP.GE.AND P0, PT, R0, UR4, PT ;
        /*0020*/               @P0 EXIT ;
        /*0030*/                   LDG.E.128 R4, desc[UR4][R2.64] ;
        /*0040*/                   LDG.E.128 R8, desc[UR4][R6.64] ;
        /*0050*/                   FADD R4, R4, R8 ;
        /*0060*/                   STG.E.128 desc[UR4][R2.64], R4 ;
        /*0070*/                   EXIT ;
        /*0080*/                   BRA 0x80;
";
        let insts = parse_sass(text).remove(0).1;
        let m = measure(&insts);
        // The self-branch after the EXIT is not a loop.
        assert_eq!(m.main, None);
        assert_eq!(m.hot.insts, 8);
        assert_eq!(m.hot.bytes, 48);
        assert_eq!(m.all.insts, 9);
    }
}
