import ActorGraph
import Foundation
import Testing

/// CSV and Kumu exports open safely in a spreadsheet (issue 14, item 17): a cell that would
/// run as a formula starts with `'`, and a value with CR or LF is quoted.
@Suite struct SpreadsheetSafetyTests {
    static let hostile: Graph = {
        let names = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1 Brigade", "-Front", "@SUM(A1)", "Iran"]
        let actors = names.map { Actor(id: Actor.identifier(for: $0), name: $0, kind: .armedGroup, aliases: ["line one\r\nline two"]) }
        let relations = names.dropLast().map { name in
            Relation(source: "iran", target: Actor.identifier(for: name), kind: .backs, evidence: [
                Evidence(document: "=cmd|' /C calc'!A0", sentence: "Iran backs them.", start: 0, end: 16)])
        }
        return Graph(actors: actors, relations: relations)
    }()

    /// Every cell of a CSV text, quotes removed, as a spreadsheet reads it.
    static func cells(_ csv: String) -> [String] {
        var cells: [String] = [], field = "", quoted = false, wasQuote = false
        for scalar in csv.unicodeScalars {
            if quoted {
                if scalar == "\"" { quoted = false; wasQuote = true } else { field.unicodeScalars.append(scalar) }
                continue
            }
            if scalar == "\"" {
                if wasQuote { field.append("\"") }
                quoted = true
            } else if scalar == "," || scalar == "\n" {
                cells.append(field)
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
            wasQuote = false
        }
        return cells
    }

    @Test(arguments: [ExportFormat.csv, .kumu, .tables])
    func noCellStartsAFormula(format: ExportFormat) throws {
        for file in try GraphExport.files(Self.hostile, format: format) {
            let cells = Self.cells(file.contents)
            #expect(!cells.isEmpty)
            for cell in cells {
                #expect(!["=", "+", "-", "@"].contains(cell.unicodeScalars.first), "\(file.name): \(cell)")
            }
            if file.name == "nodes.csv" {
                #expect(cells.contains("'=HYPERLINK(\"http://evil.example\",\"click\")"), "the text stays readable")
                #expect(cells.contains { $0.contains("line one\r\nline two") }, "CR LF kept inside one quoted cell")
            }
        }
    }

    @Test func aValueWithALineEndIsQuoted() throws {
        let nodes = try #require(try GraphExport.files(Self.hostile, format: .csv).first).contents
        #expect(nodes.contains("\"line one\r\nline two\""))
        #expect(!nodes.contains(",line one\r\n"))
    }
}
