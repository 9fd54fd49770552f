import ArgumentParser

/// Benchmarks print figures beside the references their issues name. They are not tests.
@main
struct Benchmarks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agbench",
        abstract: "Measure actorgraph: extraction, rendering, path search.",
        subcommands: [ExtractionBenchmark.self, RenderBenchmark.self, SyntheticStore.self, PathBenchmark.self, IngestBenchmark.self,
                      CleaningBenchmark.self, ReingestBenchmark.self, FolderBenchmark.self,
                      ReportBenchmark.self]
    )
}
