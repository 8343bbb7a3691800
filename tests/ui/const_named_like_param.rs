use oxtile::prelude::*;

#[kernel]
fn shadow<const n: usize>(out: Ptr<i32>, n: i32) {
    store(out, n);
}

fn main() {}
