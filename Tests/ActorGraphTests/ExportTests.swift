import ActorGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Every export is parsed back: XMLParser for GraphML and GEXF, a CSV reader for the tables.
@Suite struct ExportTests {
    /// Named fixture: a faction in the SNA, Turkey backing it (one asserted sentence too), the
    /// SNA fighting the SDF (symmetric, hedged), and a name with XML and CSV specials.
    static let graph: Graph = {
        let hamza = Actor(name: "Hamza Division", kind: .armedGroup, aliases: ["al-Hamza"], mentionCount: 3)
        let sna = Actor(name: "Syrian National Army", kind: .armedGroup, aliases: ["SNA"], mentionCount: 5)
        let turkey = Actor(name: "Turkey", kind: .state, mentionCount: 4)
        let odd = Actor(id: "odd", name: "A & B \"<Brigade>\", Inc.", kind: .organization, mentionCount: 1)
        func evidence(_ document: String, _ date: String?, hedged: Bool = false) -> Evidence {
            Evidence(document: document, sentence: "Sentence in \(document).", start: 0, end: 10, hedged: hedged, date: date)
        }
        return Graph(actors: [hamza, sna, turkey, odd], relations: [
            Relation(source: hamza.id, target: sna.id, kind: .memberOf,
                     evidence: [evidence("a", "2024-01-05"), evidence("b", "2024-03-01")]),
            Relation(source: turkey.id, target: sna.id, kind: .backs,
                     evidence: [Evidence(document: "", sentence: "report", start: 0, end: 0, assertedBy: "report"),
                                evidence("a", "2024-01-05")]),
            Relation(source: sna.id, target: "syrian-democratic-forces", kind: .fights, evidence: [evidence("c", nil, hedged: true)]),
            Relation(source: odd.id, target: turkey.id, kind: .backs, evidence: [evidence("d", "2023-07-01")]),
        ])
    }()

