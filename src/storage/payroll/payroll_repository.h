#pragma once

// The payroll's storage (issue 11, docs/payroll.md §2): rolls and their states, the
// set-based generation of the regular and price-subsidy lines (PR-2…PR-4 in SQL, the
// twin of payroll::regularLines), holds, problems, back pay and recoveries, reissues,
// the page's keyset reads and the month's price indices. Prepared statements only.
// The lines' account check is the SQL function relief_account_ok (storage/account_check.h).

#include "payroll_records.h"
#include "storage/statement_cache.h"

#include "domain/payroll/roll_lines.h"

#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace relief::storage {

class PayrollRepository
{
public:
    explicit PayrollRepository(Database &db);

    // --- rolls ---
    std::optional<RollRecord> roll(const YearMonth &month);
    std::optional<RollRecord> rollById(std::int64_t id);
    std::vector<RollRecord> rolls(); // newest first
    std::optional<YearMonth> latestMonth();
    std::int64_t insertRoll(const YearMonth &month, const std::string &at, std::int64_t byId);
    void markGenerated(std::int64_t rollId, const std::string &at, std::int64_t byId,
                       bool priceTriggered);
    void markSubmitted(std::int64_t rollId, const std::string &at, std::int64_t byId);
    void markReturned(std::int64_t rollId);
    void markApproved(std::int64_t rollId, const std::string &at, std::int64_t byId);
    void markLocked(std::int64_t rollId, const std::string &at, std::int64_t byId,
                    std::int64_t lines, Money amount, std::int64_t headId,
                    const std::string &headHash);
    // locked → reconciled: every exported payment has a bank result (issue 12 §3).
    void markReconciled(std::int64_t rollId, const std::string &at);
    std::pair<std::int64_t, Money> lineTotal(std::int64_t rollId); // lines, amount

    // --- generation (inside the caller's write transaction) ---
    // Deletes the draft's lines, recoveries and problems.
    void clearDraft(std::int64_t rollId);
    // gradual_exit decisions recorded without their end: (decision id, E).
    std::vector<std::pair<std::int64_t, YearMonth>> gradualExitsWithoutEnd();
    // PR-2 + PR-3 + PR-4 in one INSERT … SELECT. `exitEnds`: the last paid month of
    // each gradual_exit decision recorded without one. Returns the lines written.
    std::int64_t
    insertRegularLines(std::int64_t rollId, const YearMonth &month,
                       const std::vector<std::pair<std::int64_t, YearMonth>> &exitEnds);
    // PR-3 / PS-3: one price_subsidy line per regular line of the PS programmes with
    // persons > 0, amount persons × the area's per-person amount.
    std::int64_t insertPriceSubsidyLines(std::int64_t rollId, Money urbanPerPerson,
                                         Money ruralPerPerson);
    // The PS programmes' regular lines with no persons (problem no_persons).
    std::vector<std::int64_t> subsidyCasesWithoutPersons(std::int64_t rollId);
    // A single line (back pay, reissue); the payee is the case's, as for regular lines.
    std::int64_t insertLine(std::int64_t rollId, const NewLineRecord &line);
    void insertRecovery(std::int64_t rollId, const payroll::RecoveryRecord &r);
    void insertProblem(std::int64_t rollId, const std::string &key, std::int64_t caseId);
    // PR-5: marks the lines matching the month's holds; returns the holds without a line.
    std::vector<HoldRecord> applyHolds(std::int64_t rollId, const YearMonth &month);

    // PR-6 inputs: cases with a decision recorded after a locked month's roll was
    // generated and effective by then, or with back pay / recoveries of locked rolls.
    std::vector<std::int64_t> backPayCandidates(const YearMonth &month);
    std::vector<YearMonth> lockedMonthsBefore(const YearMonth &month);
    std::vector<payroll::Settled> settled(const std::vector<std::int64_t> &caseIds);
    // Cases as the rules see them (with every decision); all when `caseIds` is nothing.
    std::vector<payroll::Case>
    payrollCases(const std::optional<std::vector<std::int64_t>> &caseIds);
    // PR-5: holds of locked rolls released and not yet reissued.
    std::vector<payroll::EarlierLine> releasedHoldsToReissue();
    // PR-7: failed lines of locked rolls before M not yet reissued, each with whether the
    // payee's account has been corrected since: the payee now (the frozen kind's account)
    // is valid and differs from the one the line was paid to, or a caseworker confirmed
    // the same account for the failed payment (bank_payment_confirmations).
    std::vector<payroll::FailedLine> failedLinesToReissue(const YearMonth &month);

    // --- holds ---
    std::optional<CaseLineRecord> line(std::int64_t lineId);
    std::optional<HoldRecord> holdFor(const YearMonth &month, const RollLineRecord &line);
    std::optional<HoldRecord> holdOfLockedLine(std::int64_t lineId);
    std::int64_t insertHold(const HoldRecord &hold);
    void deleteHold(std::int64_t holdId);
    void releaseHold(std::int64_t holdId, const std::string &at, const std::string &by);
    void setLineHeld(std::int64_t lineId, bool held, const std::string &reason);
    // At lock: the line each hold holds and its amount.
    void freezeHolds(std::int64_t rollId, const YearMonth &month);

    // --- reads ---
    // Domain problems and PR-4 (lines without a valid account, not held).
    std::vector<RollProblemRecord> problems(std::int64_t rollId);
    std::int64_t blockingProblems(std::int64_t rollId);
    std::vector<RollLineRecord> lines(std::int64_t rollId, const RollLineQuery &query,
                                      std::int64_t afterId, int limit);
    std::int64_t countLines(std::int64_t rollId, const RollLineQuery &query);
    payroll::RollTotals totals(std::int64_t rollId);
    // Every line of the roll as the rules see it (ordered by id).
    std::vector<payroll::RollLine> rollLines(std::int64_t rollId);
    std::vector<CaseLineRecord> caseLines(std::int64_t caseId); // newest roll first
    std::vector<std::pair<std::int64_t, std::string>> communityNames();
    // household id → (number, head's name)
    std::vector<std::tuple<std::int64_t, std::string, std::string>>
    householdLabels(const std::vector<std::int64_t> &householdIds);

    // --- recoveries ---
    std::vector<RecoveryRow> recoveries(const RecoveryQuery &query);
    std::vector<RecoveryRow> recoveriesOfRoll(std::int64_t rollId);
    std::optional<RecoveryRow> recovery(std::int64_t id);
    void addReceipt(const ReceiptRecord &receipt);
    void setCollected(std::int64_t id, Money collected, const std::string &status);
    void waive(std::int64_t id, const std::string &reason, const std::string &at,
               const std::string &by);

    // --- price indices ---
    std::optional<PriceIndexRecord> priceIndices(const YearMonth &month);
    std::vector<PriceIndexRecord> allPriceIndices(); // newest first
    void putPriceIndices(const PriceIndexRecord &record);

private:
    Database &m_db;
    StatementCache m_st;
};

} // namespace relief::storage
