import ActorGraph
import Dispatch
import Foundation

/// Reads article files on every core. Reading (decoding, HTML and Markdown cleaning) is a
/// tenth of the work of extracting a folder, and done file by file it left the other cores
/// idle; each file's outcome comes back in the files' order, so the warnings and the first
/// error are the ones a file-by-file read gives.
enum ParallelReading {
    private final class Outcomes: @unchecked Sendable {
        var values: [Result<DocumentLoader.LoadedFile, any Error>?]
        let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
    }

    static func read(_ files: [URL], with loader: DocumentLoader) -> [Result<DocumentLoader.LoadedFile, any Error>] {
        let outcomes = Outcomes(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let outcome = Result { try loader.read(file: files[index]) }
            outcomes.lock.lock()
            outcomes.values[index] = outcome
            outcomes.lock.unlock()
        }
        return outcomes.values.compactMap { $0 }
    }
}
