import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where built messages go: the system's MTA through the sendmail interface, or a folder of
/// `.eml` files for a dry run.
public enum MailTransport: Sendable, Equatable {
    /// A command line such as `/usr/sbin/sendmail -t -i`; the message goes on its standard input.
    case command(String)
    /// A folder that receives one `.eml` file per message, nothing sent.
    case folder(String)

    /// Hands over one message; throws a one-line reason when the MTA refuses it.
    public func deliver(_ bytes: [UInt8], name: String) throws {
        switch self {
        case .folder(let dir):
            // The person's folder, written with their own rights (a set-user-id run steps down).
            try RealUser.withRights {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                let path = (dir as NSString).appendingPathComponent(name + ".eml")
                // Messages hold readers' names and addresses: readable by the owner only.
                guard FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
                    throw ReaderDeskError(.io, "cannot write \(path)", phrase: Phrase("error.file.writeOnly", [path]))
                }
            }
        case .command(let line):
            try Self.run(line, input: bytes)
        }
    }

    static func run(_ line: String, input: [UInt8]) throws {
        let words = line.split(separator: " ").map(String.init)
        guard let first = words.first else {
            throw ReaderDeskError.invalid("mail.command is empty: set it to the sendmail command", Phrase("error.mail.noCommand"))
        }
        let p = Process()
        if first.hasPrefix("/") {
            p.executableURL = URL(fileURLWithPath: first); p.arguments = Array(words.dropFirst())
        } else {
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env"); p.arguments = words
        }
        let stdin = Pipe(), stderr = Pipe()
        p.standardInput = stdin; p.standardError = stderr; p.standardOutput = FileHandle.nullDevice
        // Started with the caller's own ids, so the MTA (a command an administrator chose) never
        // runs as the service account that owns the database.
        do { try RealUser.withRights { try p.run() } } catch {
            throw ReaderDeskError(
                .io, "cannot run mail.command '\(first)': \(error.localizedDescription)",
                phrase: Phrase("error.mail.run", [first, error.localizedDescription]))
        }
        // An MTA that ends without reading must not kill us with SIGPIPE: the write fails
        // instead, and the MTA's exit status says why.
        signal(SIGPIPE, SIG_IGN)
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input))
        try? stdin.fileHandleForWriting.close()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationReason == .exit, p.terminationStatus == 0 else {
            let why = String(decoding: err, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            throw ReaderDeskError(
                .io, "the MTA refused the message (exit \(p.terminationStatus))\(why.isEmpty ? "" : ": " + Sanitizer.singleLine(why))",
                phrase: Phrase(
                    why.isEmpty ? "error.mail.refused" : "error.mail.refusedWhy", [String(p.terminationStatus), Sanitizer.singleLine(why)]))
        }
    }
}
