import XCTest

@testable import ReaderDeskCore

/// Random and mangled input must give rows or an error, never a crash.
final class ImportFuzzTests: XCTestCase {
    /// Random bytes drawn mostly from the characters the formats care about.
    func samples(seed: UInt64, count: Int, base: [[UInt8]]) -> [[UInt8]] {
        var rng = SeededRandom(seed: seed)
        let alphabet = Array("\"\t,;\r\n []-:/0123456789 Report_IDMetric_TypeJan-2022".utf8) + [0xFF, 0xE5, 0x00]
        return (0..<count).map { i in
            if i % 2 == 0, let original = base.randomElement(using: &rng), !original.isEmpty {
                var mangled = original
                for _ in 0..<Int.random(in: 1...8, using: &rng) {
                    let at = Int.random(in: 0..<mangled.count, using: &rng)
                    switch Int.random(in: 0..<3, using: &rng) {
                    case 0: mangled[at] = alphabet.randomElement(using: &rng)!
                    case 1: mangled.insert(alphabet.randomElement(using: &rng)!, at: at)
                    default: mangled.removeSubrange(at..<min(mangled.count, at + Int.random(in: 1...20, using: &rng)))
                    }
                    if mangled.isEmpty { break }
                }
                return mangled
            }
            return (0..<Int.random(in: 0...300, using: &rng)).map { _ in
                Bool.random(using: &rng) ? alphabet.randomElement(using: &rng)! : UInt8.random(in: 0...255, using: &rng)
            }
        }
    }

    func testCSVReaderAndRowParsers() throws {
        let base = [
            Array("card,name,type,birthday\n1,\"A, B\",faculty,2000-01-01\r\n"),
            Array("card,service,at,quantity,location\n1,s,2026-03-01T09:00:00+08:00,2,campus\n"),
        ]
        for input in samples(seed: 1, count: 2000, base: base) {
            var reader = CSVReader(bytes: input, maxFieldBytes: 64)
            while let record = try? reader.next() { _ = record.fields; _ = record.firstFieldWithControlCharacter() }
            _ = try? ReaderCSVParser.parse(input)
            _ = try? UsageCSVParser.parse(input, timeZone: TimeZone(identifier: "UTC")!)
            _ = try? KohaPatronMapper(categoryTypes: [:], defaultType: "external").map(input)
            _ = try? TextDecoding.utf8Bytes(input)
        }
    }

    func testEZproxyParser() throws {
        let base = try ["ezproxy/default.log", "ezproxy/custom-session-crlf.log", "ezproxy/custom-agent.log"].map(ImportFixtures.bytes)
        var sessions = try EZproxySessionizer(services: ["sciencedirect.com": "sd"], locations: [("10.0.0.0/8", .campus)])
        for input in samples(seed: 2, count: 2000, base: base) {
            var parser = EZproxyLogParser(bytes: input)
            while let request = try? parser.next() { sessions.add(request) }
        }
        _ = sessions.finish()
    }

    func testCounterParser() throws {
        let base = try ["counter/DR_D1-5.1.tsv", "counter/TR_J1-5.0.tsv", "counter/PR_P1-5.0-bom-crlf.csv"].map(ImportFixtures.bytes)
        for input in samples(seed: 3, count: 1000, base: base) {
            _ = try? CounterReportParser.parse(input)
        }
    }
}
