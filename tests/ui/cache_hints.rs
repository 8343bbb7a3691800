use oxtile::prelude::*;

#[kernel]
fn hints<const B: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let o = arange(0, B);
    // Write-back is a store's cache operator, not a load's.
    let a = load(x + o, Cache::WriteBack);
    // Loads keep lines in L1 or not; stores do not choose `All`.
    store(out + o, a, Cache::All);
    // `First`, `Last` or `Normal`.
    let b = load(x + o, Evict::Never);
    // One of each.
    let c = load(x + o, Cache::Global, Cache::Streaming);
}

fn main() {}
