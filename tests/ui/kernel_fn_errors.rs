use oxtile::prelude::*;

// An error in a device function's body is reported where it is written, when it is defined.
#[kernel_fn]
fn bad_body<const N: usize>(x: Tile<i32, N>) -> Tile<i32, N> {
    exp(x)
}

// The result must be the declared type.
#[kernel_fn]
fn wrong_result<const N: usize>(x: Tile<f32, N>) -> Tile<f16, N> {
    x * 2.0
}

// A function with a result ends with it.
#[kernel_fn]
fn no_tail<const N: usize>(x: Tile<f32, N>) -> Tile<f32, N> {
    let y = x * 2.0;
}

// Device functions are inlined at specialization: they cannot call themselves.
#[kernel_fn]
fn forever<const N: usize>(x: Tile<f32, N>) -> Tile<f32, N> {
    forever(x)
}

// `return` would end the program: a function ends with its result.
#[kernel_fn]
fn early<const N: usize>(x: Tile<f32, N>, p: Ptr<f32>) {
    if x.sum(0) > 0.0 {
        return;
    }
    store(p, 1.0);
}

// Parameters are tiles, scalars or pointers.
#[kernel_fn]
fn vec_param(x: Vec<f32>) -> f32 {
    1.0
}

fn main() {}
