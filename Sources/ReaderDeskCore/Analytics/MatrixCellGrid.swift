/// Where the six cells sit in the matrix grid, read from the cell table (`MatrixCellInfo.all`)
/// and nowhere else: a row per object in the order the table first names it (service, reader),
/// a column per place of a cell among its object's cells (care, recommend or remind, trend).
/// docs/CONTRACTS.md §3 numbers them ①③⑤ for services and ②④⑥ for readers.
extension MatrixCellInfo {
    /// The grid's rows: the objects, in table order.
    public static let objects: [String] = all.reduce(into: []) { if !$0.contains($1.object) { $0.append($1.object) } }
    public static var rows: Int { objects.count }
    public static var columns: Int { all.count / rows }

    /// The cell at a place of the grid (row 0 service, 1 reader; column 0 care, 1 recommend or remind, 2 trend).
    public static func at(row: Int, column: Int) -> MatrixCellInfo { all.filter { $0.object == objects[row] }[column] }

    /// The cell with a number (1...6), if there is one.
    public static func numbered(_ cell: Int) -> MatrixCellInfo? { all.first { $0.cell == cell } }

    public var row: Int { Self.objects.firstIndex(of: object)! }
    public var column: Int { Self.all.filter { $0.object == object }.firstIndex(of: self)! }
}
