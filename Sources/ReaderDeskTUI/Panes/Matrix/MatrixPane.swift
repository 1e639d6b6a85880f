import ReaderDeskCore
import ReaderDeskWords

/// The 2×3 matrix: rows service and reader, columns care, remind and trend, each cell with
/// its count and top actions; a cell's full list; the pyramid and the trends (MatrixCharts).
enum MatrixPane {
    static func draw(_ screen: inout Screen, _ s: AppState, in rect: Rect, focused: Bool) {
        let l = s.language
        let inner = rect.inner
        switch s.matrix.view {
        case .today:
            AppRender.frame(&screen, s, rect, focused: focused, title: Words.today.text(l) + " · " + s.status.login)
            drawToday(&screen, s, in: inner, focused: focused)
        case .grid:
            AppRender.frame(&screen, s, rect, focused: focused, title: s.text[Words.paneMatrix], detail: filterText(s))
            drawGrid(&screen, s, in: inner, focused: focused)
        case .cell(let n):
            AppRender.frame(&screen, s, rect, focused: focused, title: cellTitle(n, s) + " · " + Words.back.text(l), detail: filterText(s))
            drawItems(&screen, s, in: inner, focused: focused)
        case .pyramid:
            AppRender.frame(&screen, s, rect, focused: focused, title: Words.pyramid.text(l) + " · " + Words.back.text(l))
            MatrixCharts.drawPyramid(&screen, s, in: inner)
        case .pyramidTier(let tier):
            let band = Words.bandNames[tier]?.text(l) ?? tier
            AppRender.frame(
                &screen, s, rect, focused: focused,
                title: Words.pyramid.text(l) + " › " + band + " · " + (s.matrix.pyramid?.period ?? "") + " · " + Words.back.text(l))
            MatrixCharts.drawTierReaders(&screen, s, in: inner, focused: focused)
        case .trends:
            AppRender.frame(&screen, s, rect, focused: focused, title: Words.trends.text(l) + " · " + Words.back.text(l))
            MatrixCharts.drawTrends(&screen, s, in: inner)
        }
    }

    static func cellTitle(_ n: Int, _ s: AppState) -> String {
        let (row, column) = MatrixGrid.place(of: n)
        return "\(MatrixGrid.circled[n - 1]) \(s.text[MatrixGrid.rowTitles[row]]) · \(s.text[MatrixGrid.columnTitles[column]])"
    }

    static func drawGrid(_ screen: inout Screen, _ s: AppState, in whole: Rect, focused: Bool) {
        let l = s.language
        let rect = whole
        let labelWidth = max(DisplayWidth.width(of: s.text[Words.matrixService]), DisplayWidth.width(of: s.text[Words.matrixReader])) + 1
        let cellWidth = max(8, (rect.width - labelWidth) / 3)
        let cellHeight = max(3, (rect.height - 3) / 2)
        for (c, key) in MatrixGrid.columnTitles.enumerated() {
            screen.put(
                DisplayWidth.pad(s.text[key], to: cellWidth, align: .center), x: rect.x + labelWidth + c * cellWidth,
                y: rect.y, style: Style(.header, [.bold]))
        }
        let summary = s.matrix.summary
        for row in 0..<MatrixGrid.rows {
            let y = rect.y + 1 + row * cellHeight
            screen.put(
                s.text[MatrixGrid.rowTitles[row]], x: rect.x, y: y + cellHeight / 2, style: Style(.header, [.bold]),
                maxWidth: labelWidth - 1)
            for column in 0..<MatrixGrid.columns {
                let n = MatrixGrid.cell(row: row, column: column)
                let selected = row == s.matrix.row && column == s.matrix.column
                let cell = summary?.cell(n)
                let count = cell.map { String($0.count) } ?? "—"
                let box = Rect(x: rect.x + labelWidth + column * cellWidth, y: y, width: cellWidth, height: cellHeight)
                let boxStyle = Style(selected && focused ? .accent : .border, selected ? [.bold] : [])
                screen.box(
                    x: box.x, y: box.y, width: box.width, height: box.height, style: boxStyle,
                    kind: selected ? .heavy : .single, title: "\(MatrixGrid.circled[n - 1]) \(count)",
                    titleStyle: Style(selected ? .title : .normal, [.bold]))
                let items = cell?.top ?? []
                for (i, item) in items.prefix(box.inner.height).enumerated() {
                    screen.put(
                        item.name + " " + Words.render(item.reason, l), x: box.inner.x, y: box.inner.y + i, style: Style(.normal),
                        maxWidth: box.inner.width)
                }
            }
        }
        let hintY = rect.y + rect.height - 1
        if summary?.cells.isEmpty ?? true {
            screen.put(Words.noRules.text(l), x: rect.x, y: hintY - 1, style: Style(.dim), maxWidth: rect.width)
        }
        screen.put(Words.gridHint.text(l), x: rect.x, y: hintY, style: Style(.dim), maxWidth: rect.width)
    }

