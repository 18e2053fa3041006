/// Why a certificate or its private key cannot be used, naming the file and what to do.
///
/// No case carries the key's bytes or text: only paths, PEM labels and sizes.
public enum CertificateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(option: String, path: String, reason: String)
    /// The key file grants access beyond its owner.
    case keyFileOpen(path: String, mode: Int)
    /// No `-----BEGIN …-----` block at all: a DER or PKCS#12 file, or something else.
    case notPEM(option: String, path: String)
    /// A PKCS#12 (`.pfx`, `.p12`) bundle, as Windows exports a certificate with its key.
    case pkcs12(option: String, path: String)
    /// `-----BEGIN` lines, but not well-formed PEM (RFC 7468) around them.
    case malformedPEM(option: String, path: String)
    /// PEM blocks, but none labelled `wanted`; `found` lists their labels.
    case missingBlock(option: String, path: String, wanted: String, found: [String])
    /// The certificate block does not decode as an X.509 certificate.
    case malformedCertificate(path: String)
    /// The certificate's public key is not RSA.
    case certificateNotRSA(path: String)
    /// The certificate's RSA key is under the 2048 bits Entra requires.
    case certificateKeyTooSmall(path: String)
    /// The private key is protected by a passphrase.
    case encryptedKey(path: String)
    /// The private key is of another algorithm; `kind` names it.
    case keyNotRSA(path: String, kind: String)
    /// The key block does not decode as a PKCS#8 or PKCS#1 RSA key.
    case malformedKey(path: String)
    /// Under the 2048 bits Entra requires.
    case keyTooSmall(path: String, bits: Int)
    /// The key is not the one the certificate was issued for.
    case keyMismatch(certificatePath: String, keyPath: String)

    public var description: String {
        switch self {
        case .unreadable(let option, let path, let reason):
            return "\(option) \(path): cannot read the file (\(reason))"
        case .keyFileOpen(let path, let mode):
            return "--client-key \(path): the private key file is accessible to other users (mode \(String(mode, radix: 8))); "
                + "run chmod 600 \(path) (like ssh, hardmatch refuses a key others can read)"
        case .notPEM(let option, let path):
            return "\(option) \(path): not a PEM file (no -----BEGIN line); convert a .pfx or .p12 with "
                + "openssl pkcs12 -in \(path) -nodes -out app.pem, or a DER certificate with openssl x509 -inform der -in \(path) -out app.crt"
        case .pkcs12(let option, let path):
            return "\(option) \(path): a PKCS#12 (.pfx/.p12) file, which hardmatch does not read; convert it with "
                + "openssl pkcs12 -in \(path) -nodes -out app.pem (add -legacy for an old Windows export), run chmod 600 app.pem, "
                + "and give app.pem as both --client-certificate and --client-key"
        case .malformedPEM(let option, let path):
            return "\(option) \(path): not well-formed PEM (RFC 7468: base64 in lines of 64 characters between matching BEGIN and END lines); "
                + "re-encode it with openssl x509 -in \(path) -out app.crt for a certificate or openssl pkey -in \(path) -out app.key for a key"
        case .missingBlock(let option, let path, let wanted, let found):
            return "\(option) \(path): holds no BEGIN \(wanted) block (it holds: \(found.joined(separator: ", ")))"
        case .malformedCertificate(let path):
            return "--client-certificate \(path): the CERTIFICATE block is not a valid X.509 certificate"
        case .certificateNotRSA(let path):
            return "--client-certificate \(path): the certificate's key is not RSA; certificate credentials here need an RSA certificate (RS256)"
        case .certificateKeyTooSmall(let path):
            return "--client-certificate \(path): the certificate's RSA key has fewer than 2048 bits; Microsoft Entra needs at least 2048, "
                + "so make a new certificate (openssl req -x509 -newkey rsa:2048 …) and register it on the app"
        case .encryptedKey(let path):
            return "--client-key \(path): the private key is encrypted; decrypt it first "
                + "(openssl pkey -in \(path) -out plain.pem, then chmod 600 plain.pem) and give the decrypted file"
        case .keyNotRSA(let path, let kind):
            return "--client-key \(path): the private key is \(kind), not RSA; certificate credentials here need an RSA key (RS256)"
        case .malformedKey(let path):
            return "--client-key \(path): the private key cannot be read as an RSA key (PKCS#8 BEGIN PRIVATE KEY or PKCS#1 BEGIN RSA PRIVATE KEY)"
        case .keyTooSmall(let path, let bits):
            return "--client-key \(path): the RSA key has \(bits) bits; Microsoft Entra needs at least 2048"
        case .keyMismatch(let certificatePath, let keyPath):
            return "--client-key \(keyPath) is not the private key of --client-certificate \(certificatePath): their public keys differ"
        }
    }
}
