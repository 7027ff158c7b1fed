// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "skein",
    products: [
        .library(name: "ThreadKit", targets: ["ThreadKit"]),
        .library(name: "Reader", targets: ["Reader"]),
        .executable(name: "skein", targets: ["skein"]),
        .executable(name: "skein-bench", targets: ["skein-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Model and parsers: pure Swift, no terminal code.
        .target(name: "ThreadKit", dependencies: ["CMarkGFM", "CGumbo"]),
        // Markdown bodies: cmark-gfm and its extensions, from Debian's libcmark-gfm(-extensions)-dev.
        .systemLibrary(name: "CMarkGFM", path: "Sources/CMarkGFM"),
        // HTML bodies and saved pages: gumbo, an HTML5 parser, from Debian's libgumbo-dev.
        .systemLibrary(name: "CGumbo", path: "Sources/CGumbo"),
        // What is remembered between openings: SQLite, from Debian's libsqlite3-dev.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .target(name: "Store", dependencies: ["ThreadKit", "Reader", "CSQLite"]),
        // Display width of a scalar via glibc wcwidth, which Swift cannot import directly.
        .target(name: "CWidth"),
        // Interface state, reducer, layout and cell grid: no ncurses here.
        .target(name: "Reader", dependencies: ["ThreadKit", "CWidth", "TOMLKit"]),
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
        // The only code that talks to the terminal: draws a grid, reads keys.
        .target(name: "Terminal", dependencies: ["CNCurses", "Reader"]),
        .executableTarget(
            name: "skein",
            dependencies: [
                "ThreadKit", "Reader", "Terminal", "Store",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Resources/sample-thread.txt")]
        ),
        // Deterministic realistic threads (plain text, Reddit JSON, mbox) for benchmarks and tests.
        .target(name: "ThreadGenerator", dependencies: ["ThreadKit"]),
        .executableTarget(
            name: "skein-bench",
            dependencies: [
                "ThreadKit", "Reader", "ThreadGenerator", "Store",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ThreadKitTests", dependencies: ["ThreadKit"]),
        .testTarget(name: "ReaderTests", dependencies: ["Reader", "ThreadKit"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Reader"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Reader", "ThreadKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["skein"]),
    ]
)
