@testable import ActorGraph
import Foundation
import Testing

/// Markdown and HTML cleaning in linear time (issue 14, item 5): a megabyte of openers with no
/// closer took minutes when regular expressions retried from each opener. The bound is loose
/// (debug builds, a busy machine); `agbench clean` prints the release figures.
@Suite(.timeLimit(.minutes(1))) struct CleaningTimeTests {
    static let megabyte = 1_000_000

    static func repeated(_ unit: String) -> String {
        String(repeating: unit, count: megabyte / unit.utf8.count)
    }

    static func seconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test(arguments: ["[a ", "![a ", "[a](", "**a ", "__a ", "*a ", "_a b"])
    func aMegabyteOfUnclosedMarkdownIsCleanedInLinearTime(unit: String) {
        let text = Self.repeated(unit)
        var cleaned = ArticleText(text: "")
        let seconds = Self.seconds { cleaned = MarkdownText.extract(text) }
        #expect(seconds < 5, "1 MB of \(unit.debugDescription) took \(seconds) s")
        #expect(cleaned.text.unicodeScalars.count > Self.megabyte / 2, "nothing closes, so the text stays")
    }

    @Test(arguments: ["<meta name=x ", "<!--", "<script>", "<title>", "<head>", "<style>x", "<a href='x "])
    func aMegabyteOfUnclosedHTMLIsCleanedInLinearTime(unit: String) {
        let text = Self.repeated(unit)
        let seconds = Self.seconds { _ = HTMLText.extract(text) }
        #expect(seconds < 5, "1 MB of \(unit.debugDescription) took \(seconds) s")
    }

    @Test func markdownMarksReadAsTheirWords() {
        let cases: [(String, String)] = [
            ("The [Hamza Division](https://x.org/h) and ![Iran's flag](f.png) here.", "The Hamza Division and Iran's flag here."),
            ("[![logo](l.png)](https://x.org)", "logo"),
            ("[a [b](c)", "a [b"),
            ("**Iran** backs __Hezbollah__.", "Iran backs Hezbollah."),
            // The first closer after two or more characters wins over a one-character word.
            ("b**)**## x(**]]", "b)**## x(]]"),
            ("*Iran* backs _Hamas_, snake_case_name stays, 2 * 3 * 4 stays.",
             "Iran backs Hamas, snake_case_name stays, 2 * 3 * 4 stays."),
            ("**not\nbold**", "**not\nbold**"),
        ]
        for (markdown, text) in cases {
            #expect(MarkdownText.extract(markdown).text == text, "\(markdown.debugDescription)")
        }
    }

    @Test func htmlMarkupGoesAndItsMetadataStays() {
        let page = """
            <html><head><title>A &amp; B</title><meta content="2024-03-01" name="DATE">
            <link href="https://x.org/a" rel="canonical"></head><body><p>Iran backs<br>Hezbollah.</p>
            <!-- unclosed <script>hidden()</script><<p>Qatar backs Hamas.</p><!-- 
            """
        let article = HTMLText.extract(page)
        #expect(article.title == "A & B")
        #expect(article.date == "2024-03-01")
        #expect(article.url == "https://x.org/a")
        #expect(article.text.hasPrefix("Iran backs\nHezbollah."))
        #expect(article.text.contains("Qatar backs Hamas.") && !article.text.contains("hidden"))
    }
}
