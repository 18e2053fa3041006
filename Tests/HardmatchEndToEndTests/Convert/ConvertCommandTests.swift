import Foundation
import HardmatchTestSupport
import Testing

/// `hardmatch convert` as an administrator runs it.
@Suite struct ConvertCommandTests {
    @Test func jsonHasTheDocumentedKeys() throws {
        let result = try CommandRunner.run(["convert", "--format", "json", "7bd265e1-8ce3-4533-9461-fc2abf9918a0"])
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [[String: String]])
        #expect(array.count == 1)
        #expect(array[0]["input"] == "7bd265e1-8ce3-4533-9461-fc2abf9918a0")
        #expect(array[0]["guid"] == "7bd265e1-8ce3-4533-9461-fc2abf9918a0")
        #expect(array[0]["immutableId"] == "4WXSe+OMM0WUYfwqv5kYoA==")
        #expect(array[0]["hex"] == "e1 65 d2 7b e3 8c 33 45 94 61 fc 2a bf 99 18 a0")
        #expect(array[0]["ldapFilter"] == #"\e1\65\d2\7b\e3\8c\33\45\94\61\fc\2a\bf\99\18\a0"#)
    }

    @Test func invalidValuesAreReportedAndTheOthersStillConvert() throws {
        let result = try CommandRunner.run(["convert", "--format", "csv", "4WXSe+OMM0WUYfwqv5kYoA==", "not-a-guid", "4WXSe+OMM0WUYfwqv5kY"])
        #expect(result.status == 1)
        let rows = result.output.split(separator: "\r\n")
        #expect(rows.count == 2)
        #expect(rows[1].hasPrefix("4WXSe+OMM0WUYfwqv5kYoA==,immutableId,7bd265e1-8ce3-4533-9461-fc2abf9918a0,"))
        #expect(result.errorLines.contains { $0.hasPrefix("error: \"not-a-guid\"") })
        #expect(result.errorLines.contains { $0.hasPrefix("error: \"4WXSe+OMM0WUYfwqv5kY\" is base64 of 15 bytes") })
        #expect(result.errorLines.last == "error: 2 values could not be converted")
    }

    @Test func nothingConvertedPrintsNoHeader() throws {
        let result = try CommandRunner.run(["convert", "--format", "csv", "notaguid"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty, "\(result.output)")
        #expect(result.errorLines.count == 2)
    }

    @Test func standardInputOneValuePerLineWithLineNumbersInErrors() throws {
        let input = "7bd265e1-8ce3-4533-9461-fc2abf9918a0\r\n\nzz\n4WXSe+OMM0WUYfwqv5kYoA=="
        let result = try CommandRunner.run(["convert", "--format", "ndjson", "-"], input: Data(input.utf8))
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(result.errorLines.contains("error: standard input line 2: empty value: expected a GUID, an ImmutableId, hex bytes or an LDAP escape"))
        #expect(result.errorLines.contains { $0.hasPrefix("error: standard input line 3: \"zz\"") })
    }

    @Test func arbitraryBytesOnStandardInputNeverCrash() throws {
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        // One very long line with no newline at all, after the random part.
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 300_000)
        let result = try CommandRunner.run(["convert", "--format", "csv", "-"], input: Data(bytes))
        #expect(result.status == 1)
        #expect(result.errorLines.allSatisfy { $0.hasPrefix("error: ") })
        #expect(result.errorLines.contains { $0.contains("300000 bytes long") || $0.contains("bytes long") })
    }

    @Test func noValuesIsAUsageError() throws {
        let result = try CommandRunner.run(["convert"])
        #expect(result.status == 64)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("error: ") == true)
    }
}
