// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "actorgraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "actorgraph", targets: ["actorgraph"]),
        .library(name: "ActorGraph", targets: ["ActorGraph"]),
        .library(name: "GraphvizRendering", targets: ["GraphvizRendering"]),
        .library(name: "ActorGraphStore", targets: ["ActorGraphStore"]),
        .library(name: "ActorGraphReport", targets: ["ActorGraphReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Graphviz's C libraries (libgvc, libcgraph), found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // The core: model, extraction, graph queries. No C library, no database.
        .target(
            name: "ActorGraph",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/gazetteer.yaml"), .copy("Resources/extraction-model.json")]
        ),
        // The only module that touches Graphviz.
        .target(name: "GraphvizRendering", dependencies: ["ActorGraph", "CGraphviz"]),
        // The project database: SQLite through GRDB.
        .target(
            name: "ActorGraphStore",
            dependencies: ["ActorGraph", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        // The interactive HTML report: data, the drawing and the page's own script in one file.
        .target(name: "ActorGraphReport", dependencies: ["ActorGraph", "GraphvizRendering"]),
        .executableTarget(
            name: "actorgraph",
            dependencies: [
                "ActorGraph", "GraphvizRendering", "ActorGraphStore", "ActorGraphReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: figures printed, never timed unit tests.
        .executableTarget(
            name: "agbench",
            dependencies: [
                "ActorGraph", "GraphvizRendering", "ActorGraphStore", "ActorGraphReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ActorGraphTests", dependencies: ["ActorGraph"]),
        .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering"], resources: [.copy("Snapshots")]),
        .testTarget(name: "ActorGraphStoreTests", dependencies: ["ActorGraphStore"]),
        .testTarget(name: "actorgraphTests", dependencies: ["ActorGraph"]),
        .testTarget(name: "ActorGraphReportTests", dependencies: ["ActorGraphReport"]),
    ],
    swiftLanguageModes: [.v6]
)
