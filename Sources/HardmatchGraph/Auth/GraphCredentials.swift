/// How the client proves who it is to Microsoft Graph.
public enum GraphCredentials: Sendable {
    /// An access token obtained elsewhere (`az account get-access-token`, Graph Explorer).
    case accessToken(GraphSecret)
    /// OAuth 2.0 client credentials: an app registration's id and one of its secrets.
    case clientSecret(tenant: String, clientID: String, secret: GraphSecret)
    /// OAuth 2.0 client credentials proved with a certificate registered on the app: each token
    /// request carries a fresh assertion signed with the certificate's private key.
    case clientCertificate(tenant: String, clientID: String, certificate: ClientCertificate)

    /// The tenant and application for the client-credential cases; nil for a handed-in token.
    var application: (tenant: String, clientID: String)? {
        switch self {
        case .accessToken: return nil
        case .clientSecret(let tenant, let clientID, _): return (tenant, clientID)
        case .clientCertificate(let tenant, let clientID, _): return (tenant, clientID)
        }
    }
}
