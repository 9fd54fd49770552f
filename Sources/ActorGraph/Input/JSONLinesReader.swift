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
        var seen: Set<String> = []
        let decoder = JSONDecoder()
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let record: Record
            do {
                record = try decoder.decode(Record.self, from: Data(trimmed.utf8))
            } catch is DecodingError {
                let reason = trimmed.first == "{" ? "not valid JSON (a broken or truncated record)"
                    : "not a JSON object; each line must be {\"id\", \"title\", \"date\", \"url\", \"text\"}"
                problems.append(.malformedLine(path: path, line: number, reason: reason + "; line skipped"))
                continue
            } catch {
                problems.append(.malformedLine(path: path, line: number, reason: "\(error); line skipped"))
                continue
            }
            guard let body = record.text, !body.allSatisfy(\.isWhitespace) else {
                problems.append(.malformedLine(path: path, line: number, reason: "no \"text\"; line skipped"))
                continue
            }
            let id = record.id.flatMap { $0.isEmpty ? nil : $0 } ?? "\(fileName):\(number)"
            guard seen.insert(id).inserted else {
                problems.append(.malformedLine(path: path, line: number,
                                               reason: "id \"\(id)\" repeats an earlier line; line skipped"))
                continue
            }
            documents.append(Document(id: id, text: body, title: record.title,
                                      date: record.date.map { ArticleDate.normalize($0) ?? $0 }, url: record.url))
        }
        return DocumentLoader.LoadedFile(documents: documents, problems: problems)
    }
}
