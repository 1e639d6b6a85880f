import ArgumentParser
import Foundation
import ReaderDeskCore
import ReaderDeskWords

#if canImport(Glibc)
    import Glibc
#endif

/// The options every import takes, and the run they share: read the file, import with a
/// progress bar, print the summary (or `--json`), list bad rows on stderr.
struct ImportFileOptions: ParsableArguments {
    @Argument(help: "The file to import.") var path: String
    @Option(help: "auto, utf-8 or gb18030 (auto: UTF-8 if valid, else GB18030).") var encoding: String = "auto"
    @Flag(name: .customLong("dry-run"), help: "Report what would happen; change nothing.") var dryRun = false
    @Flag(name: .customLong("skip-invalid"), help: "Import the good rows and list the bad ones.") var skipInvalid = false
    @Flag(name: .long, help: "Print the summary as one JSON document.") var json = false

    func run(
        _ ctx: CommandContext, _ label: String,
        _ body: (Importer, ImportInput, ImportOptions) throws -> ImportSummary
    ) throws {
        guard let encoding = TextEncoding(name: encoding) else {
            throw CommandError("--encoding takes auto, utf-8 or gb18030, not '\(self.encoding)'")
        }
        let fd = try Self.open(path)
        defer { close(fd) }
        let bar = ProgressBar("importing \(label)")
        let importer = Importer(ctx.database, actor: try ctx.actor(), progress: bar.handler)
        let options = ImportOptions(file: path, encoding: encoding, dryRun: dryRun, skipInvalid: skipInvalid)
        let summary: ImportSummary
        do { summary = try body(importer, .file(descriptor: fd), options) } catch { bar.finish(); throw error }
        bar.finish()
        for e in summary.skipped {
            let line = Words.format(Words.skippedRow, commandLineLanguage, Sanitizer.singleLine(importErrorLine(e)))
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        if json {
            if let counter = summary.counter { try Output.json(CounterJSON(counter, dryRun: dryRun)) } else { try Output.json(summary) }
        } else {
            print(Self.describe(summary))
        }
    }

    /// The file, opened for the import to read a block at a time (a usage file can be gigabytes).
    static func open(_ path: String) throws -> Int32 {
        // Opened with the caller's own rights: a set-user-id run reads only what they could.
        let fd = try RealUser.withRights { Glibc.open(path, O_RDONLY | O_CLOEXEC) }
        var info = stat()
        guard fd >= 0, fstat(fd, &info) == 0 else {
            if fd >= 0 { close(fd) }
            throw CommandError("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        // A directory opens but cannot be read: say so now, as reading it whole did.
        if info.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw CommandError("cannot read \(path): \(String(cString: strerror(EISDIR)))")
        }
        return fd
    }

    static func describe(_ s: ImportSummary) -> String {
        var parts: [String]
        if let c = s.counter {
            parts = [
                "\(c.report) (release \(c.release)) \(c.period.from) to \(c.period.to): \(c.rows) rows, \(c.figures) monthly figures",
                "metrics \(c.metrics.joined(separator: ", "))",
            ]
            if c.replaced > 0 { parts.append("\(c.replaced) earlier figures replaced") }
            if c.unmatchedCount > 0 {
                parts.append(
                    "no service for \(c.unmatchedCount): \(c.unmatched.prefix(10).joined(separator: "; "))\(c.unmatchedCount > 10 ? "; …" : "") (use --map NAME=CODE)"
                )
            }
        } else if s.kind == "readers" {
            parts = ["\(s.rows) rows: \(s.added) readers added, \(s.updated) updated, \(s.unchanged) unchanged"]
        } else {
            parts = ["\(s.rows) \(s.format == "ezproxy" ? "log lines" : "rows"): \(s.added) usage events"]
            if let e = s.ezproxy {
                parts.append(
                    "\(e.requestsUsed) requests in \(e.sessions) sessions; left out: \(e.anonymous) anonymous, "
                        + "\(e.failedStatus) failed, \(e.proxyPages) proxy pages, \(e.unknownHosts.values.reduce(0, +)) to unknown hosts")
                if !e.unknownHosts.isEmpty {
                    parts.append("hosts with no service: " + e.unknownHosts.keys.sorted().prefix(10).joined(separator: ", "))
                }
                if e.alreadyImported > 0 { parts.append("\(e.alreadyImported) sessions already imported, not counted again") }
            }
            if let n = s.unknownCards, n > 0 {
                parts.append("\(n) unknown cards, e.g. \(s.unknownCardSamples?.prefix(5).joined(separator: ", ") ?? "")")
            }
        }
        if s.invalidCount > 0 { parts.append("\(s.invalidCount) bad rows skipped") }
        // Host, platform and card names come from the file: nothing in them may reach the terminal raw.
        let text = parts.joined(separator: "; ")
        return Sanitizer.singleLine(s.dryRun ? "dry run, nothing changed: \(text)" : "imported \(s.file): \(text)")
    }
}

/// `import counter --json`: report id, release, period, rows, metrics.
struct CounterJSON: Encodable {
    let report, name, release: String
    let period: CounterFigures.Period
    let rows, figures, replaced, matched: Int
    let metrics, services, unmatched: [String]
    let dryRun: Bool
    enum CodingKeys: String, CodingKey {
        case report, name, release, period, rows, figures, replaced, matched, metrics, services, unmatched, dryRun = "dry_run"
    }
    init(_ c: CounterFigures, dryRun: Bool) {
        report = c.report; name = c.name; release = c.release; period = c.period; rows = c.rows; figures = c.figures
        replaced = c.replaced; matched = c.matched; metrics = c.metrics; services = c.services; unmatched = c.unmatched
        self.dryRun = dryRun
    }
}
