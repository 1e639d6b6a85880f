import CNcursesw
import ReaderDeskCore
public enum ReaderDeskTUIInfo { public static func cols() -> Int32 { rd_cols() } }
