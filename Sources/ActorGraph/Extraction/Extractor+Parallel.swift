import Dispatch
import Foundation

extension Extractor {
    /// Extracts every document on every core; the results keep the documents' order.
    ///
    /// Each document's extraction is independent of the others (the extractor is a
    /// `Sendable` value with no shared mutable state), so a folder of articles divides
    /// across cores with no change in what is found.
    public func extractAll(_ documents: [Document]) -> [DocumentExtraction] {
        guard documents.count > 1 else { return documents.map(extract) }
        let slots = ExtractionSlots(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            slots.store(extract(documents[index]), at: index)
        }
        return slots.values()
    }

    /// Documents handed to the cores at a time by ``graph(from:)``: enough to keep every
    /// core busy whatever the articles' sizes, few enough that a large folder's extractions
    /// are merged as they come rather than all held at once.
    static let parallelBatch = 256

    /// Extracts every document across cores and merges the results in document order, so
    /// the graph is the one a document-by-document run gives. Merging a batch overlaps the
    /// extraction of the next one: the merge is serial, and would otherwise idle the cores.
    func parallelGraph(from documents: [Document]) -> Graph {
        var builder = GraphBuilder()
        var start = documents.startIndex
        var ready: [DocumentExtraction] = []
        while start < documents.endIndex || !ready.isEmpty {
            let end = min(start + Self.parallelBatch, documents.endIndex)
            let next = Array(documents[start..<end])
            start = end
            let pending = PendingBatch()
            let group = DispatchGroup()
            if !next.isEmpty {
                DispatchQueue.global().async(group: group) { [self] in pending.set(extractAll(next)) }
            }
            for extraction in ready { builder.add(extraction) }
            group.wait()
            ready = pending.take()
        }
        return builder.graph()
    }
}

/// One result slot per document, written from the worker threads under a lock.
private final class ExtractionSlots: @unchecked Sendable {
    private var slots: [DocumentExtraction?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ extraction: DocumentExtraction, at index: Int) {
        lock.lock()
        slots[index] = extraction
        lock.unlock()
    }

    func values() -> [DocumentExtraction] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}

/// The extractions of the batch in flight, handed from the background queue to the merger.
private final class PendingBatch: @unchecked Sendable {
    private var extractions: [DocumentExtraction] = []
    private let lock = NSLock()

    func set(_ values: [DocumentExtraction]) {
        lock.lock()
        extractions = values
        lock.unlock()
    }

    func take() -> [DocumentExtraction] {
        lock.lock()
        defer { lock.unlock() }
        let values = extractions
        extractions = []
        return values
    }
}
