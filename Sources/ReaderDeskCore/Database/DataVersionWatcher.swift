import GRDB
import Synchronization

/// A connection of its own that only asks `PRAGMA data_version`, so polling for other writers
/// never waits behind this process's writes. Opened at the first question: a command that never
/// polls leaves the file to its other connections (a first big import may then take the file
/// out of write-ahead logging, which needs it to be the only one: `AppDatabase.withoutWriteAheadLog`).
final class DataVersionWatcher: Sendable {
    private let path: String
    private let queue = Mutex<DatabaseQueue?>(nil)

    init(path: String) { self.path = path }

    /// The file's data version as this connection sees it: it changes whenever another
    /// connection commits.
    func version() throws -> Int {
        try queue.withLock { queue in
            if queue == nil {
                var watch = Configuration()
                watch.busyMode = .timeout(5)
                // Read-only: opened late, it must never make a new empty file where the library was.
                watch.readonly = true
                queue = try DatabaseQueue(path: path, configuration: watch)
            }
            return try queue!.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        }
    }

    /// Whether the connection is open (it has been asked).
    var isOpen: Bool { queue.withLock { $0 != nil } }

    func close() throws {
        try queue.withLock { queue in
            try queue?.close()
            queue = nil
        }
    }
}
