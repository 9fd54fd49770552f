import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation
import GraphvizRendering

/// The one exit-status scheme of every command, documented in README ("Exit status"):
///
/// | status | meaning |
/// |---|---|
/// | 0 | done |
/// | 1 | a failure while running: a file, folder or store that cannot be read or written, corrupt input |
/// | 2 | the question was fine but has no answer: no path, nothing left in the view, an empty graph |
/// | 64 | a usage mistake: a bad option or value, an unknown or ambiguous actor name |
///
/// Before this, each command chose on its own: an unknown actor was 64 in `path` and 1 in
/// `show`, and a corrupt store was 64 in `path` only. Scripts can now branch on the status.
enum ExitStatus {
    static let failure: Int32 = 1
    static let nothingFound: Int32 = 2
    static let usage: Int32 = 64

    /// The status for an error thrown by a command, or nil where ArgumentParser's own status
    /// already fits: 64 for parsing and `ValidationError`, an `ExitCode`'s own, 1 for the rest.
    static func code(for error: any Error) -> Int32? {
        switch error {
        case let error as StoreError:
            switch error {
            case .unknownActor, .ambiguousActor, .invalidMerge, .notMerged, .aliasTaken, .invalidCorrection: return usage
            default: return failure
            }
        case is NameResolutionError, is DateRangeError, is UsageError: return usage
        case let error as PathError:
            if case .searchLimitReached = error { return nothingFound }
            return usage
        case let error as ViewError:
            switch error {
            case .noPath: return nothingFound
            case .missingHop: return failure
            default: return usage
            }
        case is NothingFound: return nothingFound
        case let error as RenderError:
            // `--layout nope` and `--format nope` are usage mistakes, as `export --format nope` is.
            switch error {
            case .unknownFormat, .unknownLayout: return usage
            default: return nil
            }
        case is Render.UnknownExtension: return usage
        default:
            // Everything else: ArgumentParser's own errors keep its text and status (64 for
            // parsing and `ValidationError`), and any other error it prints with status 1.
            return nil
        }
    }
}

/// A usage mistake found while running (exit 64), printed without the usage text.
struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A question with no answer (exit 2): the message says what was looked for.
protocol NothingFound: Error, CustomStringConvertible {}
