import HardmatchCore

extension LDIFParser {
    /// What the parser accepts and keeps.
    public struct Options: Sendable {
        /// Follow `attr:< file://…` values. Off by default: an export handed to hardmatch
        /// must not be able to make it read other files on the machine.
        public var allowFileURLs: Bool
        /// Names (in any case) of the attributes whose values are decoded and kept; nil keeps
        /// all. Values of other attributes are skipped without being decoded or checked, so a
        /// damaged value in an attribute hardmatch does not use does not stop a run.
        public var attributes: Set<String>?
        /// Names (in any case) of kept attributes whose values are text even when written
        /// base64-encoded (`attr::`), as LDIF requires for a value with a leading space or a
        /// non-ASCII character: such a value that is not UTF-8 is an error naming its line,
        /// never characters guessed as U+FFFD. Other base64 values are bytes (`objectGUID`).
        public var textAttributes: Set<String>
        /// Longest physical line; a longer one without a line end is not LDIF.
        public var maximumLineLength: Int
        /// Longest value once folded lines are joined.
        public var maximumValueLength: Int
        /// Most bytes of kept values in one record.
        public var maximumRecordSize: Int

        public init(
            allowFileURLs: Bool = false,
            attributes: Set<String>? = nil,
            textAttributes: Set<String> = [],
            maximumLineLength: Int = 1 << 20,
            maximumValueLength: Int = 16 << 20,
            maximumRecordSize: Int = 64 << 20
        ) {
            self.allowFileURLs = allowFileURLs
            self.attributes = attributes
            self.textAttributes = textAttributes
            self.maximumLineLength = maximumLineLength
            self.maximumValueLength = maximumValueLength
            self.maximumRecordSize = maximumRecordSize
        }

        /// The attributes `OnPremUserMapping.map` reads, lower-cased: keep only these for users.
        public static let userAttributes: Set<String> = Set(OnPremUserMapping.attributes.map { $0.lowercased() })

        /// `userAttributes` that hold text: all but the two GUIDs.
        public static let userTextAttributes: Set<String> = userAttributes.subtracting(["objectguid", "ms-ds-consistencyguid"])
    }
}
