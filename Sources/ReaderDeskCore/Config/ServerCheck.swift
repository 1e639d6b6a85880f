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

    /// Each problem as an error: its English line (`message`) and its phrase for the catalogue.
    public func problems() -> [ReaderDeskError] {
        var out: [ReaderDeskError] = []
        guard let pw = getpwnam(account) else {
            return [.init(.io, "no account '\(account)': create it as a system account", phrase: Phrase("server.noAccount", [account]))]
        }
        let uid = pw.pointee.pw_uid
        func info(_ path: String) -> stat? { var st = stat(); return lstat(path, &st) == 0 ? st : nil }
        func octal(_ m: mode_t) -> String { String(m & 0o7777, radix: 8) }

        if let st = info(binary) {
            if st.st_uid != uid {
                out.append(
                    .init(
                        .io, "\(binary): owned by uid \(st.st_uid), not \(account): install -o \(account) -m 4755 …",
                        phrase: Phrase("server.binaryOwner", [binary, "\(st.st_uid)", account])))
            }
            if st.st_mode & S_ISUID == 0 {
                out.append(
                    .init(
                        .io, "\(binary): not set-user-id (mode \(octal(st.st_mode))): chmod 4755",
                        phrase: Phrase("server.notSetID", [binary, octal(st.st_mode)])))
            }
            if st.st_mode & S_ISGID != 0 {
                out.append(
                    .init(
                        .io, "\(binary): set-group-id: the files it makes would belong to the caller's group; chmod g-s",
                        phrase: Phrase("server.setGID", [binary])))
            }
            if st.st_mode & 0o022 != 0 {
                out.append(
                    .init(
                        .io, "\(binary): writable by group or others (mode \(octal(st.st_mode)))",
                        phrase: Phrase("server.writable", [binary, octal(st.st_mode)])))
            }
        } else {
            out.append(.init(.io, "\(binary): not found", phrase: Phrase("server.notFound", [binary])))
        }

        guard let cst = info(systemConfig) else {
            return out + [
                .init(.io, "\(systemConfig): missing: it must name the database", phrase: Phrase("server.noConfig", [systemConfig]))
            ]
        }
        if cst.st_uid != 0 {
            out.append(
                .init(
                    .io, "\(systemConfig): owned by uid \(cst.st_uid), not root",
                    phrase: Phrase("server.configOwner", [systemConfig, "\(cst.st_uid)"])))
        }
        if cst.st_mode & 0o022 != 0 {
            out.append(
                .init(
                    .io, "\(systemConfig): writable by group or others (mode \(octal(cst.st_mode)))",
                    phrase: Phrase("server.writable", [systemConfig, octal(cst.st_mode)])))
        }
        let database: String
        do {
            guard let d = try ConfigFile.load(path: systemConfig).database, d.hasPrefix("/") else {
                return out + [
                    .init(
                        .io, "\(systemConfig): names no database by an absolute path", phrase: Phrase("server.noDatabase", [systemConfig]))
                ]
            }
            database = d
        } catch { return out + [error as? ReaderDeskError ?? .init(.io, "\(error)", phrase: Phrase("literal", ["\(error)"]))] }

        let folder = (database as NSString).deletingLastPathComponent
        /// The service account must own `path`, and nobody else may read or write it.
        func keepPrivate(_ path: String, _ st: stat, mode: String) {
            if st.st_uid != uid {
                out.append(
                    .init(
                        .io, "\(path): owned by uid \(st.st_uid), not \(account)",
                        phrase: Phrase("server.owner", [path, "\(st.st_uid)", account])))
            }
            if st.st_mode & 0o077 != 0 {
                out.append(
                    .init(
                        .io, "\(path): open to group or others (mode \(octal(st.st_mode))): chmod \(mode)",
                        phrase: Phrase("server.open", [path, octal(st.st_mode), mode])))
            }
        }
        if let st = info(folder) {
            keepPrivate(folder, st, mode: "700")
        } else {
            out.append(
                .init(
                    .io, "\(folder): missing: install -d -o \(account) -m 700 \(folder)",
                    phrase: Phrase("server.noFolder", [folder, account])))
        }
        // Every folder above must be safe from renaming by others.
        var above = (folder as NSString).deletingLastPathComponent
        while !above.isEmpty {
            if let st = info(above), st.st_uid != 0, st.st_uid != uid || st.st_mode & 0o022 != 0 {
                out.append(
                    .init(
                        .io, "\(above): owned by uid \(st.st_uid) or writable by others: someone could move the database folder",
                        phrase: Phrase("server.above", [above, "\(st.st_uid)"])))
            } else if let st = info(above), st.st_mode & 0o002 != 0, st.st_mode & S_ISVTX == 0 {
                out.append(.init(.io, "\(above): writable by everyone", phrase: Phrase("server.everyone", [above])))
            }
            if above == "/" { break }
            above = (above as NSString).deletingLastPathComponent
        }
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let path = database + suffix
            guard let st = info(path) else {
                if suffix.isEmpty {
                    out.append(.init(.io, "\(path): missing", phrase: Phrase("server.noFile", [path, account, Phrase.field("admin")])))
                }
                continue
            }
            keepPrivate(path, st, mode: "600")
            if st.st_mode & S_IFMT != S_IFREG {
                out.append(.init(.io, "\(path): not a plain file", phrase: Phrase("server.notPlain", [path])))
            }
        }
        return out
    }
}
