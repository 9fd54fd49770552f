import Foundation

/// JSON Lines archives: one article per line, `{"id", "title", "date", "url", "text"}`.
///
/// A bad line does not stop the file: it is reported as `file:line: reason` and the other
/// lines are read, so that one broken record in a million does not lose the rest.
enum JSONLinesReader {
    private struct Record: Decodable {
        var id: String?
        var title: String?
        var date: String?
        var url: String?
        var text: String?

        enum CodingKeys: String, CodingKey { case id, title, date, url, text }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            // Archives number their records as often as they name them.
            if let number = try? c.decodeIfPresent(Int.self, forKey: .id) {
                id = String(number)
            } else {
                id = try c.decodeIfPresent(String.self, forKey: .id)
            }
            title = try c.decodeIfPresent(String.self, forKey: .title)
            date = try c.decodeIfPresent(String.self, forKey: .date)
            url = try c.decodeIfPresent(String.self, forKey: .url)
            text = try c.decodeIfPresent(String.self, forKey: .text)
        }
    }

    static func read(_ text: String, path: String) -> DocumentLoader.LoadedFile {
        var documents: [Document] = []
        var problems: [DocumentError] = []
        var parser = LineParser(path: path)
        var number = 0
        // Bytes, not Characters: "\r\n" is one Character and would hide the line end.
        for piece in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            LineEndings.forEachLine(in: piece) { line in
                number += 1
                switch parser.parse(Data(line), number: number) {
                case .document(let document): documents.append(document)
                case .problem(let problem): problems.append(problem)
                case .blank: break
                }
            }
        }
        return DocumentLoader.LoadedFile(documents: documents, problems: problems)
    }

    /// Reads a JSON Lines file a megabyte at a time, handing over each article with the bytes
    /// read so far: an archive of any size is ingested in constant memory (one whose lines
    /// end in lone CRs, with no LF at all, is held whole, but read all the same).
    static func stream(_ url: URL, _ body: (Document, _ offset: Int) throws -> Void,
                       problem: (DocumentError) -> Void) throws {
        let path = url.path
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw DocumentError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        defer { try? handle.close() }
        var parser = LineParser(path: path)
        var buffer = Data()
        var number = 0
        var offset = 0
        var sawText = false
        func take(_ piece: Data) throws {
            offset += piece.count + 1
            try LineEndings.forEachLine(in: piece) { line in
                number += 1
                switch parser.parse(line, number: number) {
                case .document(let document):
                    sawText = true
                    try body(document, offset)
                case .problem(let issue):
                    sawText = true
                    problem(issue)
                case .blank: break
                }
            }
        }
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw DocumentError.unreadable(path: path, reason: (error as NSError).localizedDescription)
            }
            if chunk.isEmpty { break }
            buffer.append(chunk)
            var start = buffer.startIndex
            while let newline = buffer[start...].firstIndex(of: 0x0A) {
                try take(buffer[start..<newline])
                start = buffer.index(after: newline)
            }
            buffer = Data(buffer[start...])
        }
        if !buffer.isEmpty { try take(buffer) }
        if !sawText { throw DocumentError.empty(path: path) }
    }

    enum Outcome {
        case document(Document)
        case problem(DocumentError)
        case blank
    }

    /// One line at a time, remembering the ids seen so that a repeated id is reported.
    struct LineParser {
        let path: String
        let fileName: String
        var seen: Set<String> = []
        let decoder = JSONDecoder()

        init(path: String) {
            self.path = path
            fileName = URL(fileURLWithPath: path).lastPathComponent
        }

        mutating func parse(_ line: Data, number: Int) -> Outcome {
            guard let first = line.first(where: { !(" \t\r".utf8.contains($0)) }) else { return .blank }
            let record: Record
            do {
                record = try decoder.decode(Record.self, from: line)
            } catch {
                // Valid JSON with a field of the wrong type is named as such, not as broken JSON.
                let reason: String
                switch error {
                case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
                    let field = context.codingPath.last?.stringValue ?? "?"
                    reason = "\"\(field)\" is not text" + (field == "id" ? " or a whole number" : "")
                        + "; write it as a JSON string, for example \"\(field)\": \"...\""
                case _ where first == UInt8(ascii: "{"):
                    reason = "not valid JSON (a broken or truncated record)"
                default:
                    reason = "not a JSON object; each line must be {\"id\", \"title\", \"date\", \"url\", \"text\"}"
                }
                return .problem(.malformedLine(path: path, line: number, reason: reason + "; line skipped"))
            }
            guard let body = record.text, !body.allSatisfy(\.isWhitespace) else {
                return .problem(.malformedLine(path: path, line: number, reason: "no \"text\"; line skipped"))
            }
            let id = record.id.flatMap { $0.isEmpty ? nil : $0 } ?? "\(fileName):\(number)"
            guard seen.insert(id).inserted else {
                return .problem(.malformedLine(path: path, line: number,
                                               reason: "id \"\(id)\" repeats an earlier line; line skipped"))
            }
            return .document(Document(id: id, text: body, title: record.title,
                                      date: record.date.flatMap(ArticleDate.normalize), url: record.url))
        }
    }
}
