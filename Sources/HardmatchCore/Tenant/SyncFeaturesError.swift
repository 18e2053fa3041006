/// Why a sync features document cannot be read; the command adds the file name.
public enum SyncFeaturesError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case notJSON(JSONError)
    case noFeatures
    case severalObjects(Int)
    case missingFlags([String])
    case wrongType(flag: String, found: JSONScanner.Kind, line: Int)

    public var description: String {
        let expected = "the JSON of GET /v1.0/directory/onPremisesSynchronization (a page, one object, or Get-MgDirectoryOnPremiseSynchronization | ConvertTo-Json)"
        switch self {
        case .empty:
            return "the file is empty; expected \(expected)"
        case .notJSON(let error):
            return "not valid JSON: \(error)"
        case .noFeatures:
            return "no \"features\" object found; expected \(expected)"
        case .severalObjects(let count):
            return "the page holds \(count) synchronisation objects; a tenant has one, give the one of this tenant"
        case .missingFlags(let names):
            return "\"features\" lacks \(names.joined(separator: ", ")); export the whole object, not a selection"
        case .wrongType(let flag, let found, let line):
            return "line \(line): \"\(flag)\" is a JSON \(found.rawValue); expected true or false"
        }
    }
}
