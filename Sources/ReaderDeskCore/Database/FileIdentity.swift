import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The database file as opened: its device and inode. If the path no longer leads to that file
/// (deleted, renamed away, replaced by another), a write would go to a file nobody else will ever
/// open: it is refused instead. No descriptor is kept on the file: closing any descriptor of a file
/// drops every POSIX lock the process holds on it, SQLite's included, and two connections of one
/// process would then corrupt the database (the SQLite "How To Corrupt" list, §2.2).
final class FileIdentity: Sendable {
    let path: String
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        self.path = path
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }

    func check() throws {
        var named = stat()
        guard stat(path, &named) == 0, named.st_nlink > 0, UInt64(named.st_dev) == device, UInt64(named.st_ino) == inode else {
            throw ReaderDeskError(
                .io,
                "the database file \(path) was deleted or replaced while ReaderDesk had it open: nothing was written; ask an administrator to restore it, then start again",
                phrase: Phrase("error.database.replaced", [path])
            )
        }
    }
}
