import Foundation
import HardmatchTestSupport
import Testing

/// Numeric options out of their range are usage errors, never a trap in a conversion.
@Suite struct OptionBoundsTests {
    @Test(arguments: [
        ["--timeout", "9223372036854775807"], ["--timeout", "4294967296"], ["--page-size", "2147483648"], ["--page-size", "0"],
    ])
    func outOfRangeIsAUsageError(option: [String]) throws {
        let result = try CommandRunner.run(["dump", "--uri", "ldaps://127.0.0.1:9"] + option)
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.errorLines.last?.contains("must be between 1 and") == true)
    }
}
