import Foundation
import Testing

/// Inputs as an analyst has them (issue 13, "Inputs"): an article piped in with `-`, PDFs and
/// Word files, a date for articles that carry none, year and month date bounds, a folder of
/// mixed files, and one exit-status scheme for every command. Runs the built binary.
@Suite struct InputCLITests {
    typealias Folder = MessageCLITests.Folder

    static let article = "Turkey backs the Syrian National Army. The Hamza Division is part of the Syrian National Army."

    /// Runs the binary with `input` on its standard input (an empty one without).
    static func run(_ arguments: [String], input: String? = nil) throws -> PathCommandTests.Result {
        let process = Process()
        process.executableURL = PathCommandTests.packageRoot.appendingPathComponent(".build/debug/actorgraph")
        process.arguments = arguments
        process.environment = ["ACTORGRAPH_DB": "/nonexistent/actorgraph-input-tests.sqlite", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return PathCommandTests.Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A one-page PDF whose text is `text` (ASCII, no parentheses), written by hand: objects,
    /// a cross-reference table with the true byte offsets, and a trailer.
    static func pdf(_ text: String) -> Data {
        let content = "BT /F1 12 Tf 72 720 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }

    /// A Word file whose one paragraph is `text`: a zip written by hand, as the PDF is, so
    /// that the test needs only the `unzip` actorgraph itself runs, never `zip`.
    static func docx(_ text: String) -> Data {
        zip([("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:body></w:document>")])
    }

    /// A zip archive of `entries`, stored (not compressed): a local header and the bytes of
    /// each, then the central directory and its end record, with true CRC-32s and offsets.
    static func zip(_ entries: [(name: String, contents: String)]) -> Data {
        func le16(_ value: Int, _ bytes: inout [UInt8]) { bytes += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: UInt32, _ bytes: inout [UInt8]) { for shift in [0, 8, 16, 24] { bytes.append(UInt8(value >> UInt32(shift) & 0xFF)) } }
        var out: [UInt8] = [], central: [UInt8] = []
        for (name, contents) in entries {
            let nameBytes = Array(name.utf8), body = Array(contents.utf8)
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in body {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
            }
            crc = ~crc
            let offset = UInt32(out.count)
            // Version 2.0, no flags, stored, 1980-01-01 00:00.
            let common: (inout [UInt8]) -> Void = { bytes in
                le16(20, &bytes); le16(0, &bytes); le16(0, &bytes); le16(0, &bytes); le16(0x21, &bytes)
                le32(crc, &bytes); le32(UInt32(body.count), &bytes); le32(UInt32(body.count), &bytes)
                le16(nameBytes.count, &bytes); le16(0, &bytes)
            }
            le32(0x0403_4B50, &out)
            common(&out)
            out += nameBytes + body
            le32(0x0201_4B50, &central)
            le16(20, &central)  // made by
            common(&central)
            le16(0, &central); le16(0, &central); le16(0, &central); le32(0, &central)  // comment, disk, attributes
            le32(offset, &central)
            central += nameBytes
        }
        let centralOffset = UInt32(out.count)
        out += central
        le32(0x0605_4B50, &out)
        le16(0, &out); le16(0, &out); le16(entries.count, &out); le16(entries.count, &out)
        le32(UInt32(central.count), &out); le32(centralOffset, &out); le16(0, &out)
        return Data(out)
    }

    static var hasPdftotext: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") }
    static var hasUnzip: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip") }

    @Test func standardInputIsAnArticleForExtractRenderPathAndIngest() throws {
        let folder = try Folder()
        let extract = try Self.run(["extract", "-", "--compact"], input: Self.article)
        #expect(extract.status == 0, "\(extract.stderr)")
        #expect(extract.stdout.contains("\"turkey\"") && extract.stdout.contains("stdin-"))

        let render = try Self.run(["render", "-", "--format", "dot"], input: Self.article)
        #expect(render.status == 0 && render.stdout.contains("digraph"), "\(render.stderr)")

        let path = try Self.run(["path", "Turkey", "Hamza Division", "-"], input: Self.article)
        #expect(path.status == 0 && path.stdout.contains("Hamza Division"), "\(path.stderr)")

        let store = folder.path("s.sqlite")
        let ingest = try Self.run(["ingest", "--quiet", "--db", store, "-", "--date", "2024-05"], input: Self.article)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("1 new"))
        // The same text again is the same document; another text is another one.
        let again = try Self.run(["ingest", "--quiet", "--db", store, "-", "--date", "2024-05"], input: Self.article)
        #expect(again.stdout.contains("0 new") && again.stdout.contains("1 unchanged"), "\(again.stdout)")
        let other = try Self.run(["ingest", "--quiet", "--db", store, "-"], input: "Iran backs Hezbollah.")
        #expect(other.stdout.contains("1 new") && other.stdout.contains("2 documents"), "\(other.stdout)")
        // '--since 2024' is a year, as '--as-of 2024' is; the piped article is dated May 2024.
        let show = try Self.run(["show", "Turkey", "--db", store, "--since", "2024", "--until", "2024-05"])
        #expect(show.status == 0 && show.stdout.contains("Syrian National Army"), "\(show.stderr)")
        let before = try Self.run(["show", "Turkey", "--db", store, "--until", "2023"])
        #expect(before.status == 0 && !before.stdout.contains("Turkey backs the Syrian"), "\(before.stdout)")

        let twice = try Self.run(["extract", "-", "-"], input: Self.article)
        #expect(twice.status == 64 && twice.stderr.contains("more than once"), "\(twice.stderr)")
    }

    @Test func dateFillsAGapAndTheArticlesOwnDateWins() throws {
        let folder = try Folder()
        try folder.write("plain.txt", "Turkey backs the Syrian National Army.")
        try folder.write("dated.md", "---\ntitle: Dated\ndate: 2023-02-01\n---\nIran backs Hezbollah.\n")
        try folder.write("page.html", "<html><head><meta property=\"article:published_time\" content=\"2022-07-09\"><title>P</title></head><body><p>Russia backs the Assad regime.</p></body></html>")
        try folder.write("archive.jsonl", "{\"id\": \"r1\", \"date\": \"2021-03-04\", \"text\": \"Qatar backs Hamas.\"}\n")
        let store = folder.path("s.sqlite")
        let ingest = try Self.run(["ingest", "--quiet", "--db", store, "--date", "2024-12-08", folder.url.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        for (actor, date) in [("Turkey", "2024-12-08"), ("Iran", "2023-02-01"), ("Russia", "2022-07-09"), ("Qatar", "2021-03-04")] {
            let show = try Self.run(["show", actor, "--db", store, "--json"])
            #expect(show.stdout.contains("\"date\" : \"\(date)\""), "\(actor): \(show.stdout)")
        }
        let bad = try Self.run(["extract", "--date", "2024-02-30", folder.path("plain.txt")])
        #expect(bad.status == 64 && bad.stderr.contains("'--date 2024-02-30'"), "\(bad.stderr)")
    }

    @Test(.enabled(if: hasPdftotext && hasUnzip, "needs pdftotext (poppler-utils) and unzip, as Scripts/setup installs"))
    func aFolderOfMixedFilesNamesEveryFileItCouldNotRead() throws {
        let folder = try Folder()
        try folder.write("a.txt", "Turkey backs the Syrian National Army.")
        try folder.write("b.md", "---\ndate: 2024-01-02\n---\nIran backs Hezbollah.\n")
        try folder.write("c.html", "<html><body><p>Russia backs the Assad regime.</p></body></html>")
        try folder.write("d.jsonl", "{\"id\": \"q\", \"text\": \"Qatar backs Hamas.\"}\n")
        try Self.pdf("The Hamza Division is part of the Syrian National Army.").write(to: folder.url.appendingPathComponent("e.pdf"))
        try Data("%PDF-1.4 broken".utf8).write(to: folder.url.appendingPathComponent("broken.pdf"))
        try Data([0x00, 0xFF, 0xFE, 0x12, 0x80, 0x81]).write(to: folder.url.appendingPathComponent("blob.bin"))
        try Data([0xC3, 0x28, 0xA0, 0xA1]).write(to: folder.url.appendingPathComponent("latin.txt"))
        try folder.write("locked.txt", "Egypt backs Haftar.")
        let locked = folder.path("locked.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked)
        let lockedIsUnreadable = !FileManager.default.isReadableFile(atPath: locked)  // root reads anything
        try Self.docx("Iran backs the Houthis.").write(to: folder.url.appendingPathComponent("f.docx"))

        // A store that already holds an article: nothing in it may be lost.
        let store = folder.path("store.sqlite")
        let first = try Self.run(["ingest", "--quiet", "--db", store, "-"], input: "Egypt backs the Libyan National Army.")
        #expect(first.status == 0, "\(first.stderr)")
        let result = try Self.run(["ingest", "--quiet", "--db", store, folder.url.path])
        #expect(result.status == 1, "an article that could not be read fails the run: \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        let summary = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("could not read") })
        var unread = ["broken.pdf", "blob.bin", "latin.txt"]
        if lockedIsUnreadable { unread.append("locked.txt") }
        for name in unread {
            #expect(summary.contains(name), "\(name) named in the summary: \(summary)")
            #expect(result.stderr.contains(name), "\(name) named on stderr: \(result.stderr)")
        }
        #expect(summary.hasPrefix("could not read \(unread.count) files"), "\(summary)")
        for name in ["a.txt", "b.md", "c.html", "d.jsonl", "e.pdf", "f.docx"] { #expect(!summary.contains(name)) }
        // What could be read is stored: the PDF's and the Word file's relations too.
        let hamza = try Self.run(["show", "Hamza Division", "--db", store])
        #expect(hamza.status == 0 && hamza.stdout.contains("e.pdf"), "\(hamza.stdout)\(hamza.stderr)")
        let houthis = try Self.run(["show", "Houthis", "--db", store])
        #expect(houthis.status == 0 && houthis.stdout.contains("f.docx"), "\(houthis.stdout)\(houthis.stderr)")
        let egypt = try Self.run(["show", "Egypt", "--db", store])
        #expect(egypt.status == 0 && egypt.stdout.contains("Libyan National Army"), "\(egypt.stdout)\(egypt.stderr)")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: locked)
    }

    @Test func aMissingConverterIsNamedWithThePackage() throws {
        let folder = try Folder()
        try Self.pdf("Turkey backs the Syrian National Army.").write(to: folder.url.appendingPathComponent("a.pdf"))
        let process = Process()
        process.executableURL = PathCommandTests.packageRoot.appendingPathComponent(".build/debug/actorgraph")
        process.arguments = ["extract", folder.path("a.pdf")]
        process.environment = ["PATH": folder.url.path]  // no pdftotext here
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("a.pdf") && stderr.contains("pdftotext") && stderr.contains("poppler-utils"), "\(stderr)")
    }

    /// Usage mistakes exit 64 in every command, including the ones that used to exit 1.
    @Test func everyUsageMistakeExits64() throws {
        let folder = try Folder()
        let store = try MessageCLITests.store(in: folder)
        let graph = PathCommandTests.fixtureFile.path
        let cases: [[String]] = [
            ["extract"],
            ["extract", "--date", "tomorrow", folder.path("a.txt")],
            ["render", "--input", graph, "--layout", "nope"],
            ["render", "--input", graph, "--format", "nope"],
            ["render", "--input", graph, "-o", folder.path("graph.xyz")],
            ["render", "--input", graph, "--since", "2024-13"],
            ["path", "Turkey", "Iran", "--db", store, "--since", "May"],
            ["show", "Turkey", "--db", store, "--since", "2024-13"],
            ["ingest", "--db", store, "--date", "2024-02-30", folder.path("a.txt")],
            ["actor", "add", "X", "--type", "planet", "--db", store],
            ["actor", "retype", "Turkey", "planet", "--db", store],
            ["actor", "add", "Turkey", "--type", "state", "--db", store],
            ["actor", "remove", "Nobody At All", "--db", store],
            ["actor", "rename", "Turkey", "Iran", "--db", store],
            ["corrections", "undo", "0", "--db", store],
            ["corrections", "undo", "999", "--db", store],
            ["alias", "remove", "Turkey", "Hezbollah", "--db", store],
        ]
        for arguments in cases {
            let result = try Self.run(arguments)
            #expect(result.status == 64, "\(arguments): exit \(result.status), \(result.stderr)")
            #expect(result.stderr.contains("Error: ") && !result.stderr.contains("Fatal error"), "\(arguments): \(result.stderr)")
        }
        // Nothing a refused correction touched is lost.
        let actors = try Self.run(["actors", "--db", store])
        for name in ["Turkey", "Iran", "Hezbollah", "Syrian National Army"] { #expect(actors.stdout.contains(name)) }
    }

    /// Failures while running (a file that cannot be read, no store) exit 1 and name the file.
    @Test func unreadableInputsExit1NamingTheFile() throws {
        let folder = try Folder()
        try Data("%PDF-1.4 broken".utf8).write(to: folder.url.appendingPathComponent("broken.pdf"))
        try Data("PK not a zip".utf8).write(to: folder.url.appendingPathComponent("broken.docx"))
        let none = folder.path("none.sqlite")
        let cases: [([String], String)] = [
            (["extract", folder.path("broken.pdf")], "broken.pdf"),
            (["extract", folder.path("broken.docx")], "broken.docx"),
            (["render", folder.path("broken.pdf"), "--format", "dot"], "broken.pdf"),
            (["ingest", "--db", folder.path("s.sqlite"), folder.path("broken.docx")], "broken.docx"),
            (["corrections", "--db", none], "none.sqlite"),
            (["actor", "add", "X", "--type", "person", "--db", none], "none.sqlite"),
            (["corrections", "undo", "1", "--db", none], "none.sqlite"),
        ]
        for (arguments, file) in cases {
            let result = try Self.run(arguments)
            #expect(result.status == 1, "\(arguments): exit \(result.status), \(result.stderr)")
            #expect(result.stderr.contains(file) && !result.stderr.contains("Fatal error"), "\(arguments): \(result.stderr)")
            // With the converter installed the file itself is at fault, not a missing tool.
            let tool = file.hasSuffix(".pdf") ? Self.hasPdftotext : file.hasSuffix(".docx") ? Self.hasUnzip : false
            if tool {
                let reason = file.hasSuffix(".pdf") ? "(not a readable PDF" : "(not a Word .docx document"
                #expect(result.stderr.contains(reason) && !result.stderr.contains("install"), "\(arguments): \(result.stderr)")
                if file.hasSuffix(".docx") { #expect(result.stderr.contains("save it again as .docx"), "\(result.stderr)") }
            }
        }
    }

    @Test func correctionsAreListedAndUndoneFromTheCommandLine() throws {
        let folder = try Folder()
        let store = try MessageCLITests.store(in: folder)
        #expect(try Self.run(["actor", "add", "Mohamed Mire", "--type", "person", "--alias", "Mire", "--db", store]).status == 0)
        let assert = try Self.run(["assert", "Mire", "member-of", "Syrian National Army", "--note", "report 7", "--db", store])
        #expect(assert.status == 0, "\(assert.stderr)")
        #expect(try Self.run(["actor", "remove", "Hezbollah", "--db", store]).status == 0)
        #expect(try Self.run(["actor", "retype", "Iran", "government", "--note", "the state acts here", "--db", store]).status == 0)
        #expect(try Self.run(["actor", "rename", "Syrian National Army", "SNA (Syrian National Army)", "--db", store]).status == 0)
        // Re-ingesting the same article and a changed one keeps every correction.
        try folder.write("a.txt", "Turkey backs the Syrian National Army. Iran backs Hezbollah. Hezbollah fights Israel.")
        #expect(try Self.run(["ingest", "--quiet", "--db", store, folder.path("a.txt")]).status == 0)
        let list = try Self.run(["corrections", "--db", store])
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == 5, "\(list.stdout)")
        #expect(lines.first?.hasPrefix("#1") == true && lines[1].contains("(note: report 7)"), "\(list.stdout)")
        let actors = try Self.run(["actors", "--db", store])
        #expect(!actors.stdout.contains("Hezbollah") && actors.stdout.contains("Mohamed Mire"), "\(actors.stdout)")
        #expect(actors.stdout.contains("SNA (Syrian National Army)"))
        #expect(try Self.run(["path", "Mire", "Turkey", "--db", store]).status == 0)
        #expect(try Self.run(["path", "Israel", "Iran", "--db", store]).status == 2, "no path through a removed actor")
        let render = try Self.run(["render", "--db", store, "--format", "dot"])
        #expect(!render.stdout.contains("Hezbollah"))

        let named = try Self.run(["path", "Hezbollah", "Iran", "--db", store])
        #expect(named.status == 64 && named.stderr.contains("removed") && named.stderr.contains("corrections undo 3"), "\(named.stderr)")
        let undo = try Self.run(["corrections", "undo", "3", "--db", store])
        #expect(undo.status == 0 && undo.stdout.contains("undid #3"), "\(undo.stderr)")
        #expect(try Self.run(["actors", "--db", store]).stdout.contains("Hezbollah"))
        let blocked = try Self.run(["corrections", "undo", "1", "--db", store])
        #expect(blocked.status == 64 && blocked.stderr.contains("undo #2 first"), "\(blocked.stderr)")
    }
}
