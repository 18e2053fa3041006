import ArgumentParser

/// SOURCE of SPEC §8: an LDIF export (`--ldif`) or a live directory (the LDAP flags).
struct DirectorySourceOptions: ParsableArguments {
    @Option(name: .customLong("ldif"), help: ArgumentHelp("Read users from an LDIF export (ldapsearch -LLL or ldifde -f); - for standard input.", valueName: "PATH"))
    var ldif: String?

    @Flag(name: .customLong("allow-file-urls"), help: "Let the LDIF export include values from local files (attr:< file:///...).")
    var allowFileURLs = false

    @OptionGroup(title: "Directory (LDAP)")
    var ldap: LDAPOptions

    func validate() throws {
        switch (ldif, ldap.isGiven) {
        case (nil, false):
            throw ValidationError("give a source: --uri ldaps://dc.example.com, or --ldif FILE")
        case (.some, true):
            throw ValidationError("give either --ldif or --uri, not both")
        default:
            break
        }
    }
}