    /// Mine or everyone's, and the value tier shown: what the counts count.
    static func filterText(_ s: AppState) -> String {
        let l = s.language
        return Words.format(
            Words.matrixFilter, l, s.matrix.owner?.login ?? (s.matrix.mine ? Words.mine : Words.everyone).text(l),
            s.matrix.tier.map { Words.tier($0, l) } ?? Words.allTiers.text(l))
    }

    /// Today's plan of the person at the keyboard: what fits their capacity, most valuable first.
    static func drawToday(_ screen: inout Screen, _ s: AppState, in rect: Rect, focused: Bool) {
        let l = s.language
        guard let today = s.matrix.today else {
            screen.put(s.text[Words.loading], x: rect.x, y: rect.y, style: Style(.dim))
            return
        }
        let day = s.calendar.dayString(s.status.now)
        screen.put(
            Words.format(Words.todayHeader, l, day, today.items.count, today.capacity, today.backlog),
            x: rect.x, y: rect.y, style: Style(.header, [.bold]), maxWidth: rect.width)
        if today.items.isEmpty { screen.put(Words.nothingToday.text(l), x: rect.x, y: rect.y + 2, style: Style(.dim)) }
        drawRows(
            &screen, s, rows: { today.items.indices.contains($0) ? today.items[$0] : nil }, count: today.items.count,
            cursor: s.matrix.todayCursor, in: rect, focused: focused)
        screen.put(Words.todayHint.text(l), x: rect.x, y: rect.y + rect.height - 1, style: Style(.dim), maxWidth: rect.width)
    }

    static func drawItems(_ screen: inout Screen, _ s: AppState, in rect: Rect, focused: Bool) {
        let l = s.language
        let list = s.matrix.list
        guard let total = list.total else {
            screen.put(s.text[Words.loading], x: rect.x, y: rect.y, style: Style(.dim))
            return
        }
        let header = total == 0 ? Words.format(Words.actions, l, 0) : Words.format(Words.position, l, list.cursor.selected + 1, total)
        screen.put(header, x: rect.x, y: rect.y, style: Style(.header, [.bold]))
        if total == 0 { screen.put(Words.noActions.text(l), x: rect.x, y: rect.y + 2, style: Style(.dim)) }
        drawRows(&screen, s, rows: list.row, count: total, cursor: list.cursor, in: rect, focused: focused)
        screen.put(Words.gridHint.text(l), x: rect.x, y: rect.y + rect.height - 1, style: Style(.dim), maxWidth: rect.width)
    }

    /// The visible rows of a list, from the cursor's top, under a header line and a blank.
    static func drawRows(
        _ screen: inout Screen, _ s: AppState, rows: (Int) -> MatrixItem?, count: Int, cursor: ListCursor,
        in rect: Rect, focused: Bool
    ) {
        for i in 0..<max(0, rect.height - 3) {
            let index = cursor.top + i
            guard index < count, let item = rows(index) else { break }
            let y = rect.y + 2 + i
            screen.put(row(item, width: rect.width, s.language), x: rect.x, y: y, maxWidth: rect.width)
            if index == cursor.selected && focused {
                screen.restyle(x: rect.x, y: y, width: min(rect.width, Layout.selectionColumns), style: Style(.selected))
            }
        }
    }

    /// One action as width allows: priority, name, value tier, then due and owner from 100
    /// columns, the reason, and the step from 140. At 80 columns: priority, name, tier, reason.
    static func row(_ item: MatrixItem, width: Int, _ l: Language) -> String {
        let mark = item.kind == .followUp ? "↺" : item.kind == .ticket ? "#" : " "
        var values = [String(format: "%3.0f", item.priority) + mark, item.name, Words.tier(item.valueTier, l)]
        var columns = [TableColumn(width: 4), TableColumn(width: width >= 100 ? 18 : 14), TableColumn(width: 6)]
        if width >= 100 {
            values += [item.due ?? "", item.owner ?? ""]
            columns += [TableColumn(width: 10), TableColumn(width: 10)]
        }
        let step = width >= 140 ? item.step.map { "  → " + Words.render($0, l) } ?? "" : ""
        return TableColumn.row(values, columns) + " " + Words.render(item.reason, l) + step
    }
}
