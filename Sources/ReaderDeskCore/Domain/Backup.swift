import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#endif

/// What a backup wrote, and the audit chain's head inside it: kept elsewhere, it proves later
/// that the copied audit rows were not changed (`readerdesk audit verify` on the live file).
public struct BackupResult: Codable, Sendable {
    public var path: String
    public var headId: Int64?
    public var head: String?
    enum CodingKeys: String, CodingKey { case path, head, headId = "head_id" }
}

extension AppDatabase {
    /// A consistent copy through SQLite's online backup, while others keep writing. The copy is
    /// made in a private folder beside the database (its `-wal` or `-journal` can be nobody
    /// else's), turned into a rollback-journal database, then written with the caller's rights
    /// into a private folder beside PATH and linked into place: nothing ever exists at PATH but
    /// the complete copy, and no companion file at PATH is ever opened.
    public func backup(_ actor: Actor, to path: String) throws -> BackupResult {
        try actor.require(.exportPersonalData)
        try RealUser.withRights { try Self.refuseExisting(path) }
        let dbPath = writer.path
        let stagingParent =
            dbPath.hasPrefix("/")
            ? (dbPath as NSString).deletingLastPathComponent
            : (path as NSString).deletingLastPathComponent
        let staging = try PrivateFolder(in: stagingParent, prefix: ".readerdesk-backup")
        defer { staging.remove() }
        let staged = staging.path + "/copy.sqlite"
        do {
            let target = try DatabaseQueue(path: staged)
            try writer.backup(to: target)
            try target.close()
            // Opened again it sees the copied WAL header; switching to DELETE rewrites it.
            let again = try DatabaseQueue(path: staged)
            try again.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            var result = BackupResult(path: path)
            if let head = try again.read({ try Row.fetchOne($0, sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1") }) {
                result.headId = head["id"]; result.head = head["hash"]
            }
            try again.close()
            try Self.place(staged, at: path)
            try recordAudit(actor, "database.backup", detail: result.headId.map { "head #\($0)" } ?? "")
            return result
        } catch let error as DatabaseError {
            throw Self.translate(error)
        }
    }

    static func refuseExisting(_ path: String) throws {
        var st = stat()
        if lstat(path, &st) == 0 {
            throw ReaderDeskError(
                .duplicate, "\(path) already exists: choose a new file for the backup", phrase: Phrase("error.backup.exists", [path]))
        }
    }

    /// Copies `staged` to `path` with the caller's rights, through a private folder beside `path`.
    static func place(_ staged: String, at path: String) throws {
        let source = Glibc.open(staged, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else {
            throw ReaderDeskError(
                .io, "cannot read the staged copy: \(String(cString: strerror(errno)))",
                phrase: Phrase("error.backup.readStaged", [String(cString: strerror(errno))]))
        }
        defer { Glibc.close(source) }
        try RealUser.withRights {
            let folder = try PrivateFolder(
                in: (path as NSString).deletingLastPathComponent,
                prefix: "." + (path as NSString).lastPathComponent + ".backup")
            defer { folder.remove() }
            let copy = folder.path + "/copy"
            let fd = Glibc.open(copy, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                throw ReaderDeskError(
                    .io, "cannot write \(path): \(String(cString: strerror(errno)))",
                    phrase: Phrase("error.file.write", [path, String(cString: strerror(errno))]))
            }
            defer { Glibc.close(fd) }
            fchmod(fd, 0o600)
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let n = buffer.withUnsafeMutableBytes { Glibc.read(source, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR { continue }
                guard n >= 0 else {
                    throw ReaderDeskError(
                        .io, "cannot read the staged copy: \(String(cString: strerror(errno)))",
                        phrase: Phrase("error.backup.readStaged", [String(cString: strerror(errno))]))
                }
                if n == 0 { break }
                var done = 0
                while done < n {
                    let w = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, n - done) }
                    if w < 0, errno == EINTR { continue }
                    guard w > 0 else {
                        throw ReaderDeskError(
                            .io, "cannot write \(path): \(String(cString: strerror(errno)))",
                            phrase: Phrase("error.file.write", [path, String(cString: strerror(errno))]))
                    }
                    done += w
                }
            }
            guard fsync(fd) == 0 else {
                throw ReaderDeskError(
                    .io, "cannot write \(path): \(String(cString: strerror(errno)))",
                    phrase: Phrase("error.file.write", [path, String(cString: strerror(errno))]))
            }
            // link, not rename: it never replaces a file that appeared at PATH meanwhile.
            guard link(copy, path) == 0 else {
                if errno == EEXIST {
                    throw ReaderDeskError(
                        .duplicate, "\(path) already exists: choose a new file for the backup",
                        phrase: Phrase("error.backup.exists", [path]))
                }
                throw ReaderDeskError(
                    .io, "cannot write \(path): \(String(cString: strerror(errno)))",
                    phrase: Phrase("error.file.write", [path, String(cString: strerror(errno))]))
            }
        }
    }
}

/// A folder only this process's effective user can enter (mkdtemp, mode 0700), named with the
/// process id so the next run can remove one a killed process left (`sweep`).
struct PrivateFolder {
    let path: String

    init(in parent: String, prefix: String) throws {
        Self.sweep(in: parent, prefix: prefix)
        var template = Array("\(parent)/\(prefix)-\(getpid())-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw ReaderDeskError(
                .io, "cannot make a private folder in \(parent): \(String(cString: strerror(errno)))",
                phrase: Phrase("error.backup.folder", [parent, String(cString: strerror(errno))]))
        }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// Removes folders of this kind whose process is gone.
    static func sweep(in parent: String, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names where name.hasPrefix(prefix + "-") {
            let digits = name.dropFirst(prefix.count + 1).prefix { $0.isASCII && $0.isNumber }
            guard let pid = pid_t(digits), kill(pid, 0) == -1, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: parent + "/" + name)
        }
    }
}
