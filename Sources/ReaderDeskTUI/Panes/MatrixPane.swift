import ReaderDeskCore

/// The 2×3 matrix: rows service and reader, columns care, remind and trend, each cell with
/// its count and top actions; a cell's full list; the pyramid and the trends (MatrixCharts).
enum MatrixPane {
    static let columnTitles: [Bilingual] = [Words.matrixCare, Words.matrixRemind, Words.matrixTrend]
    static let rowTitles: [Bilingual] = [Words.matrixService, Words.matrixReader]

    static func draw(_ screen: inout Screen, _ s: AppState, in rect: Rect, focused: Bool) {
        let l = s.language
        let inner = rect.inner
        switch s.matrix.view {
        case .grid:
            AppRender.frame(&screen, s, rect, focused: focused, title: s.text[Words.paneMatrix])
            drawGrid(&screen, s, in: inner, focused: focused)
        case .cell(let n):
            AppRender.frame(&screen, s, rect, focused: focused, title: cellTitle(n, s) + " · " + Words.back.text(l))
            drawItems(&screen, s, in: inner, focused: focused)
        case .pyramid:
            AppRender.frame(&screen, s, rect, focused: focused, title: Words.pyramid.text(l) + " · " + Words.back.text(l))
            MatrixCharts.drawPyramid(&screen, s, in: inner)
        case .trends:
            AppRender.frame(&screen, s, rect, focused: focused, title: Words.trends.text(l) + " · " + Words.back.text(l))
            MatrixCharts.drawTrends(&screen, s, in: inner)
        }
    }

    static func cellTitle(_ n: Int, _ s: AppState) -> String {
        let row = (n - 1) % 2, column = (n - 1) / 2
        return "\(MatrixGrid.circled[n - 1]) \(s.text[rowTitles[row]]) · \(s.text[columnTitles[column]])"
    }

    static func drawGrid(_ screen: inout Screen, _ s: AppState, in whole: Rect, focused: Bool) {
        let l = s.language
        let rect = drawFollowUps(&screen, s, in: whole)
        let labelWidth = max(DisplayWidth.width(of: s.text[Words.matrixService]), DisplayWidth.width(of: s.text[Words.matrixReader])) + 1
        let cellWidth = max(8, (rect.width - labelWidth) / 3)
        let cellHeight = max(3, (rect.height - 3) / 2)
        for (c, key) in columnTitles.enumerated() {
            screen.put(DisplayWidth.pad(s.text[key], to: cellWidth, align: .center), x: rect.x + labelWidth + c * cellWidth,
                       y: rect.y, style: Style(.header, [.bold]))
        }
        let summary = s.matrix.summary
        for row in 0..<MatrixGrid.rows {
            let y = rect.y + 1 + row * cellHeight
            screen.put(s.text[rowTitles[row]], x: rect.x, y: y + cellHeight / 2, style: Style(.header, [.bold]), maxWidth: labelWidth - 1)
            for column in 0..<MatrixGrid.columns {
                let n = MatrixGrid.cell(row: row, column: column)
                let selected = row == s.matrix.row && column == s.matrix.column
                let cell = summary?.cell(n)
                let count = cell.map { String($0.count) } ?? "—"
                let box = Rect(x: rect.x + labelWidth + column * cellWidth, y: y, width: cellWidth, height: cellHeight)
                let boxStyle = Style(selected && focused ? .accent : .border, selected ? [.bold] : [])
                screen.box(x: box.x, y: box.y, width: box.width, height: box.height, style: boxStyle,
                           kind: selected ? .heavy : .single, title: "\(MatrixGrid.circled[n - 1]) \(count)",
                           titleStyle: Style(selected ? .title : .normal, [.bold]))
                let items = cell?.top ?? []
                for (i, item) in items.prefix(box.inner.height).enumerated() {
                    screen.put(item.name + " " + Words.render(item.reason, l), x: box.inner.x, y: box.inner.y + i, style: Style(.normal),
                               maxWidth: box.inner.width)
                }
            }
        }
        let hintY = rect.y + rect.height - 1
        if summary?.cells.isEmpty ?? true {
            screen.put(Words.noRules.text(l), x: rect.x, y: hintY - 1, style: Style(.dim), maxWidth: rect.width)
        }
        screen.put(Words.matrixHint.text(l), x: rect.x, y: hintY, style: Style(.dim), maxWidth: rect.width)
    }

    /// Follow-ups due, above the grid, when there are any; returns the room left for the grid.
    static func drawFollowUps(_ screen: inout Screen, _ s: AppState, in rect: Rect) -> Rect {
        guard let due = s.matrix.followUps, !due.isEmpty else { return rect }
        let shown = due.prefix(3)
        screen.put("\(Words.followUps.text(s.language)) · \(due.count)", x: rect.x, y: rect.y, style: Style(.warning, [.bold]))
        for (i, c) in shown.enumerated() {
            let line = c.due + "  " + DisplayWidth.pad(c.readerName ?? "", to: 12) + " " + (c.card ?? "") + "  " + Words.render(c.reason, s.language)
            screen.put(line, x: rect.x, y: rect.y + 1 + i, maxWidth: rect.width)
        }
        let used = shown.count + 1
        return Rect(x: rect.x, y: rect.y + used, width: rect.width, height: max(0, rect.height - used))
    }

    static func drawItems(_ screen: inout Screen, _ s: AppState, in rect: Rect, focused: Bool) {
        let l = s.language
        guard let items = s.matrix.items else {
            screen.put(s.text[Words.loading], x: rect.x, y: rect.y, style: Style(.dim))
            return
        }
        screen.put(Words.format(Words.actions, l, items.count),
                   x: rect.x, y: rect.y, style: Style(.header, [.bold]))
        if items.isEmpty { screen.put(Words.noActions.text(l), x: rect.x, y: rect.y + 2, style: Style(.dim)) }
        let columns = [TableColumn(width: 10), TableColumn(width: 14), TableColumn(width: 10)]
        let cursor = s.matrix.itemCursor
        for i in 0..<max(0, rect.height - 2) {
            let index = cursor.top + i
            guard index < items.count else { break }
            let item = items[index]
            let line = TableColumn.row([item.subject, item.name, item.due ?? ""], columns) + " " + Words.render(item.reason, l)
            let y = rect.y + 2 + i
            screen.put(line, x: rect.x, y: y, maxWidth: rect.width)
            if index == cursor.selected && focused { screen.restyle(x: rect.x, y: y, width: rect.width, style: Style(.selected)) }
        }
    }
}
