import Foundation
import ReaderDeskCore

/// The analytics the benchmark times (the pyramid, the matrix): nil until that part of the
/// core is on main, and the report says "n/a (not built yet)".
enum Analytics {
    /// Best of three computations of the year's pyramid: milliseconds and the readers per tier.
    static func pyramid(_ lib: BenchLibrary, year: Int) throws -> (Double, [String: Int])? {
        nil
    }

    /// Opening the matrix pane with its six cells worked out from scratch, in milliseconds.
    static func matrixOpen(_ lib: BenchLibrary) throws -> Double? {
        nil
    }
}
