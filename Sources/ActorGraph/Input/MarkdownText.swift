import Foundation

/// A Markdown article: front matter (`title:`, `date:`, `url:` between `---` lines) is
/// read and removed, the first `# heading` is the title when the front matter has none,
/// and links and images keep only their visible text, so sentences read as prose.
enum MarkdownText {
    static func extract(_ markdown: String) -> ArticleText {
        // Windows line ends would hide the front matter's `---` lines and let its fields be read as prose.
        var lines = LineEndings.normalized(markdown).components(separatedBy: "\n")
        var fields: [String: String] = [:]
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
           let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) {
            for line in lines[1..<end] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                    value = String(value.dropFirst().dropLast())
                }
                fields[key] = value
            }
            lines.removeSubrange(0...end)
        }
        let title = fields["title"] ?? lines.first { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        var text = lines.joined(separator: "\n")
        // Hand-written scanners rather than regular expressions: a page of `[a ` or `**a ` with
        // no closer made the expressions retry from every opener (300 KB took minutes).
        text = MarkdownInline.links(in: text, image: true)
        text = MarkdownInline.links(in: text, image: false)
        // Emphasis and heading marks are typography, not words: **Iran** reads as Iran.
        text = MarkdownInline.strongEmphasis(in: text)
        text = MarkdownInline.emphasis(in: text)
        text = HTMLText.replace("(?m)^#{1,6}\\s+", in: text, with: "")
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return ArticleText(text: text, title: title, date: fields["date"] ?? fields["published"],
                       url: fields["url"] ?? fields["link"] ?? fields["canonical"])
    }
}
