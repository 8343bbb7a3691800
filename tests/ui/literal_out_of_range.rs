use oxtile::prelude::*;

#[kernel]
fn k<const BLOCK: usize>(x: Ptr<u8>, out: Ptr<u8>) {
    let offs = arange(0, BLOCK);
    store(out + offs, load(x + offs) + 300);
}

fn main() {}
