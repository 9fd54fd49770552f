import Foundation
import Testing

/// The same checks as ``ReportBrowserTests`` in headless Firefox, driven through Marionette
/// (``Marionette``), so that "works in current Chromium and Firefox" is tested in both.
/// One Firefox at a time: each takes a few seconds and a few hundred MB to start.
///
/// Skipped where neither `firefox-esr` nor `firefox` is on PATH (`Scripts/setup` installs
/// Debian's `firefox-esr`).
@Suite(.serialized, .enabled(if: ReportBrowser.firefox != nil, "firefox-esr is not on PATH; install it (Scripts/setup does) to run the report's Firefox tests"))
struct ReportFirefoxTests {
    let checks = ReportBrowserChecks(browser: .firefox)

    @Test func searchClickAndFilterWorkOnTheExampleCorpus() throws { try checks.searchClickAndFilterWorkOnTheExampleCorpus() }
    @Test func pathFinderAnswersAsTheCommandLineDoes() throws { try checks.pathFinderAnswersAsTheCommandLineDoes() }
    @Test func pathFinderAnswersAsTheCommandLineDoesOnAStore() throws { try checks.pathFinderAnswersAsTheCommandLineDoesOnAStore() }
    @Test func pathFinderAnswersAsTheCommandLineDoesOnThePathFixture() throws { try checks.pathFinderAnswersAsTheCommandLineDoesOnThePathFixture() }
    @Test func injectedMarkupRunsNoScript() throws { try checks.injectedMarkupRunsNoScript() }
}
