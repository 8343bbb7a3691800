use oxtile::prelude::*;

#[kernel]
fn k<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, BLOCK);
    store(out + offset, load(x + offs));
}

fn main() {}
