/// Every UI string, with its English and Simplified Chinese text side by side.
/// To add a string: add a case and its line in `text`; the compiler finds the rest.
public enum LocalisedKey: String, CaseIterable, Sendable {
    // Panes
    case paneReaders, paneMatrix, paneTickets
    // Matrix: columns (what we do) and rows (about what)
    case matrixCare, matrixRemind, matrixTrend
    case matrixService, matrixReader
    // Help overlay
    case helpTitle, helpGroupGeneral, helpGroupNavigation, helpGroupForms, helpClose
    // Status line and common words
    case statusPending, statusOverdue, statusRole, searchPrompt, filterPrompt
    case loading, noResults, yes, no, cancel, save
    // Errors and notices
    case terminalTooSmall, terminalTooSmallHint, themeError, keyConfigError, notYet

    public var text: Bilingual {
        switch self {
        case .paneReaders: return Bilingual("Readers", "读者")
        case .paneMatrix: return Bilingual("Matrix", "矩阵")
        case .paneTickets: return Bilingual("Tickets", "工单")
        case .matrixCare: return Bilingual("Care", "关怀")
        case .matrixRemind: return Bilingual("Remind", "提醒")
        case .matrixTrend: return Bilingual("Trend", "趋势")
        case .matrixService: return Bilingual("Service", "服务")
        case .matrixReader: return Bilingual("Reader", "读者")
        case .helpTitle: return Bilingual("Keys", "快捷键")
        case .helpGroupGeneral: return Bilingual("General", "通用")
        case .helpGroupNavigation: return Bilingual("Navigation", "导航")
        case .helpGroupForms: return Bilingual("Forms", "表单")
        case .helpClose: return Bilingual("Press ? or Esc to close", "按 ? 或 Esc 关闭")
        case .statusPending: return Bilingual("pending", "待办")
        case .statusOverdue: return Bilingual("overdue", "逾期")
        case .statusRole: return Bilingual("role", "角色")
        case .searchPrompt: return Bilingual("Search: ", "搜索：")
        case .filterPrompt: return Bilingual("Filter: ", "筛选：")
        case .loading: return Bilingual("Loading…", "加载中…")
        case .noResults: return Bilingual("No results", "没有结果")
        case .yes: return Bilingual("Yes", "是")
        case .no: return Bilingual("No", "否")
        case .cancel: return Bilingual("Cancel", "取消")
        case .save: return Bilingual("Save", "保存")
        case .terminalTooSmall:
            return Bilingual("Terminal too small: need %d×%d, have %d×%d",
                             "终端窗口太小：需要 %d×%d，当前 %d×%d")
        case .terminalTooSmallHint: return Bilingual("Enlarge the window or press q to quit",
                                                     "请放大窗口，或按 q 退出")
        case .themeError: return Bilingual("Theme problem: %@", "主题有误：%@")
        case .keyConfigError: return Bilingual("Key config problem: %@", "快捷键配置有误：%@")
        case .notYet: return Bilingual("%@: not in this version yet", "%@：此版本尚未提供")
        }
    }
}
