import Foundation

/// The X.509 certificate of a PEM file: its DER (for the thumbprint) and its public key.
struct CertificatePEM {
    let der: Data
    /// The `SubjectPublicKeyInfo`, to check the private key belongs to this certificate.
    let subjectPublicKeyInfo: Data

    init(blocks: [PEMBlock], path: String) throws(CertificateError) {
        guard let block = blocks.first(where: { $0.label == "CERTIFICATE" || $0.label == "X509 CERTIFICATE" }) else {
            throw .missingBlock(option: "--client-certificate", path: path, wanted: "CERTIFICATE", found: blocks.map(\.label))
        }
        guard let der = block.der, let info = Self.subjectPublicKeyInfo(der) else {
            throw .malformedCertificate(path: path)
        }
        self.der = der
        subjectPublicKeyInfo = info
    }

    /// `Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serialNumber,
    /// signature, issuer, validity, subject, subjectPublicKeyInfo, … }, … }` (RFC 5280 §4.1).
    private static func subjectPublicKeyInfo(_ der: Data) -> Data? {
        do {
            var outer = DERReader(ArraySlice(der))
            var certificate = DERReader(try outer.read(DERReader.sequence).content)
            var tbs = DERReader(try certificate.read(DERReader.sequence).content)
            if tbs.nextTag == 0xa0 { _ = try tbs.read() }
            _ = try tbs.read(DERReader.integer)
            for _ in 0..<4 { _ = try tbs.read(DERReader.sequence) }
            return Data(try tbs.read(DERReader.sequence).encoded)
        } catch {
            return nil
        }
    }
}