    /// Collects elements and their attributes, in order, plus `data`/text content.
    final class XMLCollector: NSObject, XMLParserDelegate {
        struct Element { var name: String; var attributes: [String: String]; var text = "" }
        var elements: [Element] = []
        private var open: [Int] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append(Element(name: name, attributes: attributes))
            open.append(elements.count - 1)
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let last = open.last { elements[last].text += string }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }
        func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    }

    private func parse(_ text: String) throws -> XMLCollector {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = XMLCollector()
        parser.delegate = collector
        let ok = parser.parse()
        #expect(ok, "XML did not parse: \(parser.parserError.map { "\($0)" } ?? "?")")
        return collector
    }

    private var actorsWithEdges: Graph {
        // The SDF end is missing from the actors on purpose in `graph`; exports take a consistent graph.
        var graph = Self.graph
        graph.actors.append(Actor(name: "Syrian Democratic Forces", kind: .armedGroup))
        return graph
    }

    @Test func graphMLParsesBackWithTypesAndCounts() throws {
        let xml = try parse(try #require(GraphExport.files(actorsWithEdges, format: .graphml).first).contents)
        let keys = Dictionary(uniqueKeysWithValues: xml.named("key").map { ($0.attributes["id"] ?? "", $0.attributes) })
        #expect(keys["type"]?["for"] == "node" && keys["etype"]?["attr.name"] == "type" && keys["evidence"]?["attr.type"] == "int")
        #expect(xml.named("graph").first?.attributes["edgedefault"] == "directed")
        let nodes = xml.named("node")
        #expect(nodes.count == 5)
        #expect(Set(nodes.compactMap { $0.attributes["id"] }).contains("odd"))
        let labels = xml.named("data").filter { $0.attributes["key"] == "label" }.map(\.text)
        #expect(labels.contains("A & B \"<Brigade>\", Inc."))
        let edges = xml.named("edge")
        #expect(edges.count == 4)
        // networkx refuses undirected edges in a directed graph: symmetry is an attribute.
        #expect(edges.allSatisfy { $0.attributes["directed"] == nil })
        let symmetric = xml.named("data").filter { $0.attributes["key"] == "symmetric" && $0.text == "true" }
        #expect(symmetric.count == 1)
        let evidenceCounts = xml.named("data").filter { $0.attributes["key"] == "evidence" }.map(\.text).sorted()
        #expect(evidenceCounts == ["1", "1", "2", "2"])
        let asserted = xml.named("data").filter { $0.attributes["key"] == "asserted" && $0.text == "true" }
        #expect(asserted.count == 1)
    }

    @Test func gexfParsesBackWithTypesAndCounts() throws {
        let xml = try parse(try #require(GraphExport.files(actorsWithEdges, format: .gexf).first).contents)
        #expect(xml.named("gexf").first?.attributes["version"] == "1.3")
        #expect(xml.named("attribute").count == 9 + 10 + 11)
        let nodes = xml.named("node")
        #expect(nodes.count == 5)
        #expect(nodes.contains { $0.attributes["label"] == "A & B \"<Brigade>\", Inc." })
        let edges = xml.named("edge")
        #expect(edges.count == 4)
        let member = try #require(edges.first { $0.attributes["label"] == "member-of" })
        #expect(member.attributes["source"] == "hamza-division" && member.attributes["weight"] == "2")
        #expect(edges.allSatisfy { $0.attributes["type"] == nil }, "no per-edge direction: networkx refuses it")
        let fights = try #require(edges.firstIndex { $0.attributes["label"] == "fights" })
        let fightsID = try #require(edges[fights].attributes["id"])
        #expect(xml.elements.contains { $0.name == "attvalue" && $0.attributes["for"] == "symmetric" && $0.attributes["value"] == "true" })
        #expect(fightsID.hasPrefix("e"))
        #expect(xml.named("viz:color").count == 5 + 4, "a viz:color for every node and edge")
        let types = xml.named("attvalue").filter { $0.attributes["for"] == "type" }.compactMap { $0.attributes["value"] }
        #expect(types.contains("state") && types.contains("backs"))
    }

    /// RFC 4180 rows, quotes and embedded commas and line breaks included.
    private func rows(_ csv: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false
        var characters = csv.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? characters.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = characters.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test func neo4jCSVParsesBackWithImportHeaders() throws {
        let files = try GraphExport.files(actorsWithEdges, format: .csv)
        #expect(files.map(\.name) == ["nodes.csv", "edges.csv"])
        let nodes = rows(files[0].contents), edges = rows(files[1].contents)
        #expect(nodes[0].first == "id:ID" && nodes[0].last == ":LABEL")
        #expect(edges[0].prefix(3) == [":START_ID", ":END_ID", ":TYPE"])
        #expect(nodes.count == 6 && nodes.dropFirst().allSatisfy { $0.count == nodes[0].count })
        #expect(edges.count == 5 && edges.dropFirst().allSatisfy { $0.count == edges[0].count })
        #expect(nodes.contains { $0.first == "odd" && $0[1] == "A & B \"<Brigade>\", Inc." })
        #expect(nodes.contains { $0.first == "turkey" && $0.last == "Actor;State" })
        #expect(nodes.contains { $0.first == "hamza-division" && $0.last == "Actor;ArmedGroup" })
        let ids = Set(nodes.dropFirst().map { $0[0] })
        #expect(edges.dropFirst().allSatisfy { ids.contains($0[0]) && ids.contains($0[1]) })
        let member = try #require(edges.first { $0[2] == "MEMBER_OF" })
        let column = Dictionary(uniqueKeysWithValues: edges[0].enumerated().map { ($1, $0) })
        #expect(member[try #require(column["evidence:int"])] == "2")
        #expect(member[try #require(column["first_date"])] == "2024-01-05")
    }

    @Test("Neo4j edges carry the evidence as arrays joined by U+001F, which no sentence contains")
    func neo4jEvidenceArrays() throws {
        let files = try GraphExport.files(actorsWithEdges, format: .csv)
        let edges = rows(files[1].contents)
        let column = Dictionary(uniqueKeysWithValues: edges[0].enumerated().map { ($1, $0) })
        let member = try #require(edges.first { $0[2] == "MEMBER_OF" })
        #expect(member[try #require(column["sentences:string[]"])] == "Sentence in a.\u{1F}Sentence in b.")
        #expect(member[try #require(column["dates:string[]"])] == "2024-01-05\u{1F}2024-03-01")
        #expect(member[try #require(column["evidence_hedged:boolean[]"])] == "false\u{1F}false")
        let backs = try #require(edges.first { $0[2] == "BACKS" && $0[0] == "turkey" })
        #expect(backs[try #require(column["found_by:string[]"])] == "person\u{1F}")
        let id = try #require(column["id"])
        #expect(Set(edges.dropFirst().map { $0[id] }) == ["e0", "e1", "e2", "e3"])
        let nodes = rows(files[0].contents)
        #expect(nodes[0].contains("betweenness:double") && nodes[0].contains("degree:int"))
    }

    @Test("tables: relations.csv and evidence.csv join on relation_id, one evidence row per sentence")
    func tablesJoinOnRelationID() throws {
        let files = try GraphExport.files(actorsWithEdges, format: .tables)
        #expect(files.map(\.name) == ["nodes.csv", "relations.csv", "evidence.csv"])
        let nodes = rows(files[0].contents), relations = rows(files[1].contents), evidence = rows(files[2].contents)
        #expect(nodes.count == 6)
        #expect(relations[0].prefix(2) == ["relation_id", "source"])
        #expect(evidence[0].prefix(2) == ["relation_id", "evidence_index"])
        #expect(evidence.count - 1 == actorsWithEdges.relations.reduce(0) { $0 + $1.evidence.count })
        let ids = Set(relations.dropFirst().map { $0[0] })
        #expect(evidence.dropFirst().allSatisfy { ids.contains($0[0]) })
        let sentence = try #require(evidence[0].firstIndex(of: "sentence"))
        let member = try #require(relations.first { $0[3] == "member-of" })
        #expect(evidence.filter { $0[0] == member[0] }.map { $0[sentence] } == ["Sentence in a.", "Sentence in b."])
        let hedged = try #require(evidence[0].firstIndex(of: "hedged"))
        #expect(evidence.contains { $0[3] == "fights" && $0[hedged] == "true" })
    }

    @Test("GraphML and GEXF keep awkward names and sentences exact: escapes, tabs, CR LF; XML-forbidden controls dropped from labels only")
    func awkwardTextSurvives() throws {
        let graph = ExportInteropTests.awkward
        for format in [ExportFormat.graphml, .gexf] {
            let xml = try parse(try #require(GraphExport.files(graph, format: format).first).contents)
            let labels: [String] = format == .graphml
                ? xml.named("data").filter { $0.attributes["key"] == "label" }.map(\.text)
                : xml.named("node").compactMap { $0.attributes["label"] }
            #expect(Set(labels) == Set(graph.actors.map { $0.name.replacingOccurrences(of: "\u{1}", with: "") }), "\(format)")
            let arrays: [String] = format == .graphml
                ? xml.named("data").filter { $0.attributes["key"] == "evidence_sentences" }.map(\.text)
                : xml.named("attvalue").filter { $0.attributes["for"] == "evidence_sentences" }.compactMap { $0.attributes["value"] }
            let sentences = try arrays.flatMap { try JSONDecoder().decode([String].self, from: Data($0.utf8)) }
            #expect(Set(sentences) == Set(graph.relations.flatMap { $0.evidence.map(\.sentence) }), "\(format)")
        }
    }

    @Test func kumuCSVJoinsConnectionsToElementLabels() throws {
        let files = try GraphExport.files(actorsWithEdges, format: .kumu)
        let nodes = rows(files[0].contents), edges = rows(files[1].contents)
        #expect(nodes[0].prefix(2) == ["Label", "Type"] && edges[0].prefix(3) == ["From", "To", "Type"])
        let labels = Set(nodes.dropFirst().map { $0[0] })
        #expect(edges.dropFirst().allSatisfy { labels.contains($0[0]) && labels.contains($0[1]) })
        #expect(edges.contains { $0[2] == "fights" && $0[3] == "mutual" && $0[4] == "hedged" })
        let description = try #require(edges[0].firstIndex(of: "Description"))
        #expect(edges.contains { $0[2] == "member-of" && $0[description] == "“Sentence in a.” (a, 2024-01-05)\n\n“Sentence in b.” (b, 2024-03-01)" })
    }

    @Test func jsonParsesBackToTheSameGraph() throws {
        let text = try #require(GraphExport.files(actorsWithEdges, format: .json).first).contents
        let decoded = try JSONDecoder().decode(Graph.self, from: Data(text.utf8))
        #expect(decoded == actorsWithEdges.normalized())
    }
}
