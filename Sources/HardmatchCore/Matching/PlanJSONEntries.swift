/// The entries of the JSON plan, written straight into bytes.
///
/// An entry always has the same keys in the same order, so its punctuation and keys are
/// constant runs of bytes; only the values are escaped (by `JSONText.appendString`, the
/// one escaper). `JSONText`'s general bookkeeping (a comma stack, a call per key) was
/// most of the time spent writing a plan of a million entries. The output is exactly
/// what `JSONText` writes: compact, keys in the documented order, `null` for absent values.
enum PlanJSONEntries {
    /// Entries per block handed to `emit`: about a megabyte of text.
    static let blockSize = 2048

    /// Entries `range` of the plan, each after its separator (a newline, and a comma
    /// after the first entry of the plan).
    ///
    /// The users are read through buffer pointers: handing `plan.onPremUsers[i]` to a
    /// function copies the user (a retain and a release of each of its fields).
    static func block(_ range: Range<Int>, of plan: MatchPlan) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count * 640)
        plan.onPremUsers.withUnsafeBufferPointer { onPrem in
            plan.cloudUsers.withUnsafeBufferPointer { cloud in
                for index in range {
                    if index > 0 { bytes.append(UInt8(ascii: ",")) }
                    bytes.append(UInt8(ascii: "\n"))
                    append(plan.rows[index], onPrem, cloud, plan.details, to: &bytes)
                }
            }
        }
        return bytes
    }

    /// Appends one entry as a JSON object.
    static func append(
        _ row: PlanRow, _ onPrem: UnsafeBufferPointer<OnPremUser>, _ cloud: UnsafeBufferPointer<CloudUser>,
        _ details: [ConflictDetail], to bytes: inout [UInt8]
    ) {
        append("{\"outcome\":", to: &bytes)
        JSONText.appendString(row.outcome.rawValue, to: &bytes)
        append(",\"via\":", to: &bytes)
        appendString(row.via?.rawValue, to: &bytes)
        append(",\"reason\":", to: &bytes)
        appendString(row.reason?.rawValue, to: &bytes)
        if row.onPrem >= 0 {
            appendOnPrem(onPrem, Int(row.onPrem), to: &bytes)
        } else {
            append(",\"immutableId\":null,\"onPrem\":null", to: &bytes)
        }
        append(",\"cloud\":", to: &bytes)
        if row.cloud >= 0 {
            appendCloud(cloud, Int(row.cloud), to: &bytes)
        } else {
            append("null", to: &bytes)
        }
        append(",\"detail\":", to: &bytes)
        if row.detail >= 0 {
            // Rare, and with keys that depend on the reason: `JSONText` writes it.
            var json = JSONText()
            PlanFormat.writeDetail(details[Int(row.detail)], to: &json)
            bytes.append(contentsOf: json.bytes)
        } else {
            append("null", to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    // MARK: - Users

    /// `immutableId` and `onPrem`: the anchor, encoded once, is both the value to write and `sourceAnchor`.
    private static func appendOnPrem(_ users: UnsafeBufferPointer<OnPremUser>, _ index: Int, to bytes: inout [UInt8]) {
        let anchor = users[index].sourceAnchor.string
        append(",\"immutableId\":", to: &bytes)
        JSONText.appendString(anchor, to: &bytes)
        append(",\"onPrem\":{\"dn\":", to: &bytes)
        JSONText.appendString(users[index].dn, to: &bytes)
        append(",\"objectGUID\":", to: &bytes)
        JSONText.appendString(users[index].objectGUID.string, to: &bytes)
        append(",\"userPrincipalName\":", to: &bytes)
        appendString(users[index].userPrincipalName, to: &bytes)
        append(",\"sAMAccountName\":", to: &bytes)
        appendString(users[index].sAMAccountName, to: &bytes)
        append(",\"sourceAnchor\":", to: &bytes)
        JSONText.appendString(anchor, to: &bytes)
        append(",\"primarySmtp\":", to: &bytes)
        appendString(users[index].primarySmtp, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    private static func appendCloud(_ users: UnsafeBufferPointer<CloudUser>, _ index: Int, to bytes: inout [UInt8]) {
        append("{\"id\":", to: &bytes)
        JSONText.appendString(users[index].id, to: &bytes)
        append(",\"userPrincipalName\":", to: &bytes)
        appendString(users[index].userPrincipalName, to: &bytes)
        append(",\"mail\":", to: &bytes)
        appendString(users[index].mail, to: &bytes)
        append(",\"onPremisesImmutableId\":", to: &bytes)
        appendString(users[index].onPremisesImmutableId, to: &bytes)
        append(",\"onPremisesSyncEnabled\":", to: &bytes)
        switch users[index].onPremisesSyncEnabled {
        case true?: append("true", to: &bytes)
        case false?: append("false", to: &bytes)
        case nil: append("null", to: &bytes)
        }
        append(",\"userType\":", to: &bytes)
        appendString(users[index].userType, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    // MARK: - Helpers

    private static func appendString(_ value: String?, to bytes: inout [UInt8]) {
        if let value {
            JSONText.appendString(value, to: &bytes)
        } else {
            append("null", to: &bytes)
        }
    }

    /// Appends the bytes of a literal: keys and punctuation, never escaped.
    private static func append(_ literal: StaticString, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
