// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ReaderDesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "readerdesk", targets: ["readerdesk"]),
        .executable(name: "readerdesk-bench", targets: ["readerdesk-bench"]),
    ],
    dependencies: [
        // SQLite access: DatabasePool (WAL), migrations, records.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The command-line contract (docs/CONTRACTS.md §4): subcommands, options, help.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Colour themes in Themes/*.toml.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw", pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]),
        // Runs before the Swift runtime reads the environment: a set-id run keeps only what it needs.
        .target(name: "CSecureStart"),
        .target(
            name: "ReaderDeskCore",
            dependencies: [
                "CSecureStart",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The C API: integers bound without boxing in bulk imports and the daily scan.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        // The one word catalogue (English and zh-Hans), for the app and the command line alike.
        .target(name: "ReaderDeskWords", dependencies: ["ReaderDeskCore"]),
        .target(
            name: "ReaderDeskTUI",
            dependencies: [
                "ReaderDeskCore", "ReaderDeskWords", "CNcursesw",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]),
        .executableTarget(
            name: "readerdesk",
            dependencies: [
                "ReaderDeskTUI", "ReaderDeskWords", "ReaderDeskCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "readerdesk-bench",
            dependencies: [
                "ReaderDeskTUI", "ReaderDeskCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "ReaderDeskCoreTests", dependencies: ["ReaderDeskCore"]),
        .testTarget(name: "ReaderDeskWordsTests", dependencies: ["ReaderDeskWords", "ReaderDeskCore"]),
        .testTarget(name: "ReaderDeskTUITests", dependencies: ["ReaderDeskTUI", "ReaderDeskWords", "ReaderDeskCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ReaderDeskCore", "readerdesk", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
