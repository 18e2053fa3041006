import Foundation
import HardmatchCore
import Testing
@testable import HardmatchLDIF

/// A base64 value of a text attribute must decode to UTF-8: otherwise the reader says
/// where, rather than handing on bytes that would become U+FFFD without a word.
@Suite struct LDIFEncodedTextTests {
    let users = LDIFParser.Options(attributes: LDIFParser.Options.userAttributes, textAttributes: LDIFParser.Options.userTextAttributes)

    /// A user record whose `attribute` holds `bytes`, written base64-encoded.
    func ldif(_ attribute: String, _ bytes: [UInt8]) -> String {
        "dn: CN=A,DC=x\nobjectGUID:: 4WXSe+OMM0WUYfwqv5kYoA==\n\(attribute):: \(Data(bytes).base64EncodedString())\n"
    }

    @Test func latin1InAnEncodedUPNIsAnErrorOnItsLine() {
        // "jürgen@contoso.com" saved as Windows-1252: ü is the single byte 0xfc.
        let latin1 = Array("j".utf8) + [0xfc] + Array("rgen@contoso.com".utf8)
        let error = LDIF.error(ldif("userPrincipalName", latin1), options: users)
        #expect(error == LDIFError(line: 3, .invalidEncodedUTF8(attribute: "userPrincipalName")))
        #expect(error?.description.hasPrefix("3: userPrincipalName:: value decodes to bytes that are not valid UTF-8") == true)
        #expect(LDIF.error(ldif("proxyAddresses", Array("smtp:".utf8) + latin1), options: users)?.problem == .invalidEncodedUTF8(attribute: "proxyAddresses"))
    }

    @Test func encodedUTF8AndLeadingSpacesAreText() throws {
        let entries = try LDIF.entries(ldif("userPrincipalName", Array("jürgen@contoso.com".utf8)) + "mail:: IGFsaWNlQGNvbnRvc28uY29t\n", options: users)
        #expect(entries.first?.string(.userPrincipalName) == "jürgen@contoso.com")
        #expect(entries.first?.string(.mail) == " alice@contoso.com")
    }

    @Test func guidsAreBytesNotText() {
        let anchor = "dn: CN=A,DC=x\nobjectGUID:: /////////////////////w==\nmS-DS-ConsistencyGuid:: gICAgICAgICAgICAgICAgA==\n"
        #expect(LDIF.error(anchor, options: users) == nil)
    }

    /// Without `textAttributes` (every attribute kept, binary ones unknown) nothing is checked.
    @Test func onlyNamedAttributesAreChecked() {
        #expect(LDIF.error(ldif("userPrincipalName", [0xfc]), options: LDIFParser.Options()) == nil)
        #expect(LDIF.error(ldif("jpegPhoto", [0xff, 0xd8, 0xff]), options: users) == nil)
    }

    @Test func theUserSourceChecksText() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("encoded-\(UUID().uuidString).ldif").path
        try Data(ldif("displayName", [0x41, 0xe9, 0x42]).utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: LDIFError(line: 3, .invalidEncodedUTF8(attribute: "displayName"))) {
            try LDIFUserSource(path: path).forEach { _ in }
        }
    }
}
