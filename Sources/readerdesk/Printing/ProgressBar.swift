import Foundation
import ReaderDeskCore

#if canImport(Glibc)
    import Glibc
#endif

/// A progress bar with rows per second and time left, drawn on stderr only when stderr is a
/// terminal and the work has lasted long enough to be worth watching.
final class ProgressBar {
    private let label: String
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = 0.0
    private var drawn = false

    init(_ label: String) {
        self.label = label
        enabled = isatty(STDERR_FILENO) == 1
    }

    var handler: ProgressHandler? { enabled ? { [self] in update($0) } : nil }

    func update(_ p: TransferProgress) {
        let elapsed = Date().timeIntervalSince(start)
        guard elapsed > 0.5, elapsed - lastDraw >= 0.1 || p.done >= p.total else { return }
        lastDraw = elapsed
        let fraction = p.total > 0 ? min(1, Double(p.done) / Double(p.total)) : 0
        let width = 24, filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = Double(p.rows) / elapsed
        let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let line = say(Line.progress, label, bar, Int(fraction * 100), Self.grouped(p.rows), Self.grouped(Int(rate)), Self.clock(left))
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    /// Clears the bar so that the summary starts on a clean line.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }

    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        return String(digits.enumerated().flatMap { i, c in (i > 0 && (digits.count - i) % 3 == 0) ? [",", c] : [c] })
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600
            ? "\(s / 3600):\(String(format: "%02d", s / 60 % 60)):\(String(format: "%02d", s % 60))"
            : "\(s / 60):\(String(format: "%02d", s % 60))"
    }
}
