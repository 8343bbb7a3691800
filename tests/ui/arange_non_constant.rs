use oxtile::prelude::*;

#[kernel]
fn k<const BLOCK: usize>(out: Ptr<i32>, start: i32) {
    let offs = arange(start, BLOCK);
    store(out + offs, offs);
}

fn main() {}
