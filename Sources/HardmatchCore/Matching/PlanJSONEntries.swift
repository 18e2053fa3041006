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
        JSONText.appendLiteral("{\"outcome\":", to: &bytes)
        JSONText.appendString(row.outcome.rawValue, to: &bytes)
        JSONText.appendLiteral(",\"via\":", to: &bytes)
        JSONText.appendString(row.via?.rawValue, to: &bytes)
        JSONText.appendLiteral(",\"reason\":", to: &bytes)
        JSONText.appendString(row.reason?.rawValue ?? (row.outcome == .outOfScope ? onPrem[Int(row.onPrem)].outOfScope?.rawValue : nil), to: &bytes)
        if row.onPrem >= 0 {
            appendOnPrem(onPrem, Int(row.onPrem), to: &bytes)
        } else {
            JSONText.appendLiteral(",\"immutableId\":null,\"onPrem\":null", to: &bytes)
        }
        JSONText.appendLiteral(",\"cloud\":", to: &bytes)
        if row.cloud >= 0 {
            appendCloud(cloud, Int(row.cloud), to: &bytes)
        } else {
            JSONText.appendLiteral("null", to: &bytes)
        }
        JSONText.appendLiteral(",\"detail\":", to: &bytes)
        if row.detail >= 0 {
            // Rare, and with keys that depend on the reason: `JSONText` writes it.
            var json = JSONText()
            PlanFormat.writeDetail(details[Int(row.detail)], to: &json)
            bytes.append(contentsOf: json.bytes)
        } else {
            JSONText.appendLiteral("null", to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    // MARK: - Users

    /// `immutableId` and `onPrem`: the anchor, encoded once, is both the value to write and `sourceAnchor`.
    private static func appendOnPrem(_ users: UnsafeBufferPointer<OnPremUser>, _ index: Int, to bytes: inout [UInt8]) {
        let anchor = users[index].sourceAnchor.string
        JSONText.appendLiteral(",\"immutableId\":", to: &bytes)
        JSONText.appendString(anchor, to: &bytes)
        JSONText.appendLiteral(",\"onPrem\":{\"dn\":", to: &bytes)
        JSONText.appendString(users[index].dn, to: &bytes)
        JSONText.appendLiteral(",\"objectGUID\":", to: &bytes)
        JSONText.appendString(users[index].objectGUID.string, to: &bytes)
        JSONText.appendLiteral(",\"userPrincipalName\":", to: &bytes)
        JSONText.appendString(users[index].userPrincipalName, to: &bytes)
        JSONText.appendLiteral(",\"sAMAccountName\":", to: &bytes)
        JSONText.appendString(users[index].sAMAccountName, to: &bytes)
        JSONText.appendLiteral(",\"sourceAnchor\":", to: &bytes)
        JSONText.appendString(anchor, to: &bytes)
        JSONText.appendLiteral(",\"primarySmtp\":", to: &bytes)
        JSONText.appendString(users[index].primarySmtp, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    private static func appendCloud(_ users: UnsafeBufferPointer<CloudUser>, _ index: Int, to bytes: inout [UInt8]) {
        JSONText.appendLiteral("{\"id\":", to: &bytes)
        JSONText.appendString(users[index].id, to: &bytes)
        JSONText.appendLiteral(",\"userPrincipalName\":", to: &bytes)
        JSONText.appendString(users[index].userPrincipalName, to: &bytes)
        JSONText.appendLiteral(",\"mail\":", to: &bytes)
        JSONText.appendString(users[index].mail, to: &bytes)
        JSONText.appendLiteral(",\"onPremisesImmutableId\":", to: &bytes)
        JSONText.appendString(users[index].onPremisesImmutableId, to: &bytes)
        JSONText.appendLiteral(",\"onPremisesSyncEnabled\":", to: &bytes)
        JSONText.appendBool(users[index].onPremisesSyncEnabled, to: &bytes)
        JSONText.appendLiteral(",\"userType\":", to: &bytes)
        JSONText.appendString(users[index].userType, to: &bytes)
        JSONText.appendLiteral(",\"onPremisesObjectIdentifier\":", to: &bytes)
        JSONText.appendString(users[index].onPremisesObjectIdentifier, to: &bytes)
        if let managed = users[index].isCloudManaged {
            JSONText.appendLiteral(managed ? ",\"onPremisesSyncBehavior\":{\"isCloudManaged\":true}}" : ",\"onPremisesSyncBehavior\":{\"isCloudManaged\":false}}", to: &bytes)
        } else {
            JSONText.appendLiteral(",\"onPremisesSyncBehavior\":null}", to: &bytes)
        }
    }
}
