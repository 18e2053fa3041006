import SwiftASN1
import _CryptoExtras

/// Finds the RSA private key among a PEM file's documents, or says precisely why there is none.
///
/// swift-crypto reads the key (PKCS#1 or PKCS#8); the checks before it look at the PEM label and
/// the PKCS#8 algorithm (read with swift-asn1), so an encrypted or non-RSA key gets an error that
/// says what it is instead of a generic failure.
enum PrivateKeyPEM {
    /// The first private key document: PKCS#8 (`PRIVATE KEY`) or PKCS#1 (`RSA PRIVATE KEY`).
    static func rsaKey(in documents: [PEMDocument], path: String) throws(CertificateError) -> _RSA.Signing.PrivateKey {
        guard let document = documents.first(where: { $0.discriminator.hasSuffix("PRIVATE KEY") }) else {
            throw .missingBlock(option: "--client-key", path: path, wanted: "PRIVATE KEY", found: documents.map(\.discriminator))
        }
        switch document.discriminator {
        case "ENCRYPTED PRIVATE KEY":
            throw .encryptedKey(path: path)
        case "RSA PRIVATE KEY":
            break
        case "PRIVATE KEY":
            if let kind = Self.nonRSAAlgorithm(pkcs8: document.derBytes) { throw .keyNotRSA(path: path, kind: kind) }
        case "EC PRIVATE KEY":
            throw .keyNotRSA(path: path, kind: "an EC key")
        case "DSA PRIVATE KEY":
            throw .keyNotRSA(path: path, kind: "a DSA key")
        case "OPENSSH PRIVATE KEY":
            throw .keyNotRSA(path: path, kind: "in OpenSSH's format (convert an RSA one with ssh-keygen -p -m PKCS8)")
        default:
            throw .malformedKey(path: path)
        }
        do {
            // The unsafe variant reads keys from 1024 bits, so that a short key is reported with its size.
            return try _RSA.Signing.PrivateKey(unsafePEMRepresentation: document.pemString)
        } catch {
            throw .malformedKey(path: path)
        }
    }

    // MARK: - PKCS#8 algorithm

    private static let rsaEncryption: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 1, 1]
    private static let named: [(ASN1ObjectIdentifier, String)] = [
        ([1, 2, 840, 10045, 2, 1], "an EC key"),
        ([1, 3, 101, 112], "an Ed25519 key"),
        ([1, 3, 101, 113], "an Ed448 key"),
        ([1, 2, 840, 113549, 1, 1, 10], "an RSA-PSS-only key"),
        ([1, 2, 840, 10040, 4, 1], "a DSA key"),
    ]

    /// What a PKCS#8 `PrivateKeyInfo ::= SEQUENCE { version, privateKeyAlgorithm
    /// AlgorithmIdentifier, privateKey, … }` holds when it is not RSA; nil for RSA or unreadable
    /// DER (swift-crypto then reports the latter).
    private static func nonRSAAlgorithm(pkcs8 der: [UInt8]) -> String? {
        guard let root = try? DER.parse(der) else { return nil }
        let algorithm = try? DER.sequence(root, identifier: .sequence) { nodes -> ASN1ObjectIdentifier in
            _ = try Int(derEncoded: &nodes)
            guard let identifier = nodes.next() else { throw ASN1Error.invalidASN1Object(reason: "no algorithm") }
            let oid = try DER.sequence(identifier, identifier: .sequence) { inner -> ASN1ObjectIdentifier in
                let oid = try ASN1ObjectIdentifier(derEncoded: &inner)
                while inner.next() != nil {}
                return oid
            }
            while nodes.next() != nil {}
            return oid
        }
        guard let algorithm, algorithm != rsaEncryption else { return nil }
        return named.first { $0.0 == algorithm }?.1 ?? "of an algorithm other than RSA"
    }
}
