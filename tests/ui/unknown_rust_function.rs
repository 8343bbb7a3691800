use oxtile::prelude::*;

#[kernel]
fn calls<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, BLOCK);
    let v = load(x + offs);
    store(out + offs, v.signum());
    store(out + offs, sigmod(v));
}

fn main() {}
