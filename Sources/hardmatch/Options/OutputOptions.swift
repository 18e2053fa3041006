import ArgumentParser

/// `--format` and `--output`, shared by the commands that print records.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Output format: json, ndjson, csv or table (default: table on a terminal, ndjson otherwise).", valueName: "FORMAT"))
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically, mode 0600) instead of standard output.", valueName: "PATH"))
    var output: String?

    @OptionGroup var csvOptions: CSVOptions
}
