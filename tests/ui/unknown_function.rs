use oxtile::prelude::*;

#[kernel]
fn copy<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, BLOCK);
    store(out + offs, lod(x + offs));
}

fn main() {}
