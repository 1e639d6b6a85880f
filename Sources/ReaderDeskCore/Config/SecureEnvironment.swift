import CSecureStart

/// A set-id run keeps only the environment it needs. The work is done in C, by a constructor in
/// CSecureStart that runs before the Swift runtime reads the environment (its
/// SWIFT_DEBUG_LIB_PRESPECIALIZED_PATH would load a library of the caller's choosing). The loader
/// has already dropped LD_* and glibc's unsafe variables; this also drops, among others, ICU_DATA
/// (ICU would load data files with the service account's rights), TMPDIR and SQLITE_TMPDIR
/// (SQLite's temporary files), TERMINFO and TERMINFO_DIRS, a TZ naming a file, and every SWIFT_*.
public enum SecureEnvironment {
    /// The environment a set-id run keeps, by the same rule as the constructor, and a fixed PATH.
    public static func filtered(_ env: [String: String]) -> [String: String] {
        var out = env.filter { $0.key != "PATH" && rd_environment_keeps($0.key, $0.value) != 0 }
        out["PATH"] = "/usr/bin:/bin"
        return out
    }
}
