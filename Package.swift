// swift-tools-version: 6.0
import PackageDescription

/// Our modules reach generic type metadata through accessor functions rather than by mangled
/// name: in release builds, which start fast, the runtime then neither demangles names nor scans
/// the static binary's conformance records to instantiate a `KeyedDecodingContainer` or an
/// `Option<String>` at first use (docs/performance.md, "One map, one process").
let startUp: [SwiftSetting] = [
  .unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
    .when(configuration: .release))
]

let package = Package(
  name: "Samverkan",
  defaultLocalization: "sv",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "Samverkan", targets: ["Samverkan"]),
    .library(name: "SamverkanRender", targets: ["SamverkanRender"]),
    .library(name: "SamverkanWeb", targets: ["SamverkanWeb"]),
    .executable(name: "samverkan", targets: ["SamverkanCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev", "libcairo2-dev"]), .brew(["graphviz", "cairo"])]
    ),
    .target(
      name: "Samverkan",
      dependencies: [.product(name: "Yams", package: "Yams")],
      // The message catalogue is compiled into the module (`PackageResources`): no command
      // looks for a resource bundle beside the executable, which cost every run 37 M
      // instructions in Foundation's `Bundle.main` and resource lookup, and the binary works
      // wherever it is copied.
      resources: [.embedInCode("Resources")],
      swiftSettings: startUp
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    .target(
      name: "SamverkanRender",
      dependencies: ["Samverkan", "CGraphviz", "CLibXML2"],
      swiftSettings: startUp
    ),
    .target(
      name: "SamverkanWeb",
      dependencies: [
        "Samverkan",
        "SamverkanRender",
        .product(name: "Hummingbird", package: "hummingbird"),
      ]
    ),
    .executableTarget(
      name: "SamverkanCLI",
      dependencies: [
        "Samverkan",
        "SamverkanRender",
        "SamverkanWeb",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: startUp
    ),
    .executableTarget(
      name: "WhoHasMandate",
      dependencies: ["Samverkan"],
      path: "Examples/WhoHasMandate"
    ),
    .executableTarget(
      name: "samverkan-render-memory",
      dependencies: ["Samverkan", "SamverkanRender"],
      path: "Benchmarks/RenderMemory"
    ),
    .executableTarget(
      name: "samverkan-bench",
      dependencies: ["Samverkan", "SamverkanRender"],
      path: "Benchmarks/Bench"
    ),
    .testTarget(name: "SamverkanTests", dependencies: ["Samverkan"]),
    .testTarget(name: "SamverkanRenderTests", dependencies: ["Samverkan", "SamverkanRender"]),
    .testTarget(
      name: "SamverkanWebTests",
      dependencies: [
        "Samverkan", "SamverkanRender", "SamverkanWeb",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
    .testTarget(
      name: "SamverkanCLITests",
      dependencies: ["Samverkan", "SamverkanRender", .product(name: "Yams", package: "Yams")]
    ),
  ]
)
