import Foundation
import XCTest

/// Tests that need a pseudo-terminal (or the xctest binary itself) skip where there is none,
/// but fail in CI, where there always is: there a missing one must not pass unnoticed.
struct MissingInCI: Error, CustomStringConvertible {
    let description: String
}

func skipOutsideCI(_ reason: String) -> Error {
    ProcessInfo.processInfo.environment["CI"] == nil ? XCTSkip(reason) : MissingInCI(description: reason)
}
