use oxtile::prelude::*;

#[kernel]
fn mixed<const A: i64, const B: u32>(out: Ptr<i64>) {
    let s = A + B;
    store(out, s);
}

fn main() {}
