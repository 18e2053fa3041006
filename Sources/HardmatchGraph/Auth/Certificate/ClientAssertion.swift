import Foundation

/// The signed JWT a certificate credential sends instead of a secret (RFC 7523 §2.2), in the
/// form Microsoft identity platform documents for certificate credentials.
///
/// Made fresh for every token request: it lives ten minutes and its `jti` is never reused.
struct ClientAssertion {
    static let type = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
    /// Entra accepts assertions up to an hour long; ten minutes is what MSAL uses.
    static let lifetime: TimeInterval = 600

    private struct Header: Encodable {
        let alg = "RS256"
        let typ = "JWT"
        let thumbprint: String

        enum CodingKeys: String, CodingKey {
            case alg, typ
            case thumbprint = "x5t#S256"
        }
    }

    private struct Claims: Encodable {
        let aud: String
        let iss: String
        let sub: String
        let jti: String
        let nbf: Int
        let iat: Int
        let exp: Int
    }

    /// The compact JWS: `header.claims.signature`, each part base64url.
    static func make(certificate: ClientCertificate, clientID: String, audience: String, now: Date = Date()) throws -> String {
        let issued = Int(now.timeIntervalSince1970)
        let claims = Claims(
            aud: audience, iss: clientID, sub: clientID, jti: UUID().uuidString.lowercased(),
            nbf: issued, iat: issued, exp: issued + Int(lifetime)
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let signingInput = Base64URL.encode(try encoder.encode(Header(thumbprint: certificate.thumbprint)))
            + "." + Base64URL.encode(try encoder.encode(claims))
        let signature = try certificate.sign(Data(signingInput.utf8))
        return signingInput + "." + Base64URL.encode(signature)
    }
}
