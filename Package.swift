// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Brief",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "BriefingKit", targets: ["BriefingKit"]),
        .library(name: "BriefingUI", targets: ["BriefingUI"]),
        .executable(name: "brief", targets: ["brief"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(
            name: "BriefingKit",
            dependencies: ["CPrefetch", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .systemLibrary(name: "CPrefetch"),
        .target(name: "BriefingUI", dependencies: ["BriefingKit"]),
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "BriefingTerminal", dependencies: ["CNCursesW", "BriefingUI"]),
        .executableTarget(
            name: "brief",
            dependencies: [
                "BriefingKit", "BriefingUI", "BriefingTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "BriefingKitTests", dependencies: ["BriefingKit"]),
        .testTarget(name: "BriefingUITests", dependencies: ["BriefingUI", "BriefingKit"]),
        .testTarget(name: "BriefEndToEndTests", dependencies: ["brief"]),
    ],
    swiftLanguageModes: [.v6]
)
