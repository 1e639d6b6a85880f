public enum ReaderDeskCoreVersion { public static let string = "0.1.0" }
