use oxtile::prelude::*;

#[kernel]
fn k<const BLOCK: usize>(x: Ptr<i32>, out: Ptr<i32>) {
    let offs = arange(0, BLOCK);
    store(out + offs, load(x + offs) * 0.5);
}

fn main() {}
