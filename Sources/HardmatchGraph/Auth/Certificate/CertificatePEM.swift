import Crypto
import SwiftASN1
import X509
import _CryptoExtras

/// The X.509 certificates of a PEM file, read by swift-certificates: the leaf and any chain.
struct CertificatePEM {
    /// One certificate with the exact DER it was read from, which the thumbprint hashes.
    struct Entry {
        let der: [UInt8]
        let certificate: Certificate
    }

    /// In file order: usually the leaf first, then its issuers.
    let entries: [Entry]

    init(documents: [PEMDocument], path: String) throws(CertificateError) {
        let blocks = documents.filter { $0.discriminator == "CERTIFICATE" || $0.discriminator == "X509 CERTIFICATE" }
        guard !blocks.isEmpty else {
            throw .missingBlock(option: "--client-certificate", path: path, wanted: "CERTIFICATE", found: documents.map(\.discriminator))
        }
        var entries: [Entry] = []
        for block in blocks {
            do {
                entries.append(Entry(der: block.derBytes, certificate: try Certificate(derEncoded: block.derBytes)))
            } catch let error as X509.CertificateError where error.code == .unsupportedPublicKeyAlgorithm {
                throw .certificateNotRSA(path: path)
            } catch CryptoKitError.incorrectParameterSize {
                // swift-crypto reads RSA public keys of 2048 bits (a multiple of 8) or more only.
                throw .certificateKeyTooSmall(path: path)
            } catch {
                throw .malformedCertificate(path: path)
            }
        }
        self.entries = entries
    }

    /// The certificate issued for `key`: in a chain file, the leaf, wherever it stands.
    func entry(for key: _RSA.Signing.PublicKey) -> Entry? {
        entries.first { entry in
            _RSA.Signing.PublicKey(entry.certificate.publicKey)?.derRepresentation == key.derRepresentation
        }
    }

    /// Whether any certificate of the file has an RSA key.
    var hasRSAKey: Bool {
        entries.contains { _RSA.Signing.PublicKey($0.certificate.publicKey) != nil }
    }
}
