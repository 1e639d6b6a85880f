import GRDB

extension AppDatabase {
    /// Runs in the transaction that logged a contact: whatever a logged contact settles.
    static func contactLogged(_ db: Database, _ actor: Actor, _ contact: Contact) throws {
    }
}
