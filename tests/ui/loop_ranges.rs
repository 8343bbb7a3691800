use oxtile::prelude::*;

#[kernel]
fn ranges(out: Ptr<i32>, n: i32) {
    // `rev` reverses a forward range once.
    for i in (0..n).rev().rev() {
        store(out + i, i);
    }
    // One `step_by` per range.
    for i in (0..n).step_by(2).rev().step_by(3) {
        store(out + i, i);
    }
    // Loop hints are integer literals up to 64.
    for i in (0..n).unroll(n) {
        store(out + i, i);
    }
    for i in (0..n).num_stages(100) {
        store(out + i, i);
    }
    // `static_range` unrolls completely already.
    for i in static_range(0, 4).unroll(2) {
        store(out + i, i);
    }
    // Ranges, not other iterators.
    for i in (0..n).skip(1) {
        store(out + i, i);
    }
}

fn main() {}
