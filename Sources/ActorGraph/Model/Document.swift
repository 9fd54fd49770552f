/// One article: its text and what is known about it.
public struct Document: Hashable, Sendable {
    /// A stable id: the file name, or the `id` of a JSON Lines record.
    public var id: String
    public var text: String
    public var title: String?
    /// ISO 8601 date (`YYYY-MM-DD`), when known.
    public var date: String?
    public var url: String?

    public init(id: String, text: String, title: String? = nil, date: String? = nil, url: String? = nil) {
        self.id = id
        self.text = text
        self.title = title
        self.date = date
        self.url = url
    }
}
