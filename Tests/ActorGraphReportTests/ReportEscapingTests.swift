@testable import ActorGraphReport
import ActorGraph
import Foundation
import Testing

/// What the report embeds cannot break out of its element, and only web links become links.
@Suite struct ReportEscapingTests {
    @Test func embeddedJSONCannotCloseTheScriptElement() throws {
        let graph = Graph(actors: [Actor(name: "</script><script>alert(1)</script>", kind: .person, aliases: ["<!-- x", "a & b"])])
        let data = HTMLReport.data(for: graph.normalized(), documents: [:], options: ReportOptions())
        let json = try HTMLReport.embeddedJSON(data)
        #expect(!json.contains("<"))
        #expect(!json.contains(">"))
        #expect(!json.contains("&"))
        // And it still reads back as the same text.
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let actors = decoded?["actors"] as? [[String: Any]]
        #expect(actors?.first?["name"] as? String == "</script><script>alert(1)</script>")
    }

    @Test(arguments: [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("  HTTP://example.org/ ", "HTTP://example.org/"),
        ("javascript:alert(1)", nil),
        ("java\tscript:alert(1)", nil),
        ("data:text/html,<script>alert(1)</script>", nil),
        ("//example.org/x", nil),
        ("https://", nil),
        ("https://exa mple.org", nil),
    ] as [(String, String?)])
    func onlyWebAddressesAreLinks(url: String, expected: String?) {
        #expect(ReportDocument.safeURL(url) == expected)
    }

    @Test func titleIsEscapedInThePage() {
        let page = ReportPage.html(title: "<img src=x onerror=alert(1)> & \"quotes\"", svg: "<svg></svg>", json: "{}")
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;"))
        #expect(!page.contains("<img"))
    }
}
