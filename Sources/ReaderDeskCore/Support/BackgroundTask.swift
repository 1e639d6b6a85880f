import Foundation

/// Work started on another thread (the machine's second core) whose result is waited for
/// later: an import reads and checks the next stretch of its file while SQLite writes this one.
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    // Written once by the worker before `done` is left; read only after waiting on it.
    private var result: Result<Value, any Error>?
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Result { try work() }
            done.leave()
        }
    }

    /// Waits for the work to finish; rethrows what it threw.
    func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
