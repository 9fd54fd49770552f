import Dispatch
import Foundation
import Testing
@testable import ActorGraph

/// `pdftotext` and `unzip` run as subprocesses: one that hangs, floods its output or refuses
/// the file must end in an error naming the file, never a stalled read. Fake converters
/// (shell scripts in a folder searched instead of `PATH`) stand in for the real tools.
@Suite struct ConverterLimitTests {
    /// A folder holding one executable script named `tool`.
    private func fakeTool(_ tool: String, _ script: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agtool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(tool)
        try Data("#!/bin/sh\n\(script)\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        return folder
    }

    private func message(_ body: () throws -> Void) -> String? {
        do { try body() } catch { return "\(error)" }
        return nil
    }

    @Test func aConverterThatHangsIsStoppedAtTheDeadline() throws {
        let folder = try fakeTool("pdftotext", "exec sleep 30")
        defer { try? FileManager.default.removeItem(at: folder) }
        let start = Date()
        let error = message { _ = try ConvertedText.pdf(at: "/articles/slow.pdf", limits: .init(timeout: 1, searchPath: folder.path)) }
        #expect(Date().timeIntervalSince(start) < 10, "stopped near the deadline")
        let text = try #require(error)
        #expect(text.contains("/articles/slow.pdf") && text.contains("pdftotext") && text.contains("1 s"), "\(text)")
    }

    @Test func aConverterThatFloodsItsOutputIsStoppedAtTheCap() throws {
        let folder = try fakeTool("pdftotext", "exec yes 'Turkey backs the Syrian National Army.'")
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = message {
            _ = try ConvertedText.pdf(at: "/articles/huge.pdf", limits: .init(timeout: 30, outputCap: 1 << 20, searchPath: folder.path))
        }
        let text = try #require(error)
        #expect(text.contains("/articles/huge.pdf") && text.contains("1 MB"), "\(text)")
    }

    @Test func pdftotextExitStatusesAreNamedAsReasons() throws {
        for (status, reason) in [(1, "damaged or password-protected"), (3, "does not permit copying its text")] {
            let folder = try fakeTool("pdftotext", "exit \(status)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let error = message { _ = try ConvertedText.pdf(at: "/articles/a.pdf", limits: .init(searchPath: folder.path)) }
            let text = try #require(error)
            #expect(text.contains("/articles/a.pdf") && text.contains(reason) && !text.contains("exit status"), "\(text)")
        }
    }

    /// Converters run from every worker of `concurrentPerform`, as `ParallelReading` runs
    /// them, all finish: their output is not read on threads of the queue the workers hold.
    @Test func convertersRunFromEveryCoreAtOnceAllFinish() throws {
        let folder = try fakeTool("pdftotext", "echo 'Iran backs Hezbollah.'; echo 'a warning' >&2")
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = ProcessInfo.processInfo.activeProcessorCount * 8
        let done = DispatchSemaphore(value: 0)
        final class Texts: @unchecked Sendable { var values: [String?]; let lock = NSLock(); init(_ n: Int) { values = Array(repeating: nil, count: n) } }
        let texts = Texts(count)
        Thread.detachNewThread {
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let text = try? ConvertedText.pdf(at: "/articles/\(index).pdf", limits: .init(timeout: 20, searchPath: folder.path))
                texts.lock.lock(); texts.values[index] = text; texts.lock.unlock()
            }
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 60) == .success, "converters stalled")
        texts.lock.lock(); defer { texts.lock.unlock() }
        #expect(texts.values.allSatisfy { $0?.contains("Iran backs Hezbollah.") == true })
    }
}
