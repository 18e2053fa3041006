import Foundation
import Testing
@testable import HardmatchCore

@Suite struct JSONTextTests {
    @Test func writesKeysInOrderWithNullsAndEscapes() throws {
        var json = JSONText()
        json.beginObject()
        json.field("dn", "CN=Zoë \"Z\" Ødegård,OU=Staff\\Sales")
        json.field("mail", nil as String?)
        json.field("proxyAddresses", ["SMTP:a@b", "smtp:c@d"])
        json.field("enabled", true)
        json.field("note", "line\nbreak\u{1}")
        json.endObject()
        let text = String(decoding: json.bytes, as: UTF8.self)
        #expect(text == #"{"dn":"CN=Zoë \"Z\" Ødegård,OU=Staff\\Sales","mail":null,"proxyAddresses":["SMTP:a@b","smtp:c@d"],"enabled":true,"note":"line\nbreak\u0001"}"#)
        // An independent parser must read back the same values.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any])
        #expect(object["dn"] as? String == "CN=Zoë \"Z\" Ødegård,OU=Staff\\Sales")
        #expect(object["mail"] is NSNull)
        #expect(object["note"] as? String == "line\nbreak\u{1}")
    }

    @Test func csvQuotesOnlyWhatNeedsIt() {
        var csv = CSVText()
        csv.row(["plain", "with,comma", "with \"quote\"", nil, "two\nlines"])
        #expect(String(decoding: csv.bytes, as: UTF8.self) == "plain,\"with,comma\",\"with \"\"quote\"\"\",,\"two\nlines\"\r\n")
    }
}
