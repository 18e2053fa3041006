/// Why a Microsoft Graph call failed, worded so an administrator knows what to do next.
///
/// Graph's own `error.code` and `error.message` are carried through unchanged: they are what
/// Microsoft's documentation and support search on. No case ever holds a token or a secret.
public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Graph answered with an error status and (usually) its `{"error": {...}}` body.
    case service(status: Int, code: String?, message: String?, method: String, path: String)
    /// Still throttled (429) after every allowed attempt.
    case throttled(method: String, path: String, attempts: Int)
    /// The connection failed or was dropped on every allowed attempt.
    case connection(method: String, path: String, reason: String, attempts: Int)
    /// Graph answered 2xx with a body that is not what its documentation describes.
    case invalidResponse(method: String, path: String, reason: String)
    /// The token endpoint refused the client credentials.
    case token(status: Int, error: String?, description: String?, tenant: String, clientID: String)
    /// The URL, tenant or paging link given cannot be used safely.
    case configuration(String)
    /// Graph asked (`Retry-After`) for a longer wait than hardmatch makes.
    case retryAfterTooLong(method: String, path: String, seconds: Double, limit: Double)

    public var description: String {
        switch self {
        case .service(let status, let code, let message, let method, let path):
            let detail = [code, message].compactMap { $0 }.joined(separator: ": ")
            let said = detail.isEmpty ? "" : " (\(detail))"
            return "Microsoft Graph answered \(status) to \(method) \(path)\(said)\(Self.hint(status: status, method: method))"
        case .throttled(let method, let path, let attempts):
            return "Microsoft Graph kept throttling \(method) \(path) (429 on all \(attempts) attempts): wait a few minutes and run the command again"
        case .connection(let method, let path, let reason, let attempts):
            return "cannot reach Microsoft Graph for \(method) \(path) after \(attempts) attempts: \(reason)"
        case .invalidResponse(let method, let path, let reason):
            return "Microsoft Graph's answer to \(method) \(path) is not usable: \(reason)"
        case .token(let status, let error, let description, let tenant, let clientID):
            let detail = [error, description].compactMap { $0 }.joined(separator: ": ")
            return "the token endpoint refused client id \(clientID) in tenant \(tenant) (\(status)\(detail.isEmpty ? "" : ", " + detail)): check --tenant, --client-id and the secret or certificate"
        case .configuration(let reason):
            return reason
        case .retryAfterTooLong(let method, let path, let seconds, let limit):
            return "Microsoft Graph throttled \(method) \(path) and asked to wait \(Int(seconds.rounded(.up))) s, longer than the \(Int(limit)) s hardmatch waits: run the command again after that time"
        }
    }

    /// What to do about the statuses an administrator can fix.
    private static func hint(status: Int, method: String) -> String {
        switch status {
        case 401:
            return ": the access token is missing, expired or for another audience; get a new token for https://graph.microsoft.com"
        case 403:
            let permission = method == "GET" ? "User.Read.All (and RoleManagement.Read.Directory for roles)" : "User.ReadWrite.All"
            return ": the token lacks permission; grant \(permission) with admin consent"
        default:
            return ""
        }
    }

    /// The HTTP status Graph gave, when it gave one.
    public var status: Int? {
        switch self {
        case .service(let status, _, _, _, _): return status
        case .throttled, .retryAfterTooLong: return 429
        case .token(let status, _, _, _, _): return status
        default: return nil
        }
    }
}
