/// Turns EZproxy requests into usage events: one reader's requests to one service
/// with gaps of at most `gapSeconds` make one session, counted as one use at the
/// time of its first request. Client addresses only pick the location class and
/// are then dropped.
public struct EZproxySessionizer: Sendable {
    /// What happened to the requests, for the import summary.
    public struct Summary: Equatable, Sendable {
        public var events: [UsageRow] = []
        public var requestsUsed = 0
        public var skippedAnonymous = 0
        public var skippedStatus = 0
        /// EZproxy's own pages: login, connect, logout, menu, or the proxy host.
        public var skippedProxy = 0
        /// Hosts with no service in the host table, and how many requests each had.
        public var unknownHosts: [String: Int] = [:]
    }

    public let gapSeconds: Int64
    private let services: [String: String]
    private let proxyHosts: Set<String>
    private let ranges: [(range: IPRange, location: Location)]
    private var open: [SessionKey: Session] = [:]
    private var summary = Summary()

    private struct SessionKey: Hashable { let card: String, service: String }
    private struct Session { var first: Int64, last: Int64, location: Location, line: Int }

    private static let ownPages: Set<String> = ["login", "connect", "logout", "menu"]

    /// - Parameters:
    ///   - services: host → service code; a host also matches its subdomains
    ///     (`sciencedirect.com` covers `pdn.sciencedirect.com`).
    ///   - locations: CIDR ranges (IPv4 or IPv6) and their class; the longest match
    ///     wins; addresses in no range are remote.
    ///   - proxyHosts: the EZproxy server's own host names.
    public init(
        services: [String: String], locations: [(cidr: String, location: Location)] = [],
        proxyHosts: [String] = [], gapSeconds: Int64 = 30 * 60
    ) throws(ImportError) {
        var table: [String: String] = [:]
        for (host, code) in services { table[Self.normalised(host)] = code }
        var ranges: [(IPRange, Location)] = []
        for (cidr, location) in locations {
            guard let range = IPRange(cidr: cidr) else {
                throw ImportError(
                    "location range \(ImportError.quoted(cidr)) is not a CIDR range such as 10.0.0.0/8 or 2001:db8::/32",
                    phrase: Phrase("error.import.range", [ImportError.quoted(cidr)]))
            }
            ranges.append((range, location))
        }
        self.services = table
        self.ranges = ranges.sorted { $0.0.prefixLength > $1.0.prefixLength }
        self.proxyHosts = Set(proxyHosts.map(Self.normalised))
        self.gapSeconds = gapSeconds
    }

    public mutating func add(_ request: EZproxyRequest) {
        guard request.user != "-", !request.user.isEmpty else { summary.skippedAnonymous += 1; return }
        guard (200...399).contains(request.status) else { summary.skippedStatus += 1; return }
        let firstSegment = request.path.split(separator: "/").first.map { $0.lowercased() } ?? ""
        guard let host = request.host, !proxyHosts.contains(host), !Self.ownPages.contains(firstSegment) else {
            summary.skippedProxy += 1
            return
        }
        guard let service = service(for: host) else { summary.unknownHosts[host, default: 0] += 1; return }
        summary.requestsUsed += 1
        let key = SessionKey(card: request.user, service: service)
        if var session = open[key], request.time - session.last <= gapSeconds {
            // Lines can be slightly out of order; a session spans all its requests.
            session.first = min(session.first, request.time)
            session.last = max(session.last, request.time)
            open[key] = session
            return
        }
        if let ended = open[key] { close(key, ended) }
        open[key] = Session(
            first: request.time, last: request.time,
            location: location(of: request.clientAddress), line: request.line)
    }

    /// Closes the open sessions and returns the events, ordered by time, card and service.
    public mutating func finish() -> Summary {
        for (key, session) in open { close(key, session) }
        open = [:]
        summary.events.sort { ($0.at, $0.card, $0.service) < ($1.at, $1.card, $1.service) }
        return summary
    }

    private mutating func close(_ key: SessionKey, _ session: Session) {
        summary.events.append(
            UsageRow(
                card: key.card, service: key.service, at: session.first,
                quantity: 1, location: session.location, line: session.line))
    }

    /// The exact host, else the nearest listed parent domain.
    public func service(for host: String) -> String? {
        var name = Substring(host)
        while true {
            if let code = services[String(name)] { return code }
            guard let dot = name.firstIndex(of: ".") else { return nil }
            name = name[name.index(after: dot)...]
        }
    }

    public func location(of address: String) -> Location {
        guard let bytes = IPRange.address(address) else { return .remote }
        return ranges.first { $0.range.contains(bytes) }?.location ?? .remote
    }

    private static func normalised(_ host: String) -> String {
        var name = host.trimmingSpaces().lowercased()
        while name.hasPrefix(".") { name.removeFirst() }
        return name
    }
}
