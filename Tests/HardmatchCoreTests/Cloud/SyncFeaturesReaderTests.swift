import HardmatchCore
import Testing

/// `--sync-features FILE` and the live read: every shape SPEC §4 names, and the errors.
@Suite struct SyncFeaturesReaderTests {
    private func read(_ text: String) throws -> SyncFeatures {
        try SyncFeaturesReader.read(Array(text.utf8))
    }

    private let flags = #""blockSoftMatchEnabled":true,"blockCloudObjectTakeoverThroughHardMatchEnabled":true,"softMatchOnUpnEnabled":false,"allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled":false,"passwordSyncEnabled":true"#

    @Test func aGraphPageOneObjectAndPowerShellGiveTheSameFlags() throws {
        let page = try read(#"{"@odata.context":"x","value":[{"id":"s","configuration":{"accidentalDeletionPrevention":{"alertThreshold":500}},"features":{"# + flags + "}}]}")
        let object = try read(#"{"id":"s","features":{"# + flags + "}}")
        let powerShell = try read(#"{"Configuration":{},"Features":{"BlockSoftMatchEnabled":true,"BlockCloudObjectTakeoverThroughHardMatchEnabled":true,"SoftMatchOnUpnEnabled":false,"AllowOnPremUpdateOfOnPremisesObjectIdentifierEnabled":false},"Id":"s"}"#)
        let bare = try read("{" + flags + "}")
        #expect(page.blockSoftMatchEnabled && page.blockCloudObjectTakeoverThroughHardMatchEnabled && !page.softMatchOnUpnEnabled)
        #expect(object == page)
        #expect(powerShell == page)
        #expect(bare == page)
    }

    @Test func whatCannotBeTrustedIsAnError() {
        #expect(throws: SyncFeaturesError.missingFlags(["softMatchOnUpnEnabled", "allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled"])) {
            try read(#"{"features":{"blockSoftMatchEnabled":false,"blockCloudObjectTakeoverThroughHardMatchEnabled":false,"softMatchOnUpnEnabled":null}}"#)
        }
        #expect(throws: SyncFeaturesError.noFeatures) { try read(#"{"value":[]}"#) }
        #expect(throws: SyncFeaturesError.severalObjects(2)) { try read(#"{"value":[{"features":{}},{"features":{}}]}"#) }
        #expect(throws: SyncFeaturesError.empty) { try read("  ") }
        #expect(throws: SyncFeaturesError.self) { try read(#"{"features":{"blockSoftMatchEnabled":"yes"}}"#) }
        #expect(throws: SyncFeaturesError.self) { try read(#"{"features":"#) }
        #expect(throws: SyncFeaturesError.self) { try read(String(repeating: "[", count: 5000)) }
    }
}
