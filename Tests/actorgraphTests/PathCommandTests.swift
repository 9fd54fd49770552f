import Foundation
import Testing

/// End-to-end tests of `actorgraph path`: they run the built binary (.build/debug/actorgraph)
/// on `northSyria.json`, written below, and pin stdout, stderr and the exit code.
///
/// The fixture is the `northSyria` graph of ActorGraphTests/PathFixtures.swift as a graph
/// JSON file; its sentences were written for these tests. Abu Amsha reaches the MHP by a
/// hedged pledge to Bahçeli (cost 2.5), a hedged Bahçeli–Erdoğan alliance (5) or through the
/// SNA and Turkey (6 hops); fights, a sanction and a designation are the only ties of the
/// SDF, the US and the PKK.
@Suite struct PathCommandTests {
    static let northSyria = #"""
{"actors": [
  {"id": "abu-amsha", "name": "Abu Amsha", "type": "person", "aliases": ["Mohammad al-Jasim"]},
  {"id": "sultan-suleiman-shah-division", "name": "Sultan Suleiman Shah Division", "type": "armed-group", "aliases": ["Amshat"]},
  {"id": "syrian-national-army", "name": "Syrian National Army", "type": "armed-group", "aliases": ["SNA"]},
  {"id": "turkey", "name": "Turkey", "type": "state", "aliases": []},
  {"id": "recep-tayyip-erdogan", "name": "Recep Tayyip Erdoğan", "type": "person", "aliases": []},
  {"id": "justice-and-development-party", "name": "Justice and Development Party", "type": "party", "aliases": ["AKP"]},
  {"id": "devlet-bahceli", "name": "Devlet Bahçeli", "type": "person", "aliases": []},
  {"id": "nationalist-movement-party", "name": "Nationalist Movement Party", "type": "party", "aliases": ["MHP"]},
  {"id": "hayat-tahrir-al-sham", "name": "Hayat Tahrir al-Sham", "type": "armed-group", "aliases": ["HTS", "Hay’at Tahrir al-Sham"]},
  {"id": "ahmed-al-sharaa", "name": "Ahmed al-Sharaa", "type": "person", "aliases": ["Abu Mohammad al-Jolani"]},
  {"id": "jabhat-al-nusra", "name": "Jabhat al-Nusra", "type": "armed-group", "aliases": ["Nusra Front"]},
  {"id": "syrian-democratic-forces", "name": "Syrian Democratic Forces", "type": "armed-group", "aliases": ["SDF"]},
  {"id": "united-states", "name": "United States", "type": "state", "aliases": ["US"]},
  {"id": "kurdistan-workers-party", "name": "Kurdistan Workers' Party", "type": "armed-group", "aliases": ["PKK"]}
], "relations": [
  {"source": "abu-amsha", "type": "pledged-allegiance-to", "target": "devlet-bahceli", "evidence": [{"document": "fixture-01.txt", "sentence": "Abu Amsha reportedly pledged allegiance to Devlet Bahçeli at a rally.", "start": 0, "end": 69, "hedged": true, "date": "2023-06-01"}]},
  {"source": "devlet-bahceli", "type": "commands", "target": "nationalist-movement-party", "evidence": [{"document": "fixture-02.txt", "sentence": "Devlet Bahçeli leads the Nationalist Movement Party.", "start": 0, "end": 52, "hedged": false, "date": "2016-03-01"}]},
  {"source": "abu-amsha", "type": "commands", "target": "sultan-suleiman-shah-division", "evidence": [{"document": "fixture-03.txt", "sentence": "Abu Amsha commands the Sultan Suleiman Shah Division.", "start": 0, "end": 53, "hedged": false, "date": "2020-05-01"}]},
  {"source": "sultan-suleiman-shah-division", "type": "member-of", "target": "syrian-national-army", "evidence": [{"document": "fixture-04.txt", "sentence": "The division is a member of the Syrian National Army.", "start": 0, "end": 53, "hedged": false, "date": "2020-05-01"}]},
  {"source": "turkey", "type": "backs", "target": "syrian-national-army", "evidence": [{"document": "fixture-05.txt", "sentence": "Turkey backs the Syrian National Army.", "start": 0, "end": 38, "hedged": false, "date": "2019-10-09"}]},
  {"source": "recep-tayyip-erdogan", "type": "commands", "target": "turkey", "evidence": [{"document": "fixture-06.txt", "sentence": "Erdoğan heads the Turkish state.", "start": 0, "end": 32, "hedged": false, "date": "2015-01-01"}]},
  {"source": "recep-tayyip-erdogan", "type": "commands", "target": "justice-and-development-party", "evidence": [{"document": "fixture-07.txt", "sentence": "Erdoğan chairs the Justice and Development Party.", "start": 0, "end": 49, "hedged": false, "date": "2015-01-01"}]},
  {"source": "justice-and-development-party", "type": "allied-with", "target": "nationalist-movement-party", "evidence": [{"document": "fixture-08.txt", "sentence": "The AKP is allied with the MHP in the People's Alliance.", "start": 0, "end": 56, "hedged": false, "date": "2018-02-20"}]},
  {"source": "devlet-bahceli", "type": "allied-with", "target": "recep-tayyip-erdogan", "evidence": [{"document": "fixture-09.txt", "sentence": "Bahçeli is said to be allied with Erdoğan.", "start": 0, "end": 42, "hedged": true, "date": "2018-02-20"}]},
  {"source": "ahmed-al-sharaa", "type": "commands", "target": "hayat-tahrir-al-sham", "evidence": [{"document": "fixture-10.txt", "sentence": "Ahmed al-Sharaa leads Hayat Tahrir al-Sham.", "start": 0, "end": 43, "hedged": false, "date": "2017-01-28"}]},
  {"source": "hayat-tahrir-al-sham", "type": "successor-of", "target": "jabhat-al-nusra", "evidence": [{"document": "fixture-11.txt", "sentence": "HTS succeeded Jabhat al-Nusra.", "start": 0, "end": 30, "hedged": false, "date": "2017-01-28"}]},
  {"source": "hayat-tahrir-al-sham", "type": "fights", "target": "syrian-national-army", "evidence": [{"document": "fixture-12.txt", "sentence": "HTS fought the Syrian National Army near Afrin.", "start": 0, "end": 47, "hedged": false, "date": "2022-10-12"}]},
  {"source": "syrian-democratic-forces", "type": "fights", "target": "syrian-national-army", "evidence": [{"document": "fixture-13.txt", "sentence": "The SNA fights the SDF.", "start": 0, "end": 23, "hedged": false, "date": "2019-10-10"}]},
  {"source": "united-states", "type": "backs", "target": "syrian-democratic-forces", "evidence": [{"document": "fixture-14.txt", "sentence": "The United States backs the SDF.", "start": 0, "end": 32, "hedged": false, "date": "2015-10-01"}]},
  {"source": "abu-amsha", "type": "sanctioned-by", "target": "united-states", "evidence": [{"document": "fixture-15.txt", "sentence": "The United States sanctioned Abu Amsha.", "start": 0, "end": 39, "hedged": false, "date": "2023-08-17"}]},
  {"source": "kurdistan-workers-party", "type": "designated-by", "target": "turkey", "evidence": [{"document": "fixture-16.txt", "sentence": "Turkey designates the PKK a terrorist organization.", "start": 0, "end": 51, "hedged": false, "date": "1997-10-08"}]}
]}
"""#

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let fixtureFile: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-path-\(getpid())-northSyria.json")
        try? Data(northSyria.utf8).write(to: url)
        return url
    }()

    /// Runs `actorgraph path ARGS --input northSyria.json`.
    func path(_ arguments: String..., input: URL? = PathCommandTests.fixtureFile) throws -> Result {
        try Self.run(["path"] + arguments + (input.map { ["--input", $0.path] } ?? []))
    }

    /// Runs the built binary with these arguments and no project database in reach.
    static func run(_ arguments: [String]) throws -> Result {
        let binary = packageRoot.appendingPathComponent(".build/debug/actorgraph")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["ACTORGRAPH_DB": "/nonexistent/actorgraph-path-tests.sqlite"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test("the shortest path prints one hop per line with its sentence and document")
    func shortestPath() throws {
        let result = try path("Abu Amsha", "MHP")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            Abu Amsha  -pledged-allegiance-to->  Devlet Bahçeli
                “Abu Amsha reportedly pledged allegiance to Devlet Bahçeli at a rally.”
                fixture-01.txt, 2023-06-01 (hedged)
            Devlet Bahçeli  -commands->  Nationalist Movement Party
                “Devlet Bahçeli leads the Nationalist Movement Party.”
                fixture-02.txt, 2016-03-01

            """)
    }

    @Test("a hop walked against its edge prints the edge's true direction")
    func backwards() throws {
        let result = try path("mhp", "abu amsha")
        #expect(result.status == 0)
        let arrows = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(arrows == ["Nationalist Movement Party  <-commands-  Devlet Bahçeli",
                           "Devlet Bahçeli  <-pledged-allegiance-to-  Abu Amsha"])
    }

    @Test("--directed finds no path against the edges: exit 2 and a note on stderr")
    func directedNoPath() throws {
        let result = try path("MHP", "Abu Amsha", "--directed")
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "no path from Nationalist Movement Party to Abu Amsha (following affiliation types, in their direction only)\n")
    }

    @Test("fights are not affiliations; --via fights follows them")
    func via() throws {
        let none = try path("HTS", "SNA")
        #expect(none.status == 2)
        #expect(none.stderr.hasPrefix("no path from Hayat Tahrir al-Sham to Syrian National Army"))
        let fought = try path("HTS", "SNA", "--via", "fights")
        #expect(fought.status == 0)
        #expect(fought.stdout.hasPrefix("Hayat Tahrir al-Sham  <-fights->  Syrian National Army\n"))
        let bad = try path("HTS", "SNA", "--via", "fights,befriends")
        #expect(bad.status != 0 && bad.status != 1)
        #expect(bad.stderr.contains("unknown relation type 'befriends'; valid types: backs, commands"))
    }

    @Test("--avoid, --max-hops, --exclude and --as-of change the answer")
    func options() throws {
        let avoided = try path("Abu Amsha", "MHP", "--avoid", "bahceli")
        #expect(avoided.status == 0)
        #expect(!avoided.stdout.contains("Bahçeli"))
        #expect(avoided.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count == 6)
        #expect(try path("Abu Amsha", "MHP", "--max-hops", "1").status == 2)
        let excluded = try path("Abu Amsha", "MHP", "--exclude", "pledged-allegiance-to")
        #expect(excluded.status == 0 && !excluded.stdout.contains("pledged"))
        let early = try path("Abu Amsha", "MHP", "--as-of", "2022-12-31")
        #expect(early.status == 0 && !early.stdout.contains("pledged"))
        #expect(try path("Abu Amsha", "MHP", "--as-of", "2010").status == 2)
        let badDate = try path("Abu Amsha", "MHP", "--as-of", "last year")
        #expect(badDate.status != 0 && badDate.status != 1)
        #expect(badDate.stderr.contains("'--as-of last year' is not a date"))
    }

    @Test("-k 3 prints three distinct paths in cost order, each with a header")
    func kPaths() throws {
        let result = try path("Abu Amsha", "MHP", "-k", "3")
        #expect(result.status == 0)
        let headers = result.stdout.split(separator: "\n").filter { $0.hasPrefix("Path ") }
        #expect(headers == ["Path 1: 2 hops, cost 2.5", "Path 2: 4 hops, cost 5", "Path 3: 6 hops, cost 6"])
    }

    @Test("-k outside 1...100 is refused with the range, not searched")
    func kBounds() throws {
        for k in ["0", "10000"] {
            let result = try path("Abu Amsha", "MHP", "-k", k)
            #expect(result.status != 0 && result.status != 1)
            #expect(result.stderr.contains("'-k \(k)' is out of range; give a number of paths from 1 to 100"))
            #expect(result.stdout == "")
        }
    }

    @Test("names resolve through case, diacritics, aliases and surnames")
    func resolution() throws {
        let result = try path("bahceli", "ERDOGAN")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Devlet Bahçeli  <-allied-with->  Recep Tayyip Erdoğan\n"))
        #expect(try path("Sharaa", "Nusra Front").stdout.hasPrefix("Ahmed al-Sharaa  -commands->  Hayat Tahrir al-Sham\n"))
    }

    @Test("an unknown name is an error that suggests the closest names")
    func unknownName() throws {
        let result = try path("Bahceliy", "MHP")
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "Error: no actor named 'Bahceliy'; did you mean 'Devlet Bahçeli'?\n")
    }

    @Test("FROM equal to TO is an error, even through an alias")
    func sameActor() throws {
        let result = try path("HTS", "Hayat Tahrir al-Sham")
        #expect(result.status == 64)
        #expect(result.stderr == "Error: FROM and TO are both 'Hayat Tahrir al-Sham'; give two different actors\n")
    }

    @Test("--json prints both ends and every hop with its relation, direction and evidence")
    func json() throws {
        let result = try path("MHP", "Abu Amsha", "--json")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["from"] as? [String: Any])?["id"] as? String == "nationalist-movement-party")
        let paths = try #require(object["paths"] as? [[String: Any]])
        #expect(paths.count == 1)
        #expect(paths[0]["cost"] as? Double == 2.5)
        let hops = try #require(paths[0]["hops"] as? [[String: Any]])
        #expect(hops.map { $0["walkedForward"] as? Bool } == [false, false])
        #expect((hops[1]["relation"] as? [String: Any])?["type"] as? String == "pledged-allegiance-to")
        #expect((hops[1]["evidence"] as? [String: Any])?["document"] as? String == "fixture-01.txt")
        let none = try path("PKK", "MHP", "--json")
        #expect(none.status == 2)
        #expect(none.stdout.contains("\"paths\" : [\n\n  ]") || none.stdout.contains("\"paths\" : []"))
    }

    @Test("an empty graph and a missing store are clear errors")
    func emptyInputs() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-path-\(getpid())-empty.json")
        try Data(#"{"actors": [], "relations": []}"#.utf8).write(to: empty)
        let result = try path("A", "B", input: empty)
        #expect(result.status == 2)
        #expect(result.stderr.contains("the graph has no actors"))
        let missing = try path("A", "B", "--db", "/nonexistent/store.sqlite", input: nil)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/store.sqlite"))
    }
}

