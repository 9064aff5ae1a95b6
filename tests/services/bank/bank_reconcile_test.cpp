// Bank results (回盘, issue 12 §3, §5, §6; PR-7): successes, failures, an unmatched row
// and a duplicate account/amount pair; a header below summary lines with its columns in
// another order; the same file twice; a corrected file; the roll reconciled; bad rows
// refusing the whole file; the export refused once results are in; xlsx; failed payments
// reissued in the next roll once the account is corrected or confirmed; roles.

#include "services/payroll/payroll_fixture.h"

#include "domain/bank_account.h"
#include "services/bank/bank_encoding.h"
#include "services/bank/bank_service.h"
#include "services/bank/bank_xlsx.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace relief::test {
namespace {

namespace fs = std::filesystem;

std::string account(int n)
{
    const std::string s = "622848040256489" + std::to_string(100 + n);
    return s + BankAccount::luhnCheckDigit(s);
}

class BankReconcileTest : public PayrollFixture
{
protected:
    void SetUp() override
    {
        PayrollFixture::SetUp();
        bank = std::make_unique<services::BankService>(*db, clock);
        // dibao 800.00, 450.50 (+ tekun 1,200.00 on the same account), 300.00; h4 has
        // dibao and tekun of 200.00 each: two payments with one account and amount.
        h1 = household(account(1));
        h2 = household(account(2));
        h3 = household(account(3));
        h4 = household(account(4));
        decide(addCase(h1, CaseProgramme::Dibao), DecisionKind::Grant, "2025-01", 80000, 2);
        decide(addCase(h2, CaseProgramme::Dibao), DecisionKind::Grant, "2025-01", 45050, 1);
        decide(addCase(h2, CaseProgramme::Tekun), DecisionKind::Grant, "2025-01", 120000, 1);
        decide(addCase(h3, CaseProgramme::Dibao), DecisionKind::Grant, "2025-01", 30000, 1);
        decide(addCase(h4, CaseProgramme::Dibao), DecisionKind::Grant, "2025-01", 20000, 1);
        decide(addCase(h4, CaseProgramme::Tekun), DecisionKind::Grant, "2025-01", 20000, 1);
        later();
        runMonth("2025-12");
        auto e = bank->exportRoll(caseworker(), ym("2025-12"), "generic-csv",
                                  (dir.path() / "out").string());
        ASSERT_TRUE(e.ok()) << e.error().message;
        ASSERT_EQ(e->payments, 6); // 4 dibao, 2 tekun
    }

    Result<services::ReconcileReport> reconcile(const std::string &csv, bool dryRun = false,
                                                std::optional<std::string> programme = {})
    {
        services::ReconcileOptions o;
        o.fileName = "回盘.csv";
        o.dryRun = dryRun;
        o.programme = std::move(programme);
        return bank->reconcile(caseworker(), ym("2025-12"), "generic-csv", csv, o);
    }

    std::string paymentResult(const std::string &acct, std::int64_t fen)
    {
        storage::Statement st(*db,
                              "SELECT group_concat(result || ':' || reason, ';') FROM "
                              "(SELECT result, reason FROM bank_payments "
                              "WHERE account = ?1 AND amount = ?2 ORDER BY id)");
        st.bind(1, acct).bind(2, fen);
        return st.step() ? st.text(0) : "";
    }

    std::string rollState(const char *month)
    {
        storage::Statement st(*db, "SELECT state FROM payroll_rolls WHERE month = ?1");
        st.bind(1, std::string(month));
        return st.step() ? st.text(0) : "";
    }

    // Every payment, the bank's way: two summary lines, then the columns in another
    // order than the export's, then a total line.
    std::string fullResult(const std::string &h2Result = "成功",
                           const std::string &h2Reason = "") const
    {
        return "\xEF\xBB\xBF"
               "代发结果文件,批次 20251215001\r\n"
               "单位:示例街道办事处,,,\r\n"
               "处理结果,失败原因,金额,银行账号,户名\r\n"
               "成功,,800.00," +
            account(1) + ",张101\r\n" + h2Result + "," + h2Reason + ",450.50," + account(2) +
            ",张102\r\n"
            "成功,,1200.00," +
            account(2) + ",张102\r\n" + "失败,卡号不存在,300.00," + account(3) +
            ",张103\r\n"
            "成功,,200.00," +
            account(4) + ",张104\r\n" + "成功,,200.00," + account(4) +
            ",张105\r\n"
            ",,2950.50,合计,\r\n";
    }

