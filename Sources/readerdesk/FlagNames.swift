import ReaderDeskWords

/// The flag that sets each field or setting the core's errors point at (`field:cell` → `--cell`):
/// the core names fields, the command line names its flags. A field without a flag keeps its name.
enum FlagNames {
    static let byField: [String: String] = [
        "cell": "--cell", "read": "--read", "minutes": "--minutes", "satisfaction": "--satisfaction",
        "reason": "--reason", "until": "--until", "title": "--title", "quantity": "--quantity",
        "body.en": "--body", "body.zh": "--body-zh", "subject.en": "--subject", "subject.zh": "--subject-zh",
        "readers": "--readers", "months": "--months", "to": "--to", "from": "--from", "before": "--before",
        "value": "--value", "capacity": "--capacity", "reader.name": "--name", "db": "--db",
        "encoding": "--encoding", "map": "--map", "admin": "--admin",
    ]

    @Sendable static func name(_ field: String, _ l: Language) -> String { byField[field] ?? field }
}
