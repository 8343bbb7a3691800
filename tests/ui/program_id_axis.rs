use oxtile::prelude::*;

#[kernel]
fn k(out: Ptr<i32>) {
    store(out, program_id(3));
}

fn main() {}