    std::unique_ptr<services::BankService> bank;
    std::int64_t h1 = 0, h2 = 0, h3 = 0, h4 = 0;
};

TEST_F(BankReconcileTest, SuccessesFailuresAndTheRollReconciled)
{
    auto r = reconcile(fullResult());
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_TRUE(r->errors.empty());
    EXPECT_EQ(r->headerRow, 3); // below the two summary lines
    EXPECT_EQ(r->encoding, "UTF-8-BOM");
    EXPECT_EQ(r->rows, 6); // the total line is not a result
    EXPECT_EQ(r->paid, 5);
    EXPECT_EQ(r->failed, 1);
    EXPECT_EQ(r->changed, 6);
    EXPECT_TRUE(r->unmatched.empty());
    EXPECT_EQ(r->pending, 0);
    EXPECT_TRUE(r->reconciled);
    EXPECT_TRUE(r->applied);
    EXPECT_EQ(rollState("2025-12"), "reconciled");
    EXPECT_EQ(paymentResult(account(3), 30000), "failed:卡号不存在");
    EXPECT_EQ(paymentResult(account(4), 20000), "paid:;paid:");
    // the lines carry the result too
    EXPECT_EQ(count("SELECT count(*) FROM roll_lines WHERE payment = 'paid'"), 5);
    EXPECT_EQ(count("SELECT count(*) FROM roll_lines WHERE payment = 'failed' AND "
                    "bank_reason = '卡号不存在'"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'bank.reconcile'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM bank_reconciliations"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM payroll_rolls WHERE reconciled_at IS NOT NULL"), 1);

    // The same file again changes nothing and writes nothing.
    later();
    auto again = reconcile(fullResult());
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(again->changed, 0);
    EXPECT_EQ(again->unchanged, 6);
    EXPECT_FALSE(again->applied);
    EXPECT_TRUE(again->reconciled);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'bank.reconcile'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM bank_reconciliations"), 1);

    // The export is refused now: the bank has paid these.
    auto e = bank->exportRoll(caseworker(), ym("2025-12"), "generic-csv",
                              (dir.path() / "again").string());
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().code, ErrorCode::Conflict);
    EXPECT_FALSE(fs::exists(dir.path() / "again"));
}

TEST_F(BankReconcileTest, UnmatchedRowsAndTheDuplicatePairAreListedNotGuessed)
{
    // h4's pair named once (two payments share it): which one was paid is not
    // known, so neither is marked; a row with an amount nobody was sent is listed.
    const std::string csv = "银行账号,金额,处理结果,失败原因\n" + account(1) + ",800.00,成功,\n" +
        account(1) + ",801.00,成功,\n" + account(4) + ",200.00,失败,账号状态异常\n" +
        "6228480402564899999,100.00,成功,\n";
    auto r = reconcile(csv);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->changed, 1);
    ASSERT_EQ(r->unmatched.size(), 3u);
    EXPECT_EQ(r->unmatched[0].row, 3);
    EXPECT_EQ(r->unmatched[0].amount, Money::fromFen(80100));
    EXPECT_FALSE(r->unmatched[0].why.empty());
    EXPECT_EQ(r->unmatched[1].row, 4);
    EXPECT_EQ(r->unmatched[1].account, account(4));
    EXPECT_EQ(r->unmatched[2].row, 5);
    EXPECT_NE(r->unmatched[1].why, r->unmatched[0].why); // ambiguous, not "no payment"
    EXPECT_EQ(paymentResult(account(4), 20000), "pending:;pending:");
    EXPECT_EQ(paymentResult(account(1), 80000), "paid:");
    EXPECT_EQ(r->pending, 5);
    EXPECT_FALSE(r->reconciled);
    EXPECT_EQ(rollState("2025-12"), "locked");

    // Both rows of the pair, agreeing: each payment of the pair has that result.
    const std::string both = "银行账号,金额,处理结果,失败原因\n" + account(4) +
        ",200.00,失败,账号状态异常\n" + account(4) + ",200.00,失败,账号状态异常\n";
    auto b = reconcile(both);
    ASSERT_TRUE(b.ok()) << b.error().message;
    EXPECT_TRUE(b->unmatched.empty());
    EXPECT_EQ(b->changed, 2);
    EXPECT_EQ(paymentResult(account(4), 20000), "failed:账号状态异常;failed:账号状态异常");

    // Per programme (the bank answers each file apart): one payment, one row.
    const std::string tekun = "银行账号,金额,处理结果,失败原因\n" + account(4) + ",200.00,成功,\n";
    auto t = reconcile(tekun, false, "tekun");
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_TRUE(t->unmatched.empty());
    EXPECT_EQ(t->changed, 1);
    EXPECT_EQ(t->payments, 2); // tekun's
    EXPECT_EQ(paymentResult(account(4), 20000), "failed:账号状态异常;paid:");

    // Two rows of the pair that disagree: still not guessed.
    const std::string split = "银行账号,金额,处理结果,失败原因\n" + account(4) + ",200.00,成功,\n" +
        account(4) + ",200.00,失败,账号状态异常\n";
    auto s = reconcile(split);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(s->unmatched.size(), 2u);
    EXPECT_EQ(s->changed, 0);
    EXPECT_FALSE(reconcile(tekun, false, "nonsense").ok());
}

