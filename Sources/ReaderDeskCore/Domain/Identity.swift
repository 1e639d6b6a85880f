import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#endif

/// Who is at the keyboard: the kernel's real user id, by its login name, unless an administrator
/// mapped it. `USER` and `LOGNAME` are never read: anyone can set them.
public enum Identity {
    public static func osLogin() -> String { login(uid: getuid()) }

    /// The login name of a user id, or `uidN` when the user database has none.
    public static func login(uid: uid_t) -> String {
        if let pw = getpwuid(uid), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid\(uid)"
    }

    /// Refuses a login that could not be a staff login, before anything is created for it.
    public static func checkLogin(_ login: String) throws { try Validate.login(login) }
}

extension AppDatabase {
    /// The staff member acting for an OS login, or a one-line refusal.
    public func staff(forOSLogin login: String) throws -> Staff {
        let found = try read { db in
            try Staff.fetchOne(
                db,
                sql: """
                    SELECT staff.* FROM login_alias JOIN staff ON staff.id = login_alias.staff_id
                    WHERE login_alias.os_login = ?
                    UNION ALL SELECT * FROM staff WHERE login = ? LIMIT 1
                    """, arguments: [login, login])
        }
        guard let staff = found, staff.active else {
            throw ReaderDeskError.forbidden(Self.outsiderMessage(login), Self.outsiderPhrase(login))
        }
        return staff
    }

    /// What an OS login that is not staff is told, whatever the reason it cannot go on.
    public static func outsiderMessage(_ login: String) -> String {
        "you are not on ReaderDesk's staff list: ask an administrator (your login is '\(login)')"
    }
    public static func outsiderPhrase(_ login: String) -> Phrase { Phrase("error.outsider", [login]) }

    /// The mail intake account acts only through `readerdesk intake` (`forIntake`): it reads nothing.
    public func actor(osLogin: String, now: Int64, forIntake: Bool = false) throws -> Actor {
        let staff = try staff(forOSLogin: osLogin)
        if staff.role == .intake && !forIntake {
            throw ReaderDeskError.forbidden(
                "\(staff.login) is the mail intake account: it may only run 'readerdesk intake'", Phrase("error.intakeOnly", [staff.login]))
        }
        return Actor(staff: staff, now: now)
    }
}
