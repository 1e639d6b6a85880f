import CSecureStart
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Whether this process runs with privilege it did not start with: installed set-user-id (or
/// set-group-id) to the service account that owns the shared database. Such a run trusts nothing
/// the caller controls — the environment, `--db`, their config's database key — and acts only as
/// the kernel's real user (DESIGN "A shared server"; docs/ARCHITECTURE.md "Trust").
public struct ProcessPrivilege: Sendable, Equatable {
    /// Set-id (the kernel's AT_SECURE, or real and effective ids differ).
    public var setID: Bool
    /// The real user id: the person at the keyboard.
    public var realUID: uid_t

    public init(setID: Bool, realUID: uid_t) { self.setID = setID; self.realUID = realUID }

    /// The running process, as the kernel sees it now.
    public static var current: ProcessPrivilege {
        if dropped.value { return ProcessPrivilege(setID: false, realUID: getuid()) }
        return ProcessPrivilege(setID: rd_process_is_set_id() != 0, realUID: getuid())
    }

    /// Gives up the service account for good (real, effective and saved ids all become the
    /// caller's), for work on the person's own files such as the demo library. Afterwards the
    /// process is an ordinary one of theirs.
    public static func dropPermanently() throws {
        let gid = getgid(), uid = getuid()
        guard rd_setresgid(gid, gid, gid) == 0, rd_setresuid(uid, uid, uid) == 0,
            geteuid() == uid, getegid() == gid
        else {
            throw ReaderDeskError(
                .io, "cannot give up the service account's rights: \(String(cString: strerror(errno)))",
                phrase: Phrase("error.setid.drop", [String(cString: strerror(errno))]))
        }
        dropped.set(true)
    }

    private static let dropped = Flag()
    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var v = false
        var value: Bool { lock.withLock { v } }
        func set(_ x: Bool) { lock.withLock { v = x } }
    }
}

/// What the caller may choose for themselves: acting as another staff login (`READERDESK_AS`)
/// and a fixed "now" (`READERDESK_NOW`), for tests, demonstrations and a library of one's own.
/// Both are honoured only when the process is not set-id and the database file belongs to the
/// calling user (or does not exist yet, so it will), who could change the file directly anyway.
/// Otherwise they are refused with one line, so a script never believes it acted as someone else.
public struct CallerOverrides: Sendable, Equatable {
    public var login: String?
    public var now: String?

    public static let names = ["READERDESK_AS", "READERDESK_NOW"]

    /// `databaseOwner` is the owner of the database file, nil when it does not exist yet.
    public static func decide(
        environment env: [String: String], privilege: ProcessPrivilege,
        databaseOwner: uid_t?
    ) throws -> CallerOverrides {
        let login = env["READERDESK_AS"].flatMap { $0.isEmpty ? nil : $0 }
        let now = env["READERDESK_NOW"].flatMap { $0.isEmpty ? nil : $0 }
        let asked = [login == nil ? nil : "READERDESK_AS", now == nil ? nil : "READERDESK_NOW"].compactMap { $0 }
        guard let first = asked.first else { return CallerOverrides() }
        if privilege.setID {
            throw ReaderDeskError.forbidden(
                "\(first) is not honoured by a set-user-id readerdesk: unset it (you act as your own login, at the real time)",
                Phrase("error.setid.override", [first]))
        }
        if let owner = databaseOwner, owner != privilege.realUID {
            throw ReaderDeskError.forbidden(
                "\(first) is honoured only on a database file you own: unset it (you act as your own login, at the real time)",
                Phrase("error.override.owner", [first]))
        }
        return CallerOverrides(login: login, now: now)
    }

    public init(login: String? = nil, now: String? = nil) { self.login = login; self.now = now }
}