TEST_F(BankReconcileTest, ACorrectedFileReplacesOnlyTheRowsItNames)
{
    ASSERT_TRUE(reconcile(fullResult("失败", "户名不符")).ok());
    EXPECT_EQ(paymentResult(account(2), 45050), "failed:户名不符");
    later();
    // The bank's correction names one payment: h2's dibao was paid after all.
    const std::string fix = "银行账号,金额,处理结果,失败原因\n" + account(2) + ",450.50,成功,\n";
    auto r = reconcile(fix);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->changed, 1);
    EXPECT_EQ(r->rows, 1);
    EXPECT_EQ(paymentResult(account(2), 45050), "paid:");
    EXPECT_EQ(paymentResult(account(3), 30000), "failed:卡号不存在"); // untouched
    EXPECT_EQ(paymentResult(account(1), 80000), "paid:");
    EXPECT_EQ(rollState("2025-12"), "reconciled");
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'bank.reconcile'"), 2);
}

TEST_F(BankReconcileTest, BadRowsRefuseTheWholeFileRowByRow)
{
    const std::string csv = "银行账号,金额,处理结果,失败原因\n" + account(1) + ",800.00,成功,\n" +
        account(2) + ",四百五十,成功,\n" + account(3) + ",300.00,待定,\n" +
        "6.22848E+18,300.00,成功,\n";
    auto r = reconcile(csv);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_FALSE(r->applied);
    ASSERT_EQ(r->errors.size(), 3u);
    EXPECT_EQ(r->errors[0].row, 3);
    EXPECT_EQ(r->errors[0].column, "金额");
    EXPECT_EQ(r->errors[1].row, 4);
    EXPECT_EQ(r->errors[1].column, "处理结果");
    EXPECT_NE(r->errors[1].message.find("待定"), std::string::npos);
    EXPECT_EQ(r->errors[2].column, "银行账号");
    EXPECT_EQ(count("SELECT count(*) FROM bank_payments WHERE result <> 'pending'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'bank.reconcile'"), 0);

    // No header at all: refused, naming the columns looked for.
    auto none = reconcile("账号,钱,结果\n1,2,3\n");
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().field, "file");
    EXPECT_NE(none.error().message.find("银行账号"), std::string::npos);
    // A quote never closed would swallow the rows after it: refused, the row named.
    auto quote = reconcile("银行账号,金额,处理结果,失败原因\n" + account(1) +
                           ",800.00,失败,\"卡号\n" + account(2) + ",450.50,成功,\n");
    ASSERT_FALSE(quote.ok());
    EXPECT_EQ(quote.error().field, "file");
    EXPECT_NE(quote.error().message.find("2"), std::string::npos) << quote.error().message;
    // Not text at all.
    auto binary = reconcile(std::string("\xFF\xFE\x00\x00garbage", 11));
    ASSERT_FALSE(binary.ok());
    EXPECT_EQ(binary.error().field, "file");
}

