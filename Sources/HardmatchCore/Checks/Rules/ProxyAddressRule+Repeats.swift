/// One user holding the same address twice: `SMTP:a@contoso.com` and `smtp:A@contoso.com`,
/// or `smtp:a@contoso.com` and `smtp: a@contoso.com`.
///
/// Entra ID and Exchange compare proxy addresses case-insensitively, with their type, and a
/// recipient holds each address once: the two values are one address, and whether it stays
/// the primary depends on which one survives. `DuplicateValueRule` finds the same address on
/// two users; this finds it twice on one.
///
/// Pairwise over the user's values, without building a set: a user has a handful of
/// addresses, and this runs for every user.
extension ProxyAddressRule {
    func checkRepeats(of user: OnPremUser, into findings: inout [Finding]) {
        let values = user.proxyAddresses
        guard values.count > 1, Self.firstRepeat(values) != nil else { return }
        for (index, value) in values.enumerated() {
            guard let proxy = ProxyAddress(value),
                  let other = values.indices.first(where: { $0 != index && (ProxyAddress(values[$0]).map(proxy.isSameAddress) ?? false) })
            else { continue }
            let detail = "the same address as \(QuotedText.quote(values[other])) on this user; a mailbox holds each address once: keep one"
            findings.append(finding(user, value, .repeated, .error, detail))
        }
    }

    /// The index of the first value that repeats an earlier one, or nil; allocates nothing.
    private static func firstRepeat(_ values: [String]) -> Int? {
        if let repeated = asciiFirstRepeat(values) { return repeated }
        for later in 1..<values.count {
            guard let proxy = ProxyAddress(values[later]) else { continue }
            for earlier in 0..<later where ProxyAddress(values[earlier]).map(proxy.isSameAddress) ?? false {
                return later
            }
        }
        return nil
    }

    /// `firstRepeat` on the bytes, when every value is ASCII: nil (decide the long way) when
    /// one is not, else the index, or `.some(nil)` for none.
    private static func asciiFirstRepeat(_ values: [String]) -> Int?? {
        for later in 1..<values.count {
            for earlier in 0..<later {
                let same: Bool?? = values[later].withASCII { a in values[earlier].withASCII { b in sameASCIIAddress(a, b) } }
                guard let same = same ?? nil else { return nil }
                if same { return .some(later) }
            }
        }
        return .some(nil)
    }

    /// `ProxyAddress.isSameAddress` for two ASCII values; false when either is no proxy address.
    private static func sameASCIIAddress(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let left = asciiParts(a), let right = asciiParts(b) else { return false }
        return ASCIIBytes.equalFolded(UnsafeBufferPointer(rebasing: a[left.address]), UnsafeBufferPointer(rebasing: b[right.address]))
            && ASCIIBytes.equalFolded(UnsafeBufferPointer(rebasing: a[left.type]), UnsafeBufferPointer(rebasing: b[right.type]))
    }

    /// `ProxyAddress`'s trimmed type and address in ASCII bytes; nil without a type before a colon.
    private static func asciiParts(_ bytes: UnsafeBufferPointer<UInt8>) -> (type: Range<Int>, address: Range<Int>)? {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        func trimmed(_ range: Range<Int>) -> Range<Int> {
            var start = range.lowerBound, end = range.upperBound
            while start < end, ASCIIBytes.isSpaceOrControl(bytes[start]) { start += 1 }
            while end > start, ASCIIBytes.isSpaceOrControl(bytes[end - 1]) { end -= 1 }
            return start..<end
        }
        let type = trimmed(0..<colon)
        guard !type.isEmpty else { return nil }
        return (type, trimmed(colon + 1..<bytes.count))
    }

    /// True when `user` holds `candidate`'s address in another value than `value`: a fix that
    /// turned `value` into `candidate` would make the user hold one address twice.
    static func holds(_ user: OnPremUser, _ candidate: String, besides value: String) -> Bool {
        guard let proposed = ProxyAddress(candidate) else { return false }
        var skipped = false
        for other in user.proxyAddresses {
            if !skipped, other == value {
                skipped = true
                continue
            }
            if let held = ProxyAddress(other), proposed.isSameAddress(as: held) { return true }
        }
        return false
    }
}
