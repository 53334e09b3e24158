// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Brief, kept out of the main package so CI builds stay lean.
// Build and run them with scripts/fuzz.sh (it passes -sanitize=fuzzer,address).
let package = Package(
    name: "BriefFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Brief", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver, which the Swift entry points call.
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "FuzzExtraction",
            dependencies: ["CFuzzerDriver", .product(name: "BriefingKit", package: "Brief")]
        ),
        .executableTarget(
            name: "FuzzReader",
            dependencies: [
                "CFuzzerDriver", .product(name: "BriefingKit", package: "Brief"), .product(name: "BriefingUI", package: "Brief"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