TEST_F(BankReconcileTest, DryRunChangesNothingAndGb18030IsRead)
{
    auto bytes = services::encodeBankText(fullResult(), bank::Encoding::Gb18030);
    ASSERT_TRUE(bytes.ok());
    auto r = reconcile(bytes.value().substr(3), true); // without the BOM's three bytes
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->encoding, "GB18030");
    EXPECT_EQ(r->changed, 6);
    EXPECT_TRUE(r->reconciled); // would be
    EXPECT_FALSE(r->applied);
    EXPECT_EQ(rollState("2025-12"), "locked");
    EXPECT_EQ(count("SELECT count(*) FROM bank_payments WHERE result <> 'pending'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'bank.reconcile'"), 0);
}

TEST_F(BankReconcileTest, XlsxResultsAreRead)
{
    bank::LaidOutFile f;
    auto cell = [](std::string text, bool number = false) {
        return bank::Cell {std::move(text), number ? bank::CellType::Number : bank::CellType::Text};
    };
    auto row = [](std::vector<bank::Cell> cells) {
        bank::Row r;
        r.cells = std::move(cells);
        return r;
    };
    f.rows.push_back(row({cell("农业银行代发回盘")}));
    f.rows.push_back(row({cell("银行账号"), cell("金额"), cell("处理结果"), cell("失败原因")}));
    f.rows.push_back(row({cell(account(1)), cell("800", true), cell("成功"), cell("")}));
    f.rows.push_back(row({cell(account(3)), cell("300.00", true), cell("失败"), cell("完全冻结")}));
    auto bytes = services::xlsxFileBytes(f);
    ASSERT_TRUE(bytes.ok()) << bytes.error().message;
    services::ReconcileOptions o;
    o.fileName = "回盘.xlsx";
    auto r = bank->reconcile(caseworker(), ym("2025-12"), "xlsx-daifa", bytes.value(), o);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_TRUE(r->errors.empty()) << r->errors[0].message;
    EXPECT_EQ(r->encoding, "xlsx");
    EXPECT_EQ(r->headerRow, 2);
    EXPECT_EQ(r->changed, 2);
    EXPECT_EQ(paymentResult(account(3), 30000), "failed:完全冻结");

    // A damaged archive is refused with a reason.
    std::string broken = bytes.value().substr(0, bytes.value().size() / 2);
    auto d = bank->reconcile(caseworker(), ym("2025-12"), "xlsx-daifa", broken, o);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().field, "file");
}

