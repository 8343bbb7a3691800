use oxtile::prelude::*;

#[kernel]
fn k<const BM: usize, const BN: usize, const BK: usize>(a: Ptr<f16>, b: Ptr<f16>, c: Ptr<f32>) {
    let a_tile = load(a + arange(0, BM)[(.., None)] * BK + arange(0, BK)[(None, ..)]);
    // B is laid out [BN, BK]: it must be transposed before the dot.
    let b_tile = load(b + arange(0, BN)[(.., None)] * BK + arange(0, BK)[(None, ..)]);
    let acc = dot(a_tile, b_tile);
    store(c + arange(0, BM)[(.., None)] * BN + arange(0, BN)[(None, ..)], acc);
}

fn main() {}
