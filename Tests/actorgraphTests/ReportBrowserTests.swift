import ActorGraph
import Foundation
import Testing

/// `actorgraph report` opened in headless Chromium (`--dump-dom` hands back what the page's
/// self-test wrote); the checks themselves are ``ReportBrowserChecks``, shared with
/// ``ReportFirefoxTests``.
///
/// Skipped where `chromium` is not on PATH (`Scripts/setup` installs it).
@Suite(.enabled(if: ReportBrowser.chromium != nil, "chromium is not on PATH; install it (Scripts/setup does) to run the report's browser tests"))
struct ReportBrowserTests {
    let checks = ReportBrowserChecks(browser: .chromium)

    @Test func searchClickAndFilterWorkOnTheExampleCorpus() throws { try checks.searchClickAndFilterWorkOnTheExampleCorpus() }
    @Test func pathFinderAnswersAsTheCommandLineDoes() throws { try checks.pathFinderAnswersAsTheCommandLineDoes() }
    @Test func pathFinderAnswersAsTheCommandLineDoesOnAStore() throws { try checks.pathFinderAnswersAsTheCommandLineDoesOnAStore() }
    @Test func pathFinderAnswersAsTheCommandLineDoesOnThePathFixture() throws { try checks.pathFinderAnswersAsTheCommandLineDoesOnThePathFixture() }
    @Test func injectedMarkupRunsNoScript() throws { try checks.injectedMarkupRunsNoScript() }

    @Test func sameInputGivesTheSameBytes() throws {
        let folder = try ReportBrowser.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, file) = try ReportBrowserChecks.exampleGraph(in: folder)
        let first = try ReportBrowserChecks.report(of: file, in: folder, named: "first.html")
        let second = try ReportBrowserChecks.report(of: file, in: folder, named: "second.html")
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        // The drawing has a coalition box (a cluster, laid out by dot): boxes are repeatable
        // there; with fdp they are not (notes/fdp-determinism.md).
        #expect(try String(contentsOf: first, encoding: .utf8).contains("class=\"cluster coalition"))
    }
}

/// `actorgraph report` without a browser: its inputs and its errors.
@Suite struct ReportCommandTests {
    /// A store's documents give the report their URLs; only http(s) ones become links.
    @Test func aStoreGivesTheArticlesAddresses() throws {
        let folder = try ReportBrowser.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = folder.appendingPathComponent("articles.jsonl")
        try Data(ReportBrowser.injectionArticles.utf8).write(to: articles)
        let store = folder.appendingPathComponent("store.sqlite").path
        let ingested = try PathCommandTests.run(["ingest", articles.path, "--db", store])
        try #require(ingested.status == 0, "ingest failed: \(ingested.stderr)")
        let report = folder.appendingPathComponent("report.html")
        let made = try PathCommandTests.run(["report", "--db", store, "-o", report.path])
        try #require(made.status == 0, "report failed: \(made.stderr)")
        let html = try String(contentsOf: report, encoding: .utf8)
        // The inj-1 article's javascript: URL is dropped; no article here has an http(s) one.
        #expect(!html.lowercased().contains("javascript:window.__pwned='url'"))
        #expect(html.contains("\"title\":\"\\u003cscript\\u003ewindow.__pwned='title'\\u003c/script\\u003e Turkey and the SNA\""))
    }

    @Test func aFolderAsOutputIsRefusedWithTheFix() throws {
        let folder = try ReportBrowser.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = PathCommandTests.packageRoot.appendingPathComponent("examples/corpus").path
        let made = try PathCommandTests.run(["report", corpus, "-o", folder.path])
        #expect(made.status != 0)
        #expect(made.stderr.contains("report.html"))
    }
}
