// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "hardmatch",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hardmatch", targets: ["hardmatch"]),
        .library(name: "HardmatchCore", targets: ["HardmatchCore"]),
        .library(name: "HardmatchLDAP", targets: ["HardmatchLDAP"]),
        .library(name: "HardmatchLDIF", targets: ["HardmatchLDIF"]),
        .library(name: "HardmatchGraph", targets: ["HardmatchGraph"]),
        .library(name: "HardmatchMigration", targets: ["HardmatchMigration"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // RS256 for the signed client assertion of certificate credentials (Graph).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Reading the certificate and key files of certificate credentials (PEM, X.509, PKCS#8).
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        // What the libraries do (connections, pages, requests, retries), for programs that embed them.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // MARK: - C boundary
        .systemLibrary(
            name: "CLDAP",
            path: "Modules/CLDAP",
            pkgConfig: "ldap",
            providers: [.apt(["libldap2-dev"])]
        ),

        // MARK: - Libraries
        /// Identifiers, user records, matching and checks: pure logic, no I/O.
        .target(name: "HardmatchCore"),
        /// The only code that touches libldap.
        .target(
            name: "HardmatchLDAP",
            dependencies: ["CLDAP", "HardmatchCore", .product(name: "Logging", package: "swift-log")]
        ),
        /// RFC 2849 exports (`ldapsearch -LLL`, `ldifde -f`) read as directory entries.
        .target(name: "HardmatchLDIF", dependencies: ["HardmatchCore"]),
        /// The Microsoft Graph client: HTTP, tokens, `$batch`, reads of users, roles and tenant, anchor writes.
        .target(
            name: "HardmatchGraph",
            dependencies: [
                "HardmatchCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        /// The migration steps over Graph: plan files, the journal, apply/undo writes, verify's reads, scripts.
        .target(
            name: "HardmatchMigration",
            dependencies: ["HardmatchCore", "HardmatchGraph", .product(name: "Logging", package: "swift-log")]
        ),

        // MARK: - Command line
        .executableTarget(
            name: "hardmatch",
            dependencies: [
                "HardmatchCore",
                "HardmatchLDAP",
                "HardmatchLDIF",
                "HardmatchGraph",
                "HardmatchMigration",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: - Tests
        /// What the end-to-end and integration tests share: running the binary, reaching the test DC.
        .target(
            name: "HardmatchTestSupport",
            dependencies: ["HardmatchCore", .product(name: "Logging", package: "swift-log")],
            path: "Tests/HardmatchTestSupport"
        ),
        .testTarget(name: "HardmatchCoreTests", dependencies: ["HardmatchCore"]),
        .testTarget(name: "HardmatchLDAPTests", dependencies: ["HardmatchLDAP"]),
        .testTarget(name: "HardmatchLDIFTests", dependencies: ["HardmatchLDIF", "HardmatchCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "HardmatchGraphTests",
            dependencies: ["HardmatchGraph", "HardmatchCore", "HardmatchTestSupport", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(
            name: "HardmatchMigrationTests",
            dependencies: ["HardmatchMigration", "HardmatchCore", "HardmatchTestSupport"]
        ),
        /// Runs the built `hardmatch` binary as an administrator would.
        .testTarget(name: "HardmatchEndToEndTests", dependencies: ["hardmatch", "HardmatchCore", "HardmatchTestSupport"], exclude: ["Fixtures"]),
        /// Against a real Samba AD domain controller started by `scripts/testdc`.
        .testTarget(
            name: "HardmatchIntegrationTests",
            dependencies: ["hardmatch", "HardmatchCore", "HardmatchLDAP", "HardmatchTestSupport", .product(name: "Logging", package: "swift-log")]
        ),
    ]
)
