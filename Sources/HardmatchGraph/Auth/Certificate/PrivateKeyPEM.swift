import Foundation

/// Finds the RSA private key in a PEM file's blocks, or says precisely why there is none.
///
/// The checks run on labels and the PKCS#8 algorithm identifier before BoringSSL sees the bytes,
/// so an encrypted or non-RSA key gets an error that says what it is instead of a generic failure.
enum PrivateKeyPEM {
    /// The DER of the first private key block: PKCS#8 (`PRIVATE KEY`) or PKCS#1 (`RSA PRIVATE KEY`).
    static func rsaKeyDER(in blocks: [PEMBlock], path: String) throws(CertificateError) -> Data {
        let keyBlocks = blocks.filter { $0.label.hasSuffix("PRIVATE KEY") }
        guard let block = keyBlocks.first else {
            throw .missingBlock(option: "--client-key", path: path, wanted: "PRIVATE KEY", found: blocks.map(\.label))
        }
        switch block.label {
        case "ENCRYPTED PRIVATE KEY":
            throw .encryptedKey(path: path)
        case "RSA PRIVATE KEY":
            if block.headers.contains(where: { $0.uppercased().hasPrefix("PROC-TYPE:") && $0.uppercased().contains("ENCRYPTED") }) {
                throw .encryptedKey(path: path)
            }
            guard let der = block.der else { throw .malformedKey(path: path) }
            return der
        case "PRIVATE KEY":
            guard let der = block.der else { throw .malformedKey(path: path) }
            if let kind = Self.nonRSAAlgorithm(pkcs8: der) { throw .keyNotRSA(path: path, kind: kind) }
            return der
        case "EC PRIVATE KEY":
            throw .keyNotRSA(path: path, kind: "an EC key")
        case "DSA PRIVATE KEY":
            throw .keyNotRSA(path: path, kind: "a DSA key")
        case "OPENSSH PRIVATE KEY":
            throw .keyNotRSA(path: path, kind: "in OpenSSH's format (convert an RSA one with ssh-keygen -p -m PKCS8)")
        default:
            throw .malformedKey(path: path)
        }
    }

    // MARK: - PKCS#8 algorithm

    /// DER contents of the algorithm OIDs a PKCS#8 key may name.
    private static let rsaEncryption: [UInt8] = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]
    private static let named: [([UInt8], String)] = [
        ([0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01], "an EC key"),
        ([0x2b, 0x65, 0x70], "an Ed25519 key"),
        ([0x2b, 0x65, 0x71], "an Ed448 key"),
        ([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a], "an RSA-PSS-only key"),
        ([0x2a, 0x86, 0x48, 0xce, 0x38, 0x04, 0x01], "a DSA key"),
    ]

    /// What a PKCS#8 `PrivateKeyInfo` holds when it is not RSA; nil for RSA or unreadable DER
    /// (BoringSSL then reports the latter).
    private static func nonRSAAlgorithm(pkcs8 der: Data) -> String? {
        do {
            var outer = DERReader(ArraySlice(der))
            var info = DERReader(try outer.read(DERReader.sequence).content)
            _ = try info.read(DERReader.integer)
            var algorithm = DERReader(try info.read(DERReader.sequence).content)
            let oid = Array(try algorithm.read(DERReader.objectIdentifier).content)
            if oid == rsaEncryption { return nil }
            return named.first { $0.0 == oid }?.1 ?? "of an algorithm other than RSA"
        } catch {
            return nil
        }
    }
}
