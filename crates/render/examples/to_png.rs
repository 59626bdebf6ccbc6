//! Converts SVG files to PNG beside them with the renderer's fonts:
//! `cargo run -p journey-render --example to_png -- FILE.svg...`.
#![allow(clippy::print_stdout, clippy::print_stderr, reason = "an example prints what it did")]

fn main() {
    for path in std::env::args().skip(1) {
        let svg = std::fs::read_to_string(&path).expect("the SVG is readable");
        let png = journey_render::svg_to_png(&svg).expect("the SVG renders");
        let target = path.replace(".svg", ".png");
        std::fs::write(&target, png).expect("the folder is writable");
        println!("wrote {target}");
    }
}
