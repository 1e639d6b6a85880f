import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The database file as opened: its device and inode, and a descriptor kept open on it. If the
/// path no longer leads to that file (deleted, renamed away, replaced by another) or the file has
/// no name left, a write would go to a file nobody else will ever open: it is refused instead.
final class FileIdentity: Sendable {
    let path: String
    let device: UInt64
    let inode: UInt64
    let fd: Int32

    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        var st = stat()
        guard fd >= 0, fstat(fd, &st) == 0 else { if fd >= 0 { close(fd) }; return nil }
        self.path = path
        self.fd = fd
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }

    deinit { close(fd) }

    func check() throws {
        var open = stat(), named = stat()
        let linked = fstat(fd, &open) == 0 && open.st_nlink > 0
        let same = stat(path, &named) == 0 && UInt64(named.st_dev) == device && UInt64(named.st_ino) == inode
        guard linked, same else {
            throw ReaderDeskError(.io, "the database file \(path) was deleted or replaced while ReaderDesk had it open: nothing was written; ask an administrator to restore it, then start again")
        }
    }
}
