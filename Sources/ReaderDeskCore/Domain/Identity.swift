import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Who is at the keyboard: the OS login ($USER over SSH), unless an administrator mapped it.
public enum Identity {
    public static func osLogin(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let u = environment["USER"], !u.isEmpty { return u }
        if let u = environment["LOGNAME"], !u.isEmpty { return u }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid\(getuid())"
    }

    /// Refuses a login that could not be a staff login, before anything is created for it.
    public static func checkLogin(_ login: String) throws { try Validate.login(login) }
}

extension AppDatabase {
    /// The staff member acting for an OS login, or a one-line refusal.
    public func staff(forOSLogin login: String) throws -> Staff {
        let found = try read { db in
            try Staff.fetchOne(db, sql: """
                SELECT staff.* FROM login_alias JOIN staff ON staff.id = login_alias.staff_id
                WHERE login_alias.os_login = ?
                UNION ALL SELECT * FROM staff WHERE login = ? LIMIT 1
                """, arguments: [login, login])
        }
        guard let staff = found, staff.active else {
            throw ReaderDeskError.forbidden("'\(login)' is not ReaderDesk staff: ask an administrator to run 'readerdesk staff add \(login) --name NAME --role front-desk|librarian|admin'")
        }
        return staff
    }

    /// The mail intake account acts only through `readerdesk intake` (`forIntake`): it reads nothing.
    public func actor(osLogin: String, now: Int64, forIntake: Bool = false) throws -> Actor {
        let staff = try staff(forOSLogin: osLogin)
        if staff.role == .intake && !forIntake {
            throw ReaderDeskError.forbidden("\(staff.login) is the mail intake account: it may only run 'readerdesk intake'")
        }
        return Actor(staff: staff, now: now)
    }
}
