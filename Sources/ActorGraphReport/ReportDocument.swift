/// What the report knows of one article besides the evidence: its title, date and address.
///
/// Evidence carries a title and a date but no URL; the articles (or the store's document
/// table) do, and the report's panel links each sentence to its article when it can.
public struct ReportDocument: Hashable, Sendable {
    public var id: String
    public var title: String?
    public var date: String?
    public var url: String?

    public init(id: String, title: String? = nil, date: String? = nil, url: String? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.url = url
    }

    /// The URL when it is an absolute `http` or `https` address, else nil: a report opened in a
    /// browser must never offer a `javascript:` or `data:` link taken from an article.
    public var safeURL: String? { ReportDocument.safeURL(url) }

    /// See ``safeURL``. Leading and trailing blanks are trimmed; control characters anywhere
    /// make the address unusable (browsers strip them, so `java\tscript:` would run).
    public static func safeURL(_ url: String?) -> String? {
        guard let url else { return nil }
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        if trimmed.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) { return nil }
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), trimmed.count > 8 else { return nil }
        return trimmed
    }
}
