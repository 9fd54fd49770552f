/// A problem found while a command runs: printed as `Error: ...` and a non-zero exit, without
/// the usage text that ArgumentParser adds to a `ValidationError` (and, thrown from `run()`,
/// prints for the root command, not the one at fault). Checks of the arguments alone belong
/// in `validate()`, where the usage shown is the command's own.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
