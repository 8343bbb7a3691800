//! Solutions to the exercises at the end of the book's tutorial chapters.
//!
//! Each chapter's solutions are one test file, `tests/<chapter>.rs`: every solution is a
//! kernel and a test that runs it on random inputs and checks it against a plain-Rust
//! reference, so CI proves each one right (`cargo test -p oxtile-book-solutions`), and a
//! student can run their own answer the same way. Try an exercise before reading its file.
