/// How the client proves who it is to Microsoft Graph.
public enum GraphCredentials: Sendable {
    /// An access token obtained elsewhere (`az account get-access-token`, Graph Explorer).
    case accessToken(GraphSecret)
    /// OAuth 2.0 client credentials: an app registration's id and one of its secrets.
    case clientSecret(tenant: String, clientID: String, secret: GraphSecret)
}
