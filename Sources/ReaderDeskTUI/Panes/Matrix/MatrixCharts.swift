import ReaderDeskCore
import ReaderDeskWords

/// Charts people would rather look at than read: the value pyramid as a pyramid of
/// bands, and the use of each service as a sparkline with a bar for its total.
enum MatrixCharts {
    static let bandRoles: [String: ColourRole] = [
        "vip": .tierVip, "key": .tierKey, "mid": .tierMid, "basic": .tierBasic, "inactive": .tierInactive,
    ]

    static func drawPyramid(_ screen: inout Screen, _ s: AppState, in rect: Rect) {
        let l = s.language
        guard s.matrix.pyramidLoaded else {
            screen.put(s.text[Words.loading], x: rect.x, y: rect.y, style: Style(.dim)); return
        }
        guard let pyramid = s.matrix.pyramid else {
            screen.put(Words.noPyramid.text(l), x: rect.x, y: rect.y, style: Style(.dim), maxWidth: rect.width); return
        }
        let kind = Words.periodKinds[s.matrix.pyramidKind.rawValue]?.text(l) ?? s.matrix.pyramidKind.rawValue
        screen.put(
            pyramid.period + " · " + kind + "   " + Words.pyramidHint.text(l), x: rect.x, y: rect.y,
            style: Style(.header, [.bold]), maxWidth: rect.width)
        let ranked = pyramid.bands.filter { $0.tier != "inactive" }
        // Room below the bands for the inactive line and the chosen tier's goal.
        let bandHeight = max(1, min(3, (rect.height - 6) / max(1, ranked.count)))
        var y = rect.y + 2
        for (i, band) in ranked.enumerated() {
            // Each band wider than the one above: the top of the pyramid is the few.
            let width = max(DisplayWidth.width(of: label(band, l)) + 2, rect.width * (i + 1) / ranked.count)
            let x = rect.x + (rect.width - width) / 2
            let style = Style(bandRoles[band.tier] ?? .normal, [.reverse])
            // Shaded, so the shape shows without colour too (NO_COLOR, a text capture).
            screen.fill(x: x, y: y, width: width, height: bandHeight, character: "░", style: Style(bandRoles[band.tier] ?? .normal))
            let chosen = i == s.matrix.pyramidBand
            let text = (chosen ? "▸ " : " ") + label(band, l) + (chosen ? " ◂" : " ")
            let textWidth = DisplayWidth.width(of: text)
            screen.put(
                text, x: x + max(0, (width - textWidth) / 2), y: y + bandHeight / 2,
                style: chosen ? Style(.selected, [.bold]) : style, maxWidth: width)
            y += bandHeight
        }
        if let inactive = pyramid.bands.first(where: { $0.tier == "inactive" }) {
            screen.put(label(inactive, l), x: rect.x, y: y + 1, style: Style(.tierInactive))
        }
        // The chosen tier's goal: the library's own (pyramid.goal.TIER), else the default one.
        if ranked.indices.contains(s.matrix.pyramidBand), let goal = ranked[s.matrix.pyramidBand].goal.map({ Words.render($0, l) }) {
            let name = Words.bandNames[ranked[s.matrix.pyramidBand].tier]?.text(l) ?? ""
            screen.put(Words.format(Words.tierGoal, l, name, goal), x: rect.x, y: y + 2, style: Style(.dim), maxWidth: rect.width)
        }
    }

    /// A tier's readers, best first: place, card, name, score, the tier and score the period
    /// before, and what moved them — the parts of the score that changed (uses, points, breadth).
    static func drawTierReaders(_ screen: inout Screen, _ s: AppState, in rect: Rect, focused: Bool) {
        let l = s.language
        guard let rows = s.matrix.tierReaders else {
            screen.put(s.text[Words.loading], x: rect.x, y: rect.y, style: Style(.dim)); return
        }
        let nameWidth = max(8, min(16, rect.width / 6))
        let columns = [
            TableColumn(width: 4, align: .right), TableColumn(width: 8, align: .left), TableColumn(width: nameWidth, align: .left),
            TableColumn(width: 5, align: .right), TableColumn(width: 14, align: .left),
            TableColumn(width: max(10, rect.width - nameWidth - 36), align: .left),
        ]
        screen.put(
            TableColumn.row(
                [
                    "#", Words.card.text(l), Words.name.text(l), Words.score.text(l), Words.before.text(l),
                    Words.movedBy.text(l),
                ], columns),
            x: rect.x, y: rect.y, style: Style(.header, [.bold]), maxWidth: rect.width)
        if rows.isEmpty { screen.put(Words.noReadersInTier.text(l), x: rect.x, y: rect.y + 1, style: Style(.dim), maxWidth: rect.width) }
        let cursor = s.matrix.tierCursor
        for i in 0..<max(0, rect.height - 1) {
            let index = cursor.top + i
            guard index < rows.count else { break }
            let r = rows[index]
            let before =
                (Words.bandNames[r.tierBefore.rawValue]?.text(l) ?? r.tierBefore.rawValue)
                + (r.scoreBefore.map { " " + String(format: "%.2f", $0) } ?? "")
            let y = rect.y + 1 + i
            screen.put(
                TableColumn.row(["\(r.position)", r.card, r.name, String(format: "%.2f", r.score), before, moved(r, l)], columns),
                x: rect.x, y: y, maxWidth: rect.width)
            if index == cursor.selected {
                screen.restyle(
                    x: rect.x, y: y, width: min(rect.width, Layout.selectionColumns),
                    style: Style(focused ? .selected : .dim, focused ? [] : [.reverse]))
            }
        }
    }

