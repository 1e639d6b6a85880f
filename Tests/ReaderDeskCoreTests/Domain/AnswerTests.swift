import XCTest

@testable import ReaderDeskCore

final class AnswerTests: XCTestCase {
    func testAnswersAreFoundByCharactersPinyinAndInitialsSuggestedByKeywordAndCounted() throws {
        let f = try Fixture()
        let vpn = try f.db.addAnswer(
            f.frontDesk,
            AnswerInput(
                title: "校外访问数据库", bodyEn: "Use the VPN.", bodyZh: "请使用 VPN 客户端。",
                keywords: ["校外访问", "VPN", "off-campus"]))
        try f.db.addAnswer(f.frontDesk, AnswerInput(title: "Opening hours", bodyEn: "8:00–22:00", keywords: ["hours", "开放时间"]))
        XCTAssertEqual(try f.db.answers(matching: "校外").map(\.id), [vpn.id])
        XCTAssertEqual(try f.db.answers(matching: "xiaowai").map(\.id), [vpn.id])
        XCTAssertEqual(try f.db.answers(matching: "xwfw").map(\.id), [vpn.id])
        XCTAssertEqual(try f.db.answers(matching: "vpn").map(\.id), [vpn.id])
        XCTAssertEqual(try f.db.answers(matching: "kfsj").map(\.title), ["Opening hours"])
        XCTAssertEqual(try f.db.suggestedAnswers(subject: "如何在校外访问知网？").map(\.id), [vpn.id])
        XCTAssertEqual(try f.db.suggestedAnswers(subject: "Printer broken"), [])
        XCTAssertEqual(vpn.replyText, "请使用 VPN 客户端。\n\nUse the VPN.")

        let t = try f.db.newTicket(f.frontDesk, kind: .question, subject: "校外访问")
        try f.db.recordAnswerUse(f.frontDesk, answerId: vpn.id, ticketId: t.id)
        XCTAssertEqual(try f.db.answer(id: vpn.id).uses, 1)
        XCTAssertEqual(try f.db.answers().first?.id, vpn.id, "the most used first")

        let edited = try f.db.editAnswer(f.frontDesk, id: vpn.id, AnswerInput(bodyEn: "Use the new VPN."))
        XCTAssertEqual(edited.bodyEn, "Use the new VPN."); XCTAssertEqual(edited.bodyZh, "请使用 VPN 客户端。")
        try XCTAssertRefusedUnchanged(f, .invalidInput, try f.db.addAnswer(f.frontDesk, AnswerInput(title: "empty")))
        try XCTAssertRefusedUnchanged(f, .notFound, try f.db.editAnswer(f.frontDesk, id: 99, AnswerInput(title: "x")))
    }
}
