import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Demos and exports are written to `PATH.partial-PID` and renamed when complete. A process
/// killed outright (SIGKILL, power loss) cannot remove its own; the next one removes those whose
/// process is gone — an export's may hold personal data.
enum PartialFiles {
    static func name(for path: String) -> String { path + ".partial-\(getpid())" }

    static func sweep(beside path: String) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + ".partial-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard let pid = pid_t(digits), ["", "-wal", "-shm"].contains(String(rest.dropFirst(digits.count))),
                kill(pid, 0) == -1, errno == ESRCH
            else { continue }
            unlink(directory + "/" + name)
        }
    }
}