    /// "uses 8→16 · points 20→50": the parts of the score that changed since the period before.
    static func moved(_ r: TierReader, _ l: Language) -> String {
        let parts = [
            (Words.movedUses, r.usesBefore, r.uses), (Words.movedPoints, r.pointsBefore, r.points),
            (Words.movedBreadth, r.breadthBefore, r.breadth),
        ]
        let changed = parts.filter { $0.1 != $0.2 }.map { Words.format($0.0, l, $0.1, $0.2) }
        return changed.isEmpty ? Words.movedNothing.text(l) : changed.joined(separator: " · ")
    }

    /// "VIP 13 ▲2": the band, its readers, and how many more or fewer than last period.
    static func label(_ band: PyramidBand, _ l: Language) -> String {
        let name = Words.bandNames[band.tier]?.text(l) ?? band.tier
        let move = band.change.map { $0 > 0 ? " ▲\($0)" : $0 < 0 ? " ▼\(-$0)" : " =" } ?? ""
        return "\(name) \(band.count)\(move)"
    }

    static func drawTrends(_ screen: inout Screen, _ s: AppState, in rect: Rect) {
        let l = s.language
        guard let trends = s.matrix.trends else {
            screen.put(s.text[Words.loading], x: rect.x, y: rect.y, style: Style(.dim)); return
        }
        // The last month is the current one, not over yet: marked, and never drawn as a fall.
        screen.put(
            Sparkline.caption(months: trends.months, partialLast: true, soFar: Words.soFar.text(l)),
            x: rect.x, y: rect.y, style: Style(.header, [.bold]), maxWidth: rect.width)
        if trends.services.isEmpty {
            screen.put(Words.noUse.text(l), x: rect.x, y: rect.y + 2, style: Style(.dim), maxWidth: rect.width); return
        }
        let nameWidth = min(18, max(8, rect.width / 4))
        let months = trends.months.count
        let top = trends.services.map(\.total).max() ?? 0
        let maxWidth = 3 + max(3, String(trends.services.flatMap(\.monthly).max() ?? 0).count)
        let barWidth = max(0, rect.width - nameWidth - months - 10 - maxWidth)
        for (i, u) in trends.services.prefix(max(0, rect.height - 2)).enumerated() {
            let y = rect.y + 2 + i
            var x = screen.put(DisplayWidth.pad(u.name, to: nameWidth) + " ", x: rect.x, y: y)
            x = screen.put(Sparkline.render(u.monthly, partialLast: true), x: x, y: y, style: Style(.accent))
            // The top of this row's scale: each sparkline is drawn to its own largest month.
            x = screen.put(" " + DisplayWidth.pad("↑\(u.monthly.max() ?? 0)", to: maxWidth - 1), x: x, y: y, style: Style(.dim))
            x = screen.put(" " + DisplayWidth.pad(String(u.total), to: 6, align: .right) + " ", x: x, y: y, style: Style(.dim))
            let bar = top > 0 ? (u.total * barWidth + top - 1) / top : 0
            screen.put(String(repeating: "█", count: bar), x: x, y: y, style: Style(trendRole(u.monthly)))
        }
    }

    /// Rising use in the ok colour, falling in the warning colour: the last three complete months
    /// against the three before (the current month, not over yet, is left out).
    static func trendRole(_ series: [Int]) -> ColourRole {
        let complete = series.dropLast()
        let recent = complete.suffix(3).reduce(0, +), before = complete.dropLast(3).suffix(3).reduce(0, +)
        return recent > before ? .ok : recent < before ? .warning : .normal
    }
}
