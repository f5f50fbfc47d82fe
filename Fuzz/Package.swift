// swift-tools-version: 5.4
// libFuzzer targets for Samverkan; build and run them with scripts/fuzz, not with a plain
// `swift build`: each target defines LLVMFuzzerTestOneInput and gets its main from libFuzzer.
import PackageDescription

let package = Package(
  name: "SamverkanFuzz",
  platforms: [.macOS("15.0")],
  dependencies: [
    .package(name: "Samverkan", path: "..")
  ],
  targets: [
    .target(
      name: "FuzzSupport",
      dependencies: [.product(name: "Samverkan", package: "Samverkan")]
    ),
    .executableTarget(
      name: "FuzzMapLoading",
      dependencies: ["FuzzSupport", .product(name: "Samverkan", package: "Samverkan")]
    ),
    .executableTarget(
      name: "FuzzSVG",
      dependencies: [
        "FuzzSupport",
        .product(name: "Samverkan", package: "Samverkan"),
        .product(name: "SamverkanRender", package: "Samverkan"),
      ]
    ),
    .executableTarget(
      name: "FuzzReports",
      dependencies: [
        .product(name: "Samverkan", package: "Samverkan"),
        .product(name: "SamverkanRender", package: "Samverkan"),
      ]
    ),
  ]
)
