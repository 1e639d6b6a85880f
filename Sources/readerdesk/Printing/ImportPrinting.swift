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
            throw CommandError(Refusal.encoding, self.encoding)
        }
        let fd = try Self.open(path)
        defer { close(fd) }
        let bar = ProgressBar(say(Line.importing, label))
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
            let reason = String(cString: strerror(errno))
            if fd >= 0 { close(fd) }
            throw CommandError(Refusal.cannotRead, path, reason)
        }
        // A directory opens but cannot be read: say so now, as reading it whole did.
        if info.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw CommandError(Refusal.cannotRead, path, String(cString: strerror(EISDIR)))
        }
        return fd
    }

    /// The summary line, in the command line's language; the core gives the figures.
    static func describe(_ s: ImportSummary) -> String {
        var parts: [String]
        if let c = s.counter {
            parts = [
                say(Line.counterHeading, c.report, c.release, c.period.from, c.period.to, c.rows, c.figures),
                say(Line.metrics, c.metrics.joined(separator: ", ")),
            ]
            if c.replaced > 0 { parts.append(say(Line.figuresReplaced, c.replaced)) }
            if c.unmatchedCount > 0 {
                let names = c.unmatched.prefix(10).joined(separator: "; ") + (c.unmatchedCount > 10 ? "; …" : "")
                parts.append(say(Line.noService, c.unmatchedCount, names))
            }
        } else if s.kind == "readers" {
            parts = [say(Line.readersImported, s.rows, s.added, s.updated, s.unchanged)]
        } else {
            parts = [say(s.format == "ezproxy" ? Line.logLinesImported : Line.usageImported, s.rows, s.added)]
            if let e = s.ezproxy {
                parts.append(
                    say(
                        Line.ezproxySessions, e.requestsUsed, e.sessions, e.anonymous, e.failedStatus, e.proxyPages,
                        e.unknownHosts.values.reduce(0, +)))
                if !e.unknownHosts.isEmpty {
                    parts.append(say(Line.hostsWithNoService, e.unknownHosts.keys.sorted().prefix(10).joined(separator: ", ")))
                }
                if e.alreadyImported > 0 { parts.append(say(Line.sessionsAlreadyImported, e.alreadyImported)) }
            }
            if let n = s.unknownCards, n > 0 {
                parts.append(say(Line.unknownCards, n, s.unknownCardSamples?.prefix(5).joined(separator: ", ") ?? ""))
            }
        }
        if s.invalidCount > 0 { parts.append(say(Line.badRowsSkipped, s.invalidCount)) }
        // Host, platform and card names come from the file: nothing in them may reach the terminal raw.
        let text = parts.joined(separator: say(Line.importParts))
        return Sanitizer.singleLine(s.dryRun ? say(Line.dryRunImport, text) : say(Line.imported, s.file, text))
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
