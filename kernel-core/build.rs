//! Lists the filetests (`filetests/*.ir`) for `kernel_core::filetests` when the `filetests`
//! feature is on: the table is derived from the directory, so a new file is a new case with
//! no list to keep by hand.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=filetests");
    println!("cargo:rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut table = String::from("&[\n");
    if std::env::var_os("CARGO_FEATURE_FILETESTS").is_some() {
        let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"))
            .join("filetests");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("a directory entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ir"))
            .collect();
        files.sort();
        for path in files {
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .expect("a UTF-8 file name");
            // The path is rebuilt from the crate's directory when the table is compiled, not
            // written out here: a build script's output is reused while `filetests/` is
            // unchanged, even by a copy of the crate elsewhere sharing the target directory.
            writeln!(
                table,
                "    FileTest {{ name: {name:?}, text: include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/filetests/{name}.ir\")) }},"
            )
            .unwrap();
        }
    }
    table.push_str("]\n");
    std::fs::write(out.join("filetests.rs"), table).expect("writing the filetest table");
}
