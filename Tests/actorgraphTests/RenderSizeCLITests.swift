import Foundation
import Testing

/// `render` weighs a view before laying it out: above the limit it refuses without
/// `--force` and says how to narrow the view (issue 14, item 9). The warning for a large
/// view is not run here: laying out 2,001 actors takes sfdp tens of seconds.
@Suite struct RenderSizeCLITests {
    /// A graph JSON file of `count` actors and no relations.
    static func graphFile(actors count: Int) throws -> URL {
        let actors = (0..<count).map { "{\"id\": \"a\($0)\", \"name\": \"Actor \($0)\", \"type\": \"state\"}" }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agsize-\(UUID().uuidString).json")
        try Data("{\"actors\": [\(actors.joined(separator: ",\n"))], \"relations\": []}".utf8).write(to: url)
        return url
    }

    @Test func aViewAboveTheLimitIsRefusedWithoutForce() throws {
        let file = try Self.graphFile(actors: 10_001)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("agsize-\(UUID().uuidString).svg")
        let result = try PathCommandTests.run(["render", "--input", file.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("10001 actors"), "\(result.stderr)")
        #expect(result.stderr.contains("--force") && result.stderr.contains("--focus") && result.stderr.contains("--min-evidence"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        // DOT text needs no layout: written at any size.
        let dot = try PathCommandTests.run(["render", "--input", file.path, "--format", "dot"])
        #expect(dot.status == 0, "\(dot.stderr)")
        #expect(dot.stdout.hasPrefix("digraph"))
    }
}
