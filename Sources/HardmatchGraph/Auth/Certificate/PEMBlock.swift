import Foundation

/// One `-----BEGIN LABEL-----` … `-----END LABEL-----` block of a PEM file (RFC 7468).
///
/// Parsed here rather than by BoringSSL so that the label and the legacy encryption headers
/// (`Proc-Type: 4,ENCRYPTED`) can be told apart and reported before any key is decoded.
struct PEMBlock {
    let label: String
    /// RFC 1421 headers (`Name: value`) before the base64, present in legacy encrypted keys.
    let headers: [String]
    /// The decoded base64; nil when it is not valid base64.
    let der: Data?

    /// Every block in `text`, in order; text outside blocks (OpenSSL's `Bag Attributes`) is ignored.
    static func blocks(in text: String) -> [PEMBlock] {
        var blocks: [PEMBlock] = []
        var label: String?
        var headers: [String] = []
        var body = ""
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if let opened = Self.label(of: line, marker: "BEGIN") {
                label = opened
                headers = []
                body = ""
            } else if let current = label, let closed = Self.label(of: line, marker: "END") {
                if closed == current {
                    blocks.append(PEMBlock(label: current, headers: headers, der: Data(base64Encoded: body)))
                }
                label = nil
            } else if label != nil {
                if line.contains(":") { headers.append(line) } else { body += line }
            }
        }
        return blocks
    }

    private static func label(of line: String, marker: String) -> String? {
        let prefix = "-----\(marker) ", suffix = "-----"
        guard line.hasPrefix(prefix), line.hasSuffix(suffix), line.count > prefix.count + suffix.count else { return nil }
        return String(line.dropFirst(prefix.count).dropLast(suffix.count))
    }
}
