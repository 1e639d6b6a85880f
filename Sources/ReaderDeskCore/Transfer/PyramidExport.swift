import Foundation

extension Exporter {
    /// The value pyramid of a period, one row per active reader, best first (the score to four
    /// places, as `pyramid --json` gives it). Names are not among the personal data withheld.
    @discardableResult
    public func exportPyramid(_ period: Period, format: Format, to sink: @escaping ([UInt8]) throws -> Void) throws -> Int {
        try database.recordAudit(actor, "export.pyramid", detail: "\(format.rawValue), \(period.label)")
        let pyramid = try database.pyramid(period)
        var writer = ExportWriter(format: format, columns: ["position", "card", "name", "tier", "score", "from", "to"], sink: sink)
        for r in pyramid.readers {
            try writer.write([
                .int(Int64(r.position)), .text(r.card), .text(r.name), .text(r.tier.rawValue),
                .text(String(format: "%.4f", r.score)), .text(period.from), .text(period.to),
            ])
        }
        try writer.finish()
        progress?(TransferProgress(rows: pyramid.readers.count, done: pyramid.readers.count, total: pyramid.readers.count))
        return pyramid.readers.count
    }
}