TEST_F(BankReconcileTest, FailedPaymentsAreReissuedOnceTheAccountIsCorrected)
{
    // h3's 300.00 failed (卡号不存在); h2's dibao failed (完全冻结).
    ASSERT_TRUE(reconcile(fullResult("失败", "完全冻结")).ok());
    auto failed = bank->failedPayments(zhao);
    ASSERT_TRUE(failed.ok()) << failed.error().message;
    ASSERT_EQ(failed->size(), 2u);
    for (const auto &f : *failed)
        EXPECT_EQ(f.status, "waiting");
    EXPECT_EQ(failed->front().account, account(2)); // a supervisor sees the account
    // masked for a role that does not need the numbers
    const auto statistician = addUser("tong", {Role::Statistician});
    auto masked = bank->failedPayments(statistician);
    ASSERT_TRUE(masked.ok());
    EXPECT_EQ(masked->front().account.find(account(2).substr(6, 6)), std::string::npos);

    // January: nothing corrected yet, no reissue.
    runMonth("2026-01");
    EXPECT_EQ(count("SELECT count(*) FROM roll_lines WHERE kind = 'reissue'"), 0);

    // h3's card is replaced in the registry; h2's freeze is lifted (same account,
    // confirmed by the caseworker).
    auto view = registry->household(caseworker(), h3);
    ASSERT_TRUE(view.ok());
    const auto &h = view->household;
    services::HouseholdInput changed {h.communityId, h.address,  h.area,          h.phone,
                                      h.bankName,    account(9), h.accountHolder, h.lastReviewDate};
    ASSERT_TRUE(registry->updateHousehold(caseworker(), h3, changed).ok());
    const auto h2Payment = std::find_if(failed->begin(), failed->end(), [](const auto &f) {
                               return f.amount == Money::fromFen(45050);
                           })->paymentId;
    EXPECT_FALSE(bank->confirmAccount(caseworker(), h2Payment, "  ").ok()); // a note is required
    EXPECT_EQ(bank->confirmAccount(statistician, h2Payment, "x").error().code,
              ErrorCode::PermissionDenied);
    auto c = bank->confirmAccount(caseworker(), h2Payment, "银行已解除冻结");
    ASSERT_TRUE(c.ok()) << c.error().message;
    EXPECT_EQ(c->status, "ready");
    EXPECT_FALSE(bank->confirmAccount(caseworker(), h2Payment, "again").ok());
    auto ready = bank->failedPayments(zhao);
    ASSERT_TRUE(ready.ok());
    for (const auto &f : *ready)
        EXPECT_EQ(f.status, "ready") << f.householdNumber;

    // February: one reissue line per failed line, paid to the account as it is now.
    runMonth("2026-02");
    storage::Statement st(*db,
                          "SELECT l.amount, l.for_month, l.bank_account, l.reissue_of_line "
                          "FROM roll_lines l JOIN payroll_rolls r ON r.id = l.roll_id "
                          "WHERE r.month = '2026-02' AND l.kind = 'reissue' ORDER BY l.amount");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.int64(0), 30000);
    EXPECT_EQ(st.text(1), "2025-12");
    EXPECT_EQ(st.text(2), account(9));
    EXPECT_FALSE(st.isNull(3));
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.int64(0), 45050);
    EXPECT_EQ(st.text(2), account(2));
    EXPECT_FALSE(st.step());
    // … and only once.
    runMonth("2026-03");
    EXPECT_EQ(count("SELECT count(*) FROM roll_lines WHERE kind = 'reissue'"), 2);
    auto after = bank->failedPayments(zhao);
    ASSERT_TRUE(after.ok());
    for (const auto &f : *after)
        EXPECT_EQ(f.status, "reissued");

    // A failed payment already reissued keeps its result: a later "paid" is refused.
    const std::string late = "银行账号,金额,处理结果,失败原因\n" + account(3) + ",300.00,成功,\n";
    auto r = reconcile(late);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->changed, 0);
    ASSERT_EQ(r->refused.size(), 1u);
    EXPECT_EQ(paymentResult(account(3), 30000), "failed:卡号不存在");
}

TEST_F(BankReconcileTest, RolesAndStates)
{
    const auto statistician = addUser("tong", {Role::Statistician});
    services::ReconcileOptions o;
    auto denied = bank->reconcile(statistician, ym("2025-12"), "generic-csv", fullResult(), o);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    auto supervisor = bank->reconcile(zhao, ym("2025-12"), "generic-csv", fullResult(), o);
    EXPECT_TRUE(supervisor.ok()) << supervisor.error().message;
    auto noRoll = bank->reconcile(caseworker(), ym("2026-05"), "generic-csv", fullResult(), o);
    ASSERT_FALSE(noRoll.ok());
    EXPECT_EQ(noRoll.error().code, ErrorCode::NotFound);
    auto unknown = bank->reconcile(caseworker(), ym("2025-12"), "no-such", fullResult(), o);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().field, "template");

    // A locked roll never exported: export first.
    runMonth("2026-01");
    auto notSent = bank->reconcile(caseworker(), ym("2026-01"), "generic-csv", fullResult(), o);
    ASSERT_FALSE(notSent.ok());
    EXPECT_EQ(notSent.error().code, ErrorCode::Conflict);
    // A draft: not yet.
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2026-02")).ok());
    auto draft = bank->reconcile(caseworker(), ym("2026-02"), "generic-csv", fullResult(), o);
    ASSERT_FALSE(draft.ok());
    EXPECT_EQ(draft.error().code, ErrorCode::Conflict);
}

} // namespace
} // namespace relief::test
