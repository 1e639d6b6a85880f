#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A CIDR range such as `10.8.0.0/16` or `2001:db8::/32`, for telling on-site and
/// campus addresses from remote ones. IPv4-mapped IPv6 addresses count as IPv4.
public struct IPRange: Equatable, Sendable, CustomStringConvertible {
    /// 4 bytes for IPv4, 16 for IPv6.
    public let network: [UInt8]
    public let prefixLength: Int

    /// Parses `address/prefix`; a bare address is a single-host range.
    public init?(cidr: String) {
        let parts = cidr.trimmingSpaces().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = Self.address(String(parts[0])) else { return nil }
        // An IPv4-mapped range written as IPv6 counts its prefix over 128 bits.
        let mapped = address.count == 4 && parts[0].contains(":")
        let maxLength = mapped ? 128 : address.count * 8
        var length = maxLength
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy({ ("0"..."9").contains($0) }),
                let value = Int(parts[1]), value <= maxLength, !mapped || value >= 96
            else { return nil }
            length = value
        }
        network = address
        prefixLength = mapped ? length - 96 : length
    }

    public func contains(_ address: [UInt8]) -> Bool {
        guard address.count == network.count else { return false }
        var bits = prefixLength, i = 0
        while bits > 0 {
            let mask: UInt8 = bits >= 8 ? 0xFF : ~(0xFF >> UInt8(bits))
            if address[i] & mask != network[i] & mask { return false }
            bits -= 8; i += 1
        }
        return true
    }

    public var description: String {
        let text: String
        if network.count == 4 {
            text = network.map(String.init).joined(separator: ".")
        } else {
            text = stride(from: 0, to: 16, by: 2)
                .map { String(UInt16(network[$0]) << 8 | UInt16(network[$0 + 1]), radix: 16) }
                .joined(separator: ":")
        }
        return "\(text)/\(prefixLength)"
    }

    /// The address's bytes (4 for IPv4, including IPv4-mapped IPv6; 16 for IPv6), or nil.
    public static func address(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF { return Array(bytes[12...]) }
        return bytes
    }
}
