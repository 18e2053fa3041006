import SwiftASN1

/// The PEM documents of a certificate or key file, decoded by swift-asn1, or why there are none.
///
/// swift-asn1 reads RFC 7468 strictly (matching BEGIN and END lines, base64 in lines of 64
/// characters, LF or CRLF) and skips text between documents (OpenSSL's `Bag Attributes`). What
/// stays ours is telling an administrator what the file is instead: a PKCS#12 bundle, DER, or a
/// key encrypted with the legacy `Proc-Type: 4,ENCRYPTED` headers.
enum PEMFile {
    /// Every document in `bytes`, in order; never empty.
    static func documents(in bytes: [UInt8], option: String, path: String) throws(CertificateError) -> [PEMDocument] {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains("-----BEGIN ") else {
            if isPKCS12(bytes) { throw .pkcs12(option: option, path: path) }
            throw .notPEM(option: option, path: path)
        }
        // Legacy OpenSSL encryption puts RFC 1421 headers inside the block, which RFC 7468
        // (and so swift-asn1) refuses; it is the encryption that the administrator must undo.
        if text.contains("Proc-Type:"), text.contains("ENCRYPTED") { throw .encryptedKey(path: path) }
        guard let documents = try? PEMDocument.parseMultiple(pemString: text), !documents.isEmpty else {
            throw .malformedPEM(option: option, path: path)
        }
        return documents
    }

    /// `PFX ::= SEQUENCE { version INTEGER {v3(3)}, authSafe ContentInfo, … }` (RFC 7292 §4).
    private static func isPKCS12(_ bytes: [UInt8]) -> Bool {
        guard let root = try? BER.parse(bytes) else { return false }
        return (try? BER.sequence(root, identifier: .sequence) { nodes -> Bool in
            let version = try Int(berEncoded: &nodes)
            while nodes.next() != nil {}
            return version == 3
        }) ?? false
    }
}
