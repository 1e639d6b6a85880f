import GRDB

/// `import usage --format ezproxy` choices. Ranges and proxy hosts given here are added to
/// the settings for next time.
public struct EZproxyOptions: Sendable {
    /// Client address range (CIDR) → location class; addresses in no range are remote.
    public var locations: [String: Location]
    public var proxyHosts: [String]
    public var gapMinutes: Int

    public init(locations: [String: Location] = [:], proxyHosts: [String] = [], gapMinutes: Int = 30) {
        self.locations = locations; self.proxyHosts = proxyHosts; self.gapMinutes = gapMinutes
    }
}

extension Importer {
    /// Requests become sessions (one card, one service, gaps of at most 30 minutes), each one
    /// usage event at its first request. Addresses only choose the location class and are
    /// then forgotten; cards that match no reader are counted, not fatal.
    func usageEZproxy(_ bytes: [UInt8], _ ez: EZproxyOptions, _ options: ImportOptions) throws -> ImportSummary {
        let text = try Self.text(bytes, options)
        var locations: [String: Location] = [:]
        for (cidr, place) in TransferSettings.pairs(try database.setting(TransferSettings.ezproxyLocations), ",") {
            locations[cidr] = Location(rawValue: place.lowercased()) ?? .remote
        }
        locations.merge(ez.locations) { _, new in new }
        let savedHosts = Staff.splitList(try database.setting(TransferSettings.ezproxyProxyHosts))
        let proxyHosts = savedHosts + ez.proxyHosts.filter { !savedHosts.contains($0.lowercased()) }.map { $0.lowercased() }
        return try database.write(rollback: options.dryRun) { db in
            var summary = ImportSummary(kind: "usage", format: "ezproxy", options: options)
            var hostTable: [String: String] = [:]
            for service in try Service.fetchAll(db) { for host in service.hostList { hostTable[host] = service.code } }
            var sessions = try EZproxySessionizer(
                services: hostTable, locations: locations.map { ($0.key, $0.value) },
                proxyHosts: proxyHosts, gapSeconds: Int64(ez.gapMinutes) * 60)
            var parser = EZproxyLogParser(bytes: text, file: options.file)
            while let request = try parser.next() {
                if let why = database.calendar.futureUse(request.time, now: actor.now) {
                    try Self.reject(ImportError(file: options.file, line: request.line, why.message, phrase: why.phrase), &summary, options)
                    summary.rows += 1
                    continue
                }
                sessions.add(request)
                summary.rows += 1
                if summary.rows % Self.progressEvery == 0 { report(rows: summary.rows, done: parser.offset, total: text.count) }
            }
            for error in parser.errors { try Self.reject(error, &summary, options) }
            summary.rows += parser.errors.count
            let result = sessions.finish()
            summary.ezproxy = EZproxyFigures(
                requestsUsed: result.requestsUsed, sessions: result.events.count,
                anonymous: result.skippedAnonymous, failedStatus: result.skippedStatus,
                proxyPages: result.skippedProxy, unknownHosts: result.unknownHosts)
            let cards = try Self.cardIndex(db), services = try Self.serviceIndex(db)
            var events: [UsageInput] = []
            var unknown: [String: Int] = [:]
            // A session already recorded (same reader, service and first second) comes from a log
            // imported before, or from the overlap of two rotated logs: it is counted once.
            let recorded = try db.cachedStatement(sql: "SELECT 1 FROM usage WHERE at = ? AND reader_id = ? AND service_id = ?")
            for event in result.events {
                guard let readerId = cards[event.card] else { unknown[event.card, default: 0] += 1; continue }
                let serviceId = services[event.service]!
                if try Bool.fetchOne(recorded, arguments: [event.at, readerId, serviceId]) ?? false {
                    summary.ezproxy?.alreadyImported += 1
                    continue
                }
                events.append(
                    UsageInput(
                        readerId: readerId, serviceId: serviceId, at: event.at,
                        quantity: event.quantity, location: event.location))
            }
            summary.unknownCards = unknown.count
            summary.unknownCardSamples = Array(unknown.keys.sorted().prefix(20))
            for start in stride(from: 0, to: events.count, by: Self.usageChunk) where !options.dryRun {
                let chunk = Array(events[start..<min(events.count, start + Self.usageChunk)])
                try database.insertUsage(db, chunk)
                try AppDatabase.advanceLifecycles(db, chunk, now: actor.now)
            }
            summary.added = events.count
            if !ez.locations.isEmpty {
                let text = TransferSettings.text(locations.mapValues(\.rawValue), ",")
                try AppDatabase.rememberSetting(db, actor, TransferSettings.ezproxyLocations, text)
            }
            if proxyHosts != savedHosts {
                try AppDatabase.rememberSetting(db, actor, TransferSettings.ezproxyProxyHosts, proxyHosts.joined(separator: ","))
            }
            try AppDatabase.audit(
                db, actor, "import.usage",
                detail: "ezproxy: \(summary.added) sessions, "
                    + "\(summary.ezproxy?.alreadyImported ?? 0) already imported, "
                    + "\(unknown.count) unknown cards, \(summary.invalidCount) invalid")
            report(rows: summary.rows, done: text.count, total: text.count)
            return summary
        }
    }
}
