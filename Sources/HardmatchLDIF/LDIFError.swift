/// Why an LDIF export could not be read, and on which line the problem starts.
///
/// Reading stops at the first error: an export that is damaged in one place cannot be
/// trusted to be complete elsewhere, and a silently shorter user list is the failure a
/// hard-match tool must never have. `description` is `LINE: what is wrong`; the command
/// line prefixes the file name.
public struct LDIFError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based physical line where the offending line (or record) begins.
    public var line: Int
    public var problem: Problem

    public init(line: Int, _ problem: Problem) {
        self.line = line
        self.problem = problem
    }

    public var description: String { "\(line): \(problem)" }

    // MARK: - Problems

    public enum Problem: Equatable, Sendable, CustomStringConvertible {
        /// A line starting with one space (a folded continuation) with nothing before it to continue.
        case continuationWithoutLine
        /// A line that is neither blank, a comment, nor `name: value`.
        case missingColon(excerpt: String)
        case invalidAttributeName(String)
        /// A record whose first line is not `dn:`.
        case missingDN(firstLine: String)
        /// A `dn:` line inside a record: two records not separated by a blank line.
        case secondDN
        case unsupportedVersion(String)
        case invalidBase64(attribute: String)
        case invalidUTF8(attribute: String)
        /// A base64 (or file) value of a text attribute whose bytes are not UTF-8.
        case invalidEncodedUTF8(attribute: String)
        case controlCharacter(attribute: String, byte: UInt8)
        /// A physical line longer than the limit without a line end (binary data, or not LDIF).
        case lineTooLong(limit: Int)
        /// A value whose folded continuation lines add up to more than the limit.
        case valueTooLong(attribute: String, limit: Int)
        case recordTooLarge(limit: Int)
        case utf16
        case changeRecord(changetype: String)
        case truncatedRange(attribute: String, option: String)
        case malformedRange(attribute: String, option: String)
        /// An `attr:< URL` value, which the reader will not follow.
        case urlRefused(attribute: String, url: String)
        /// A `file://` URL value the reader was allowed to follow but could not read.
        case urlUnreadable(attribute: String, url: String, reason: String)
        /// The trailer `ldapsearch` writes without `-LLL` reports that the search failed.
        case searchFailed(result: String)

        public var description: String {
            switch self {
            case .continuationWithoutLine:
                return "line starts with a space (a folded continuation) but there is no line before it to continue"
            case .missingColon(let excerpt):
                return "\(LDIFText.quote(excerpt)) has no colon; every line of a record is \"attribute: value\" (was the export cut or edited?)"
            case .invalidAttributeName(let name):
                return "\(LDIFText.quote(name)) is not an attribute name"
            case .missingDN(let firstLine):
                return "record starts with \(LDIFText.quote(firstLine)) instead of a dn: line"
            case .secondDN:
                return "a second dn: line in one record; records must be separated by a blank line"
            case .unsupportedVersion(let version):
                return "LDIF version \(LDIFText.quote(version)) is not supported; only version: 1 exists"
            case .invalidBase64(let attribute):
                return "\(attribute):: value is not valid base64"
            case .invalidUTF8(let attribute):
                return "\(attribute): value is not valid UTF-8 (saved in a legacy code page such as Windows-1252? re-export, or convert the file to UTF-8)"
            case .invalidEncodedUTF8(let attribute):
                return "\(attribute):: value decodes to bytes that are not valid UTF-8 text (written from a legacy code page?); correct the value in the directory or re-export it"
            case .controlCharacter(let attribute, let byte):
                let name = byte == 0 ? "a NUL byte" : byte == 0x0d ? "a carriage return" : "control character 0x\(String(byte, radix: 16))"
                return "\(attribute): value contains \(name); binary values must be written base64-encoded (\(attribute)::)"
            case .lineTooLong(let limit):
                return "line is longer than \(LDIFText.size(limit)) without a line end; this is not an LDIF export"
            case .valueTooLong(let attribute, let limit):
                return "\(attribute): folded value is longer than \(LDIFText.size(limit))"
            case .recordTooLarge(let limit):
                return "record holds more than \(LDIFText.size(limit)) of values"
            case .utf16:
                return "the file is UTF-16 (ldifde -u writes this); convert it to UTF-8 first, e.g. iconv -f UTF-16 -t UTF-8"
            case .changeRecord(let changetype):
                return "changetype: \(changetype) records are changes, not an export; use ldapsearch -LLL or ldifde -f output"
            case .truncatedRange(let attribute, let option):
                return "\(attribute);\(option) holds only part of the values of \(attribute) (ranged retrieval was not followed), so values would be silently missing; export with ldifde -f, or read the directory over LDAP"
            case .malformedRange(let attribute, let option):
                return "\(attribute);\(option) is not a range option of the form range=LOW-HIGH or range=LOW-*"
            case .urlRefused(let attribute, let url):
                return "\(attribute):< refusing to read \(url): an export must not make hardmatch read other files"
            case .urlUnreadable(let attribute, let url, let reason):
                return "\(attribute):< cannot read \(url): \(reason)"
            case .searchFailed(let result):
                return "the search that wrote this export failed (result: \(result)); the export is incomplete"
            }
        }
    }
}
