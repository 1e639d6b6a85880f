import GRDB

extension AppDatabase {
    /// Makes the first administrator of a new database. Refused once the database has staff.
    public func initialise(adminLogin: String, name: String? = nil, now: Int64) throws -> Staff {
        try Validate.login(adminLogin)
        return try write { db in
            if try Staff.fetchCount(db) > 0 {
                throw ReaderDeskError(
                    .duplicate, "this database is already initialised: administrators add staff with 'readerdesk staff add'",
                    phrase: Phrase("error.init.already"))
            }
            var admin = Staff(login: adminLogin, name: name ?? adminLogin, role: .admin, createdAt: now)
            try admin.insert(db)
            try db.execute(
                sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('library.timezone', ?)",
                arguments: [calendar.timeZone.identifier])
            // Actions nobody else covers go to the first administrator (a setting, changeable).
            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('matrix.default_owner', ?)", arguments: [adminLogin])
            try Self.audit(db, Actor(staff: admin, now: now), "database.init")
            return admin
        }
    }

    @discardableResult
    public func addStaff(_ actor: Actor, login: String, name: String, role: Role, areas: [String] = []) throws -> Staff {
        try actor.require(.manageStaff)
        try Validate.login(login)
        try Validate.line(name, "name", required: true, max: 200)
        for a in areas { try Validate.line(a, "subject", required: true) }
        return try write { db in
            if try Staff.filter(Column("login") == login).fetchCount(db) > 0 {
                throw ReaderDeskError(.duplicate, "staff login '\(login)' already exists", phrase: Phrase("error.staff.exists", [login]))
            }
            var staff = Staff(login: login, name: name, role: role, areas: areas, createdAt: actor.now)
            try staff.insert(db)
            for area in Set(areas) {
                try db.execute(sql: "INSERT OR IGNORE INTO staff_area(area, staff_id) VALUES (?, ?)", arguments: [area, staff.id])
            }
            try Self.audit(db, actor, "staff.add", detail: "\(login) as \(role.rawValue)")
            return staff
        }
    }

    public func allStaff() throws -> [Staff] {
        try read { db in try Staff.order(Column("login")).fetchAll(db) }
    }

    @discardableResult
    public func addService(
        _ actor: Actor, code: String, name: String, serviceClass: ServiceClass, points: Int,
        subjects: [String] = [], hosts: [String] = []
    ) throws -> Service {
        try actor.require(.manageServices)
        try Validate.code(code, "service code")
        try Validate.line(name, "name", required: true, max: 200)
        guard points >= 0 else {
            throw ReaderDeskError.invalid(
                "value must be 0 or more points, not \(points)", Phrase("error.service.points", [Phrase.field("value"), String(points)]))
        }
        return try write { db in
            if try Service.filter(Column("code") == code).fetchCount(db) > 0 {
                throw ReaderDeskError(.duplicate, "service '\(code)' already exists", phrase: Phrase("error.service.exists", [code]))
            }
            var s = Service(
                code: code, name: name, serviceClass: serviceClass, points: points,
                subjects: subjects, hosts: hosts.map { $0.lowercased() }, createdAt: actor.now)
            try s.insert(db)
            try Self.audit(db, actor, "service.add", detail: code)
            return s
        }
    }

    public func allServices() throws -> [Service] {
        try read { db in try Service.order(Column("code")).fetchAll(db) }
    }

    static func service(_ db: Database, code: String) throws -> Service {
        guard let s = try Service.filter(Column("code") == code).fetchOne(db) else {
            throw ReaderDeskError.notFound(
                "no service '\(code)': 'readerdesk service list' shows the codes", Phrase("error.service.notFound", [code]))
        }
        return s
    }

    static func staff(_ db: Database, login: String) throws -> Staff {
        guard let s = try Staff.filter(Column("login") == login).fetchOne(db) else {
            throw ReaderDeskError.notFound(
                "no staff member '\(login)': 'readerdesk staff list' shows them", Phrase("error.staff.notFound", [login]))
        }
        return s
    }
}

extension AppDatabase {
    /// Lets an OS login act as a staff login (a shared desk account, a renamed user).
    public func mapLogin(_ actor: Actor, osLogin: String, to login: String) throws {
        try actor.require(.manageStaff)
        try Validate.login(osLogin)
        try write { db in
            let s = try Self.staff(db, login: login)
            try db.execute(
                sql:
                    "INSERT INTO login_alias(os_login, staff_id) VALUES (?, ?) ON CONFLICT(os_login) DO UPDATE SET staff_id = excluded.staff_id",
                arguments: [osLogin, s.id])
            try Self.audit(db, actor, "staff.map", detail: "\(osLogin) → \(login)")
        }
    }

    /// A staff member who leaves keeps their history but may no longer act.
    public func deactivateStaff(_ actor: Actor, login: String) throws {
        try actor.require(.manageStaff)
        guard login != actor.staff.login else {
            throw ReaderDeskError.invalid("you cannot deactivate yourself", Phrase("error.staff.self"))
        }
        try write { db in
            let s = try Self.staff(db, login: login)
            try db.execute(sql: "UPDATE staff SET active = 0 WHERE id = ?", arguments: [s.id])
            try Self.audit(db, actor, "staff.deactivate", detail: login)
        }
    }
}
