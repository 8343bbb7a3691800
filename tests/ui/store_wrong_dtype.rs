use oxtile::prelude::*;

#[kernel]
fn k<const BLOCK: usize>(x: Ptr<f16>, out: Ptr<f32>) {
    let offs = arange(0, BLOCK);
    store(out + offs, load(x + offs));
}

fn main() {}
