/// What a marked-up article file (HTML, Markdown) yields: its readable text and the title,
/// date and URL it declares, which the evidence shows beside each sentence.
struct ArticleText {
    var text: String
    var title: String?
    var date: String?
    var url: String?

    /// The article as a document, its date written the one way the store sorts by.
    func document(id: String) -> Document {
        Document(id: id, text: text, title: title, date: date.flatMap(ArticleDate.normalize), url: url)
    }
}
