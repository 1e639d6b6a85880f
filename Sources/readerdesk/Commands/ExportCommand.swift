import ArgumentParser
import Foundation
import ReaderDeskCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write readers, contacts, tickets or usage as CSV or JSON (every export is audited).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "readers, contacts, tickets, usage or pyramid.") var what: String
    @Option(help: "csv or json.") var format: ExportFormat = .csv
    @Option(help: "Write to this file instead of stdout.") var output: String?
    @Flag(name: .customLong("include-pii"), help: "Include email, phone, address, birthday and notes (administrators).")
    var includePII = false
    @OptionGroup var periods: PeriodOptions

    func run() throws {
        try runReporting {
            let dataset = Exporter.Dataset(rawValue: what)
            guard dataset != nil || what == "pyramid" else {
                throw CommandError(Refusal.exportWhat, what)
            }
            let format = format.exporter
            let ctx = try CommandContext(global)
            let bar = ProgressBar(say(Line.exporting, what))
            let exporter = Exporter(ctx.database, actor: try ctx.actor(), progress: bar.handler)
            let target = try output.map { try ExportFile(path: $0) }
            do {
                let sink: ([UInt8]) throws -> Void = { bytes in
                    if let target { try target.write(bytes) } else { FileHandle.standardOutput.write(Data(bytes)) }
                }
                let rows: Int
                if let dataset {
                    rows = try exporter.export(dataset, format: format, includePersonalData: includePII, to: sink)
                } else {
                    // The pyramid of --period (or --from/--to), else of the 12 months before now.
                    let period = try periods.resolve(ctx.calendar) { ctx.calendar.lastTwelveMonths(before: ctx.now) }
                    rows = try exporter.exportPyramid(period, format: format, to: sink)
                }
                try target?.commit()
                bar.finish()
                if let output { FileHandle.standardError.write(Data((say(Line.exported, rows, what, output) + "\n").utf8)) }
            } catch {
                bar.finish()
                target?.abandon()
                throw error
            }
        }
    }
}

/// Writes beside the target and renames at the end, so a failed export leaves no half file.
/// Every export is readable by its owner only (a listing of readers is personal data even
/// without contact details), and is made with the caller's own rights (`RealUser`).
final class ExportFile {
    let path: String, temporary: String
    let handle: FileHandle

    init(path: String) throws {
        self.path = path
        let temporary = PartialFiles.name(for: path)
        self.temporary = temporary
        let fd = try RealUser.withRights {
            PartialFiles.sweep(beside: path)
            return open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
        }
        guard fd >= 0 else { throw CommandError(Refusal.cannotWrite, path, String(cString: strerror(errno))) }
        fchmod(fd, 0o600)
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    func write(_ bytes: [UInt8]) throws { try handle.write(contentsOf: bytes) }

    func commit() throws {
        try handle.synchronize()
        try handle.close()
        guard try RealUser.withRights({ rename(temporary, path) }) == 0 else {
            throw CommandError(Refusal.cannotWrite, path, String(cString: strerror(errno)))
        }
    }

    func abandon() {
        try? handle.close()
        _ = try? RealUser.withRights { unlink(temporary) }
    }
}
