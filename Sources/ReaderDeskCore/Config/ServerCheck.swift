import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The layout a shared server needs (README "A shared server"), checked file by file: the
/// set-user-id binary, the system config, the database folder and files. Each problem is one line.
public struct ServerCheck {
    public var binary: String
    public var systemConfig: String
    /// The service account that owns the database and the binary.
    public var account: String

    public init(binary: String, systemConfig: String = ConfigFile.systemPath, account: String = "readerdesk") {
        self.binary = binary; self.systemConfig = systemConfig; self.account = account
    }

    public func problems() -> [String] {
        var out: [String] = []
        guard let pw = getpwnam(account) else {
            return ["no account '\(account)': create it (useradd --system --no-create-home --shell /usr/sbin/nologin \(account))"]
        }
        let uid = pw.pointee.pw_uid
        func info(_ path: String) -> stat? { var st = stat(); return lstat(path, &st) == 0 ? st : nil }
        func octal(_ m: mode_t) -> String { String(m & 0o7777, radix: 8) }

        if let st = info(binary) {
            if st.st_uid != uid { out.append("\(binary): owned by uid \(st.st_uid), not \(account): install -o \(account) -m 4755 …") }
            if st.st_mode & S_ISUID == 0 { out.append("\(binary): not set-user-id (mode \(octal(st.st_mode))): chmod 4755") }
            if st.st_mode & S_ISGID != 0 {
                out.append("\(binary): set-group-id: the files it makes would belong to the caller's group; chmod g-s")
            }
            if st.st_mode & 0o022 != 0 { out.append("\(binary): writable by group or others (mode \(octal(st.st_mode)))") }
        } else {
            out.append("\(binary): not found")
        }

        guard let cst = info(systemConfig) else {
            return out + ["\(systemConfig): missing: it must name the database (database = \"/srv/readerdesk/library.sqlite\")"]
        }
        if cst.st_uid != 0 { out.append("\(systemConfig): owned by uid \(cst.st_uid), not root") }
        if cst.st_mode & 0o022 != 0 { out.append("\(systemConfig): writable by group or others (mode \(octal(cst.st_mode)))") }
        let database: String
        do {
            guard let d = try ConfigFile.load(path: systemConfig).database, d.hasPrefix("/") else {
                return out + ["\(systemConfig): names no database by an absolute path"]
            }
            database = d
        } catch { return out + ["\(error)"] }

        let folder = (database as NSString).deletingLastPathComponent
        if let st = info(folder) {
            if st.st_uid != uid { out.append("\(folder): owned by uid \(st.st_uid), not \(account)") }
            if st.st_mode & 0o077 != 0 { out.append("\(folder): open to group or others (mode \(octal(st.st_mode))): chmod 700") }
        } else {
            out.append("\(folder): missing: install -d -o \(account) -m 700 \(folder)")
        }
        // Every folder above must be safe from renaming by others.
        var above = (folder as NSString).deletingLastPathComponent
        while !above.isEmpty {
            if let st = info(above), st.st_uid != 0, st.st_uid != uid || st.st_mode & 0o022 != 0 {
                out.append("\(above): owned by uid \(st.st_uid) or writable by others: someone could move the database folder")
            } else if let st = info(above), st.st_mode & 0o002 != 0, st.st_mode & S_ISVTX == 0 {
                out.append("\(above): writable by everyone")
            }
            if above == "/" { break }
            above = (above as NSString).deletingLastPathComponent
        }
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let path = database + suffix
            guard let st = info(path) else {
                if suffix.isEmpty { out.append("\(path): missing: as \(account), run 'readerdesk init --admin LOGIN'") }
                continue
            }
            if st.st_uid != uid { out.append("\(path): owned by uid \(st.st_uid), not \(account)") }
            if st.st_mode & 0o077 != 0 { out.append("\(path): open to group or others (mode \(octal(st.st_mode))): chmod 600") }
            if st.st_mode & S_IFMT != S_IFREG { out.append("\(path): not a plain file") }
        }
        return out
    }
}
