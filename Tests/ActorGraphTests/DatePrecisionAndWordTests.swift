@testable import ActorGraph
import Foundation
import Testing

/// Date options take a year, a month or a day alike; Word XML becomes the article's text.
@Suite struct DatePrecisionAndWordTests {
    @Test func yearsAndMonthsAreBoundsFromTheirFirstToTheirLastDay() throws {
        let range = try DateRange(since: "2024", until: "2024-02")
        #expect(range.since == "2024-01-01" && range.until == "2024-02-29")
        #expect(try DateRange(asOf: "2023-02").until == "2023-02-28")
        #expect(try DateRange(since: "2024-03-05").since == "2024-03-05")
        #expect(range.contains("2024-02-29") && !range.contains("2024-03-01") && !range.contains("2023-12-31"))
        for bad in ["2024-13", "24", "2024-1", "2024-02-30", "May 2024", "2024-"] {
            #expect(throws: DateRangeError.invalid(flag: "--since", value: bad)) { try DateRange(since: bad) }
        }
        #expect(throws: DateRangeError.self) { try DateRange(since: "2024-06", until: "2024-05") }
    }

    @Test func anArticleDatedByYearOrMonthKeepsThatPrecision() throws {
        #expect(DateRange.articleDate("2024") == "2024" && DateRange.articleDate("2024-07") == "2024-07")
        #expect(DateRange.articleDate("2024-07-09") == "2024-07-09" && DateRange.articleDate("July") == nil)
        // Such an article counts from its first day in a window.
        #expect(try DateRange(since: "2024-01-01", until: "2024-01-31").contains("2024"))
        #expect(!(try DateRange(since: "2024-02-01").contains("2024")))
    }

    @Test func wordXMLBecomesParagraphsWithEntitiesDecoded() {
        let xml = """
            <w:document><w:body><w:p><w:r><w:t>Turkey &amp; Qatar</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> back the &#8220;SNA&#8221;.</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Second</w:t><w:br/><w:t>line</w:t></w:r></w:p><w:p/></w:body></w:document>
            """
        #expect(ConvertedText.documentText(xml) == "Turkey & Qatar\t back the \u{201C}SNA\u{201D}.\nSecond\nline\n")
        #expect(ConvertedText.element("dc:title", in: "<cp:core><dc:title>A &lt;b&gt; title</dc:title></cp:core>") == "A <b> title")
    }

    @Test func standardInputIsSniffedAndNamedByItsContent() throws {
        let loader = DocumentLoader()
        let html = try loader.read(standardInput: Data("<html><head><title>T</title></head><body><p>Iran backs Hezbollah.</p></body></html>".utf8))
        #expect(html.documents.first?.title == "T" && html.documents.first?.text.contains("Iran backs Hezbollah.") == true)
        let markdown = try loader.read(standardInput: Data("---\ndate: 2024-05-06\n---\nIran backs Hezbollah.\n".utf8))
        #expect(markdown.documents.first?.date == "2024-05-06")
        let lines = try loader.read(standardInput: Data("{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n".utf8))
        // Records keep their ids under the stream's hash: another stream's "a" is another document.
        let stream = try #require(lines.documents.first?.id.split(separator: "#").first.map(String.init))
        #expect(stream.hasPrefix("stdin-") && lines.documents.map(\.id) == [stream + "#a", stream + "#b"])
        let otherLines = try loader.read(standardInput: Data("{\"id\": \"a\", \"text\": \"Three.\"}\n".utf8))
        #expect(otherLines.documents.first?.id.hasSuffix("#a") == true && otherLines.documents.first?.id != lines.documents.first?.id)
        let plain = try loader.read(standardInput: Data("Iran backs Hezbollah.".utf8))
        let again = try loader.read(standardInput: Data("Iran backs Hezbollah.".utf8))
        let other = try loader.read(standardInput: Data("Iran backs the Houthis.".utf8))
        #expect(plain.documents.first?.id == again.documents.first?.id)
        #expect(plain.documents.first?.id != other.documents.first?.id)
        #expect(throws: DocumentError.notUTF8(path: "(standard input)")) { try loader.read(standardInput: Data([0xC3, 0x28])) }
    }
}
