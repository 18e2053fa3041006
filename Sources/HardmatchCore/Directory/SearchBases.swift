/// The subtrees a directory read covers, with every base inside another one dropped.
///
/// `--base` may be repeated, as the Entra Connect wizard's OU filtering selects several
/// subtrees (SPEC §3). A base inside another (`OU=Checks,OU=Hardmatch,...` under
/// `OU=Hardmatch,...`) adds no user and would return the same users twice, so it is not
/// searched. DNs are compared the way AD compares them for this purpose: RDN by RDN,
/// ignoring the case of ASCII letters and the spaces around `,` and `=`.
public enum SearchBases {
    /// `bases` in the order given, without those inside (or equal to) an earlier or later one.
    public static func outermost(_ bases: [String]) -> [String] {
        let parsed = bases.map(rdns)
        return bases.indices.filter { index in
            !parsed.indices.contains { other in
                other != index && isWithin(parsed[index], parsed[other]) && (parsed[other].count < parsed[index].count || other < index)
            }
        }.map { bases[$0] }
    }

    private static func isWithin(_ dn: [String], _ base: [String]) -> Bool {
        dn.count >= base.count && dn.suffix(base.count).elementsEqual(base)
    }

    /// The RDNs of `dn`, each trimmed and folded; escaped commas stay inside their RDN.
    static func rdns(_ dn: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        var escaped = false
        func close() {
            result.append(normalized(current))
            current.removeAll()
        }
        for byte in dn.utf8 {
            if escaped {
                current.append(byte)
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                current.append(byte)
                escaped = true
            } else if byte == UInt8(ascii: ",") {
                close()
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty || !result.isEmpty { close() }
        return result
    }

    /// One RDN without the spaces around it and around its `=`, ASCII letters folded.
    private static func normalized(_ rdn: [UInt8]) -> String {
        let space = UInt8(ascii: " ")
        let trimmed = rdn.drop { $0 == space }.reversed().drop { $0 == space }.reversed()
        var bytes = Array(trimmed).map(AttributeName.fold)
        if let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
            let type = bytes[..<equals].reversed().drop { $0 == space }.reversed()
            let value = bytes[(equals + 1)...].drop { $0 == space }
            bytes = Array(type) + [UInt8(ascii: "=")] + Array(value)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
