import ArgumentParser
import HardmatchCore

/// `--csv-exact`: CSV values as read, without the spreadsheet-formula guard.
struct CSVOptions: ParsableArguments {
    @Flag(name: .customLong("csv-exact"), help: "In CSV output, write values exactly as read. By default a value starting with =, +, -, @, a tab or a carriage return gets a leading ' so a spreadsheet shows it instead of running it as a formula.")
    var exact = false

    /// The formula handling these options ask for.
    var formulas: CSVText.Formulas { exact ? .exact : .neutralised }
}
