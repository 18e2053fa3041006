import HardmatchCore

extension CloudUserSet {
    /// Adds the users of Graph export files (`--cloud`), each read within the cloud file bound
    /// and refused when it lacks the fields a prediction depends on.
    ///
    /// `plan` and `verify` read exports the same way, so they refuse the same files with the
    /// same one-line messages.
    mutating func addExportFiles(_ paths: [String]) throws {
        for path in paths {
            let bytes = try FileContents.read(path, option: "--cloud", limit: FileContents.cloudLimit)
            do {
                let export = try CloudExportReader.read(bytes)
                try export.requireDecidingFields()
                try add(export, file: path)
            } catch let error as CloudExportError {
                throw CommandFailure("--cloud \(path): \(error)")
            } catch let problem as CloudUserSet.Problem {
                throw CommandFailure("--cloud: \(problem)")
            }
        }
    }
}
