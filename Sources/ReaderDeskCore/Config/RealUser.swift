import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Files the person names (imports, exports, backups, theme and key files, outreach lists) are
/// opened with the person's own rights: a set-user-id run steps down to the real user and group
/// around the open and back up after, so it never reads or writes a file its caller could not.
/// Without set-id the real and effective ids are the same and this only runs `body`.
public enum RealUser {
    public static func withRights<T>(_ body: () throws -> T) throws -> T {
        let euid = geteuid(), egid = getegid(), uid = getuid(), gid = getgid()
        guard euid != uid || egid != gid else { return try body() }
        // Group first, while still privileged enough to change it; back in the reverse order.
        guard setegid(gid) == 0, seteuid(uid) == 0 else {
            throw ReaderDeskError(
                .io, "cannot take on your own rights to open the file: \(String(cString: strerror(errno)))",
                phrase: Phrase("error.realUser", [String(cString: strerror(errno))]))
        }
        defer {
            // Going back up is allowed by the saved ids; if it failed, going on would be unsafe either way.
            if seteuid(euid) != 0 || setegid(egid) != 0 { fatalError("cannot restore the service account's rights") }
        }
        return try body()
    }

    /// Reads a whole file the person named, with their rights.
    public static func read(_ path: String) throws -> [UInt8] {
        let fd = try withRights { Glibc.open(path, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else {
            throw ReaderDeskError(
                .io, "cannot read \(path): \(String(cString: strerror(errno)))",
                phrase: Phrase("error.file.read", [path, String(cString: strerror(errno))]))
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue };
                throw ReaderDeskError(
                    .io, "cannot read \(path): \(String(cString: strerror(errno)))",
                    phrase: Phrase("error.file.read", [path, String(cString: strerror(errno))]))
            }
            if n == 0 { return bytes }
            bytes += buffer[0..<n]
        }
    }
}