/// `actorgraph path` on the project database: the example corpus (five articles written for
/// the project) ingested into a fresh store, then searched through the store's indexes.
@Suite struct PathStoreCommandTests {
    @Test("ingest examples/corpus, then path Abu Amsha -> MHP reads the store")
    func storeEndToEnd() throws {
        let root = PathCommandTests.packageRoot
        let corpus = root.appendingPathComponent("examples/corpus")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            print("skipping: examples/corpus is absent")
            return
        }
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-path-\(getpid())-store.sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store.path + suffix) } }
        let ingest = try PathCommandTests.run(["ingest", corpus.path, "--db", store.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let result = try PathCommandTests.run(["path", "abu amsha", "mhp", "--db", store.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        let hops = lines.filter { !$0.hasPrefix(" ") }
        #expect(hops.first?.hasPrefix("Abu Amsha  ") == true)
        #expect(hops.last?.hasSuffix("  Nationalist Movement Party") == true)
        // Every hop is followed by its evidence: an indented sentence in quotes and its document.
        for (index, line) in lines.enumerated() where !line.hasPrefix(" ") {
            #expect(index + 2 < lines.count && lines[index + 1].hasPrefix("    \u{201C}") && lines[index + 2].hasPrefix("    "))
        }
        let unknown = try PathCommandTests.run(["path", "Abu Amshaa", "mhp", "--db", store.path])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("Error: no actor named 'Abu Amshaa'; did you mean 'Abu Amsha'"))
        let window = try PathCommandTests.run(["path", "abu amsha", "mhp", "--db", store.path, "--until", "1990-01-01"])
        #expect(window.status == 2)
        #expect(window.stderr.contains("no evidence dated within '--since'/'--until'"))
    }
}

extension PathStoreCommandTests {
    @Test("a store whose articles name no actor answers that it is empty, not 'unknown name'")
    func emptyStore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-path-\(getpid())-calm")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("The weather was mild on Tuesday and nobody said anything of note.\n".utf8)
            .write(to: folder.appendingPathComponent("calm.txt"))
        let store = folder.appendingPathComponent("empty.sqlite")
        defer { try? FileManager.default.removeItem(at: folder) }
        let ingest = try PathCommandTests.run(["ingest", folder.appendingPathComponent("calm.txt").path, "--db", store.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let result = try PathCommandTests.run(["path", "Turkey", "MHP", "--db", store.path])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "Error: \(store.path): the store has no actors yet; ingest articles first (`actorgraph ingest PATH...`)\n")
    }
}
