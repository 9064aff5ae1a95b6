#include "payroll_repository.h"

#include "storage/database.h"
#include "storage/registry/registry_columns.h"

#include <nlohmann/json.hpp>

#include <map>

namespace relief::storage {

namespace {

using payroll::LineKind;
using payroll::LineProgramme;
using payroll::RollState;

std::string idsJson(const std::vector<std::int64_t> &ids)
{
    nlohmann::json a = nlohmann::json::array();
    for (auto id : ids)
        a.push_back(id);
    return a.dump();
}

std::optional<YearMonth> optionalMonth(const Statement &st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return columns::month(st, column);
}

std::optional<std::string> monthText(const std::optional<YearMonth> &m)
{
    return m ? std::optional<std::string>(m->toString()) : std::nullopt;
}

RollState rollState(const Statement &st, int column)
{
    const auto s = payroll::parseRollState(st.text(column));
    if (!s)
        throw DatabaseError("stored roll state is unknown: " + st.text(column), 0);
    return *s;
}

LineProgramme lineProgramme(const Statement &st, int column)
{
    const auto p = payroll::parseLineProgramme(st.text(column));
    if (!p)
        throw DatabaseError("stored line programme is unknown: " + st.text(column), 0);
    return *p;
}

LineKind lineKind(const Statement &st, int column)
{
    const auto k = payroll::parseLineKind(st.text(column));
    if (!k)
        throw DatabaseError("stored line kind is unknown: " + st.text(column), 0);
    return *k;
}

constexpr const char *kRollSelect =
    "SELECT r.id, r.month, r.state, r.generated_at, r.generated_by_id, coalesce(ug.username, ''), "
    "coalesce(r.submitted_at, ''), r.submitted_by_id, coalesce(us.username, ''), "
    "coalesce(r.approved_at, ''), r.approved_by_id, coalesce(ua.username, ''), "
    "coalesce(r.locked_at, ''), r.locked_by_id, coalesce(ul.username, ''), "
    "coalesce(r.reconciled_at, ''), r.price_triggered, r.total_lines, r.total_amount, "
    "r.audit_head_id, coalesce(r.audit_head_hash, '') FROM payroll_rolls r "
    "LEFT JOIN users ug ON ug.id = r.generated_by_id "
    "LEFT JOIN users us ON us.id = r.submitted_by_id "
    "LEFT JOIN users ua ON ua.id = r.approved_by_id "
    "LEFT JOIN users ul ON ul.id = r.locked_by_id ";

RollRecord readRoll(const Statement &st)
{
    RollRecord r;
    r.id = st.int64(0);
    r.month = columns::month(st, 1);
    r.state = rollState(st, 2);
    r.generatedAt = st.text(3);
    r.generatedById = st.int64(4);
    r.generatedBy = st.text(5);
    r.submittedAt = st.text(6);
    r.submittedById = columns::optionalId(st, 7);
    r.submittedBy = st.text(8);
    r.approvedAt = st.text(9);
    r.approvedById = columns::optionalId(st, 10);
    r.approvedBy = st.text(11);
    r.lockedAt = st.text(12);
    r.lockedById = columns::optionalId(st, 13);
    r.lockedBy = st.text(14);
    r.reconciledAt = st.text(15);
    r.priceTriggered = st.int64(16) != 0;
    r.totalLines = columns::optionalInt(st, 17);
    if (!st.isNull(18))
        r.totalAmount = Money::fromFen(st.int64(18));
    r.auditHeadId = columns::optionalId(st, 19);
    r.auditHeadHash = st.text(20);
    return r;
}

// The payee of a case (PR-4): a 特困 person with an institution, an orphan in a
// welfare institution → the institution's account; otherwise the household's.
// Needs c (cases), h (households); adds p, i.
constexpr const char *kPayeeJoins =
    " JOIN households h ON h.id = c.household_id"
    " LEFT JOIN persons p ON p.id = c.person_id"
    " LEFT JOIN institutions i ON i.id = p.institution_id"
    "  AND (c.programme = 'tekun'"
    "       OR (c.programme = 'child_allowance' AND p.child_status = 'orphan_institutional'))";
constexpr const char *kPayeeColumns =
    "CASE WHEN i.id IS NULL THEN 'household' ELSE 'institution' END, i.id, "
    "CASE WHEN i.id IS NULL THEN coalesce(nullif(h.account_holder, ''), h.head_name) "
    "     ELSE coalesce(nullif(i.account_holder, ''), i.name) END, "
    "coalesce(i.bank_name, h.bank_name), coalesce(i.bank_account, h.bank_account), "
    "relief_account_ok(coalesce(i.bank_account, h.bank_account))";

constexpr const char *kLineColumns =
    "l.id, l.roll_id, l.case_id, l.household_id, l.person_id, l.community_id, l.programme, "
    "l.kind, l.for_month, l.reissue_of_hold, l.reissue_of_line, l.amount, l.persons, l.memo, "
    "l.held, l.hold_reason, l.payee_kind, l.institution_id, l.payee_name, l.bank_name, "
    "l.bank_account, l.account_ok, l.payment, l.bank_reason, coalesce(h.household_no, ''), "
    "coalesce(h.head_name, ''), coalesce(p.name, ''), coalesce(cm.name, '') ";
constexpr const char *kLineJoins = " LEFT JOIN households h ON h.id = l.household_id"
                                   " LEFT JOIN persons p ON p.id = l.person_id"
                                   " LEFT JOIN communities cm ON cm.id = l.community_id ";

RollLineRecord readLine(const Statement &st, int o = 0)
{
    RollLineRecord l;
    l.id = st.int64(o + 0);
    l.rollId = st.int64(o + 1);
    l.caseId = st.int64(o + 2);
    l.householdId = st.int64(o + 3);
    l.personId = columns::optionalId(st, o + 4);
    l.communityId = st.int64(o + 5);
    l.programme = lineProgramme(st, o + 6);
    l.kind = lineKind(st, o + 7);
    l.forMonth = optionalMonth(st, o + 8);
    l.reissueOfHold = columns::optionalId(st, o + 9);
    l.reissueOfLine = columns::optionalId(st, o + 10);
    l.amount = Money::fromFen(st.int64(o + 11));
    l.persons = st.int32(o + 12);
    l.memo = st.text(o + 13);
    l.held = st.int64(o + 14) != 0;
    l.holdReason = st.text(o + 15);
    l.toInstitution = st.text(o + 16) == "institution";
    l.institutionId = columns::optionalId(st, o + 17);
    l.payeeName = st.text(o + 18);
    l.bankName = st.text(o + 19);
    l.bankAccount = st.text(o + 20);
    l.accountOk = st.int64(o + 21) != 0;
    l.payment = st.text(o + 22);
    l.bankReason = st.text(o + 23);
    l.householdNumber = st.text(o + 24);
    l.headName = st.text(o + 25);
    l.personName = st.text(o + 26);
    l.communityName = st.text(o + 27);
    return l;
}

constexpr const char *kHoldSelect =
    "SELECT id, month, case_id, programme, kind, for_month, reason, held_at, held_by, "
    "coalesce(released_at, ''), coalesce(released_by, ''), line_id, amount FROM roll_holds ";

HoldRecord readHold(const Statement &st)
{
    HoldRecord h;
    h.id = st.int64(0);
    h.month = columns::month(st, 1);
    h.caseId = st.int64(2);
    h.programme = lineProgramme(st, 3);
    h.kind = lineKind(st, 4);
    h.forMonth = optionalMonth(st, 5);
    h.reason = st.text(6);
    h.heldAt = st.text(7);
    h.heldBy = st.text(8);
    h.releasedAt = st.text(9);
    h.releasedBy = st.text(10);
    h.lineId = columns::optionalId(st, 11);
    if (!st.isNull(12))
        h.amount = Money::fromFen(st.int64(12));
    return h;
}

constexpr const char *kRecoverySelect =
    "SELECT rc.id, rc.roll_id, r.month, r.state, rc.case_id, rc.household_id, rc.person_id, "
    "rc.community_id, rc.programme, rc.month, rc.amount, rc.collected, rc.status, rc.reason, "
    "coalesce(h.household_no, ''), coalesce(h.head_name, ''), coalesce(cm.name, '') "
    "FROM recoveries rc JOIN payroll_rolls r ON r.id = rc.roll_id "
    "LEFT JOIN households h ON h.id = rc.household_id "
    "LEFT JOIN communities cm ON cm.id = rc.community_id ";

RecoveryRow readRecovery(const Statement &st)
{
    RecoveryRow r;
    r.id = st.int64(0);
    r.rollId = st.int64(1);
    r.foundIn = columns::month(st, 2);
    r.rollState = rollState(st, 3);
    r.caseId = st.int64(4);
    r.householdId = st.int64(5);
    r.personId = columns::optionalId(st, 6);
    r.communityId = st.int64(7);
    r.programme = lineProgramme(st, 8);
    r.month = columns::month(st, 9);
    r.amount = Money::fromFen(st.int64(10));
    r.collected = Money::fromFen(st.int64(11));
    r.status = st.text(12);
    r.reason = st.text(13);
    r.householdNumber = st.text(14);
    r.headName = st.text(15);
    r.communityName = st.text(16);
    return r;
}

// Binds a line query's filters at ?first … ?first+5.
void bindQuery(Statement &st, int first, const RollLineQuery &q)
{
    st.bind(first, q.communityId);
    if (q.programme)
        st.bind(first + 1, payroll::lineProgrammeKey(*q.programme));
    else
        st.bindNull(first + 1);
    if (q.kind)
        st.bind(first + 2, payroll::lineKindKey(*q.kind));
    else
        st.bindNull(first + 2);
    st.bind(first + 3, q.heldOnly ? 1 : 0);
    st.bind(first + 4, q.problemsOnly ? 1 : 0);
    st.bind(first + 5, q.search);
}

constexpr const char *kQueryFilter =
    " AND (?3 IS NULL OR l.community_id = ?3) AND (?4 IS NULL OR l.programme = ?4)"
    " AND (?5 IS NULL OR l.kind = ?5) AND (?6 = 0 OR l.held = 1)"
    " AND (?7 = 0 OR (l.account_ok = 0 AND l.held = 0))"
    " AND (?8 = '' OR substr(h.household_no, 1, length(?8)) = ?8"
    "      OR substr(l.payee_name, 1, length(?8)) = ?8) ";

constexpr const char *kLocked = "('locked', 'reconciled')";

} // namespace

PayrollRepository::PayrollRepository(Database &db)
    : m_db(db)
    , m_st(db)
{ }

// --- rolls ---

std::optional<RollRecord> PayrollRepository::roll(const YearMonth &month)
{
    Statement &st = m_st(std::string(kRollSelect) + "WHERE r.month = ?1");
    st.bind(1, month.toString());
    if (st.step())
        return readRoll(st);
    return std::nullopt;
}

std::optional<RollRecord> PayrollRepository::rollById(std::int64_t id)
{
    Statement &st = m_st(std::string(kRollSelect) + "WHERE r.id = ?1");
    st.bind(1, id);
    if (st.step())
        return readRoll(st);
    return std::nullopt;
}

std::vector<RollRecord> PayrollRepository::rolls()
{
    std::vector<RollRecord> out;
    Statement &st = m_st(std::string(kRollSelect) + "ORDER BY r.month DESC");
    while (st.step())
        out.push_back(readRoll(st));
    return out;
}

std::optional<YearMonth> PayrollRepository::latestMonth()
{
    Statement &st = m_st("SELECT max(month) FROM payroll_rolls");
    if (st.step() && !st.isNull(0))
        return columns::month(st, 0);
    return std::nullopt;
}

std::int64_t PayrollRepository::insertRoll(const YearMonth &month, const std::string &at,
                                           std::int64_t byId)
{
    Statement &st = m_st("INSERT INTO payroll_rolls(month, state, generated_at, generated_by_id) "
                         "VALUES (?1, 'draft', ?2, ?3)");
    st.bind(1, month.toString()).bind(2, at).bind(3, byId).exec();
    return m_db.lastInsertId();
}

void PayrollRepository::markGenerated(std::int64_t rollId, const std::string &at, std::int64_t byId,
                                      bool priceTriggered)
{
    Statement &st = m_st("UPDATE payroll_rolls SET generated_at = ?2, generated_by_id = ?3, "
                         "price_triggered = ?4 WHERE id = ?1");
    st.bind(1, rollId).bind(2, at).bind(3, byId).bind(4, priceTriggered ? 1 : 0).exec();
}

void PayrollRepository::markSubmitted(std::int64_t rollId, const std::string &at, std::int64_t byId)
{
    Statement &st = m_st("UPDATE payroll_rolls SET state = 'submitted', submitted_at = ?2, "
                         "submitted_by_id = ?3 WHERE id = ?1");
    st.bind(1, rollId).bind(2, at).bind(3, byId).exec();
}

void PayrollRepository::markReturned(std::int64_t rollId)
{
    Statement &st = m_st("UPDATE payroll_rolls SET state = 'draft', submitted_at = NULL, "
                         "submitted_by_id = NULL WHERE id = ?1");
    st.bind(1, rollId).exec();
}

void PayrollRepository::markApproved(std::int64_t rollId, const std::string &at, std::int64_t byId)
{
    Statement &st = m_st("UPDATE payroll_rolls SET state = 'approved', approved_at = ?2, "
                         "approved_by_id = ?3 WHERE id = ?1");
    st.bind(1, rollId).bind(2, at).bind(3, byId).exec();
}

void PayrollRepository::markLocked(std::int64_t rollId, const std::string &at, std::int64_t byId,
                                   std::int64_t lines, Money amount, std::int64_t headId,
                                   const std::string &headHash)
{
    Statement &st = m_st("UPDATE payroll_rolls SET state = 'locked', locked_at = ?2, "
                         "locked_by_id = ?3, total_lines = ?4, total_amount = ?5, "
                         "audit_head_id = ?6, audit_head_hash = ?7 WHERE id = ?1");
    st.bind(1, rollId).bind(2, at).bind(3, byId).bind(4, lines).bind(5, amount.fen());
    st.bind(6, headId).bind(7, headHash).exec();
}

void PayrollRepository::markReconciled(std::int64_t rollId, const std::string &at)
{
    m_st("UPDATE payroll_rolls SET state = 'reconciled', reconciled_at = ?2 "
         "WHERE id = ?1 AND state = 'locked'")
        .bind(1, rollId)
        .bind(2, at)
        .exec();
}

std::pair<std::int64_t, Money> PayrollRepository::lineTotal(std::int64_t rollId)
{
    Statement &st =
        m_st("SELECT count(*), coalesce(sum(amount), 0) FROM roll_lines WHERE roll_id = ?1");
    st.bind(1, rollId);
    st.step();
    return {st.int64(0), Money::fromFen(st.int64(1))};
}

// --- generation ---

void PayrollRepository::clearDraft(std::int64_t rollId)
{
    m_st("DELETE FROM roll_lines WHERE roll_id = ?1").bind(1, rollId).exec();
    m_st("DELETE FROM recoveries WHERE roll_id = ?1").bind(1, rollId).exec();
    m_st("DELETE FROM roll_problems WHERE roll_id = ?1").bind(1, rollId).exec();
}

std::vector<std::pair<std::int64_t, YearMonth>> PayrollRepository::gradualExitsWithoutEnd()
{
    std::vector<std::pair<std::int64_t, YearMonth>> out;
    Statement &st = m_st("SELECT id, effective_month FROM decisions "
                         "WHERE kind = 'gradual_exit' AND last_paid_month IS NULL ORDER BY id");
    while (st.step())
        out.emplace_back(st.int64(0), columns::month(st, 1));
    return out;
}

std::int64_t PayrollRepository::insertRegularLines(
    std::int64_t rollId, const YearMonth &month,
    const std::vector<std::pair<std::int64_t, YearMonth>> &exitEnds)
{
    nlohmann::json ends = nlohmann::json::array();
    for (const auto &[id, last] : exitEnds)
        ends.push_back(nlohmann::json::array({id, last.toString()}));
    // PR-2: the governing decision is the latest E ≤ M, then the later decision date,
    // then the higher id (the decisions_current trigger's order, domain amount_due);
    // nothing for marginal, a stop, 0, or a gradual exit past its last paid month.
    Statement &st = m_st(
        std::string("INSERT INTO roll_lines (roll_id, case_id, household_id, person_id, "
                    "community_id, programme, kind, amount, persons, payee_kind, institution_id, "
                    "payee_name, bank_name, bank_account, account_ok) "
                    "SELECT ?1, c.id, c.household_id, c.person_id, h.community_id, c.programme, "
                    "'regular', d.amount, "
                    "CASE c.programme WHEN 'dibao' THEN d.person_count ELSE 1 END, ") +
        kPayeeColumns +
        " FROM cases c"
        " JOIN decisions d ON d.id = (SELECT d2.id FROM decisions d2"
        "  WHERE d2.case_id = c.id AND d2.effective_month <= ?2"
        "  ORDER BY d2.effective_month DESC, d2.decided_on DESC, d2.id DESC LIMIT 1)" +
        kPayeeJoins +
        // The end of a gradual exit recorded without one: looked up only for those rows.
        " WHERE c.programme <> 'marginal' AND d.kind <> 'stop' AND d.amount > 0"
        "  AND (d.kind <> 'gradual_exit' OR coalesce(d.last_paid_month,"
        "       (SELECT json_extract(e.value, '$[1]') FROM json_each(?3) e"
        "        WHERE json_extract(e.value, '$[0]') = d.id)) >= ?2)"
        " ORDER BY c.id");
    st.bind(1, rollId).bind(2, month.toString()).bind(3, ends.dump()).exec();
    return m_db.changes();
}

std::int64_t PayrollRepository::insertPriceSubsidyLines(std::int64_t rollId, Money urbanPerPerson,
                                                        Money ruralPerPerson)
{
    Statement &st =
        m_st("INSERT INTO roll_lines (roll_id, case_id, household_id, person_id, community_id, "
             "programme, kind, amount, persons, memo, payee_kind, institution_id, payee_name, "
             "bank_name, bank_account, account_ok) "
             "SELECT l.roll_id, l.case_id, l.household_id, l.person_id, l.community_id, "
             "'price_subsidy', 'regular', "
             "l.persons * (CASE h.area WHEN 'rural' THEN ?3 ELSE ?2 END), l.persons, ?4, "
             "l.payee_kind, l.institution_id, l.payee_name, l.bank_name, l.bank_account, "
             "l.account_ok FROM roll_lines l JOIN households h ON h.id = l.household_id "
             "WHERE l.roll_id = ?1 AND l.kind = 'regular' "
             "AND l.programme IN ('dibao', 'single_person', 'tekun', 'child_allowance') "
             "AND l.persons > 0 AND (CASE h.area WHEN 'rural' THEN ?3 ELSE ?2 END) > 0 "
             "ORDER BY l.id");
    st.bind(1, rollId).bind(2, urbanPerPerson.fen()).bind(3, ruralPerPerson.fen());
    st.bind(4, std::string(payroll::kPriceSubsidyMemo)).exec();
    return m_db.changes();
}

std::vector<std::int64_t> PayrollRepository::subsidyCasesWithoutPersons(std::int64_t rollId)
{
    std::vector<std::int64_t> out;
    Statement &st = m_st("SELECT case_id FROM roll_lines WHERE roll_id = ?1 AND kind = 'regular' "
                         "AND programme IN ('dibao', 'single_person', 'tekun', 'child_allowance') "
                         "AND persons <= 0 ORDER BY case_id");
    st.bind(1, rollId);
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

std::int64_t PayrollRepository::insertLine(std::int64_t rollId, const NewLineRecord &line)
{
    Statement &st = m_st(
        std::string("INSERT INTO roll_lines (roll_id, case_id, household_id, person_id, "
                    "community_id, programme, kind, for_month, reissue_of_hold, "
                    "reissue_of_line, amount, persons, memo, payee_kind, institution_id, "
                    "payee_name, bank_name, bank_account, account_ok) "
                    "SELECT ?1, c.id, c.household_id, c.person_id, h.community_id, ?3, ?4, ?5, "
                    "?6, ?7, ?8, ?9, ?10, ") +
        kPayeeColumns + " FROM cases c" + kPayeeJoins + " WHERE c.id = ?2");
    st.bind(1, rollId).bind(2, line.caseId).bind(3, payroll::lineProgrammeKey(line.programme));
    st.bind(4, payroll::lineKindKey(line.kind)).bind(5, monthText(line.forMonth));
    st.bind(6, line.reissueOfHold).bind(7, line.reissueOfLine).bind(8, line.amount.fen());
    st.bind(9, line.persons).bind(10, line.memo).exec();
    if (m_db.changes() != 1)
        throw DatabaseError("the line's case does not exist", 0);
    return m_db.lastInsertId();
}

void PayrollRepository::insertRecovery(std::int64_t rollId, const payroll::RecoveryRecord &r)
{
    Statement &st = m_st("INSERT INTO recoveries (roll_id, case_id, household_id, person_id, "
                         "community_id, programme, month, amount, reason) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    st.bind(1, rollId).bind(2, r.caseId).bind(3, r.householdId).bind(4, r.personId);
    st.bind(5, r.communityId).bind(6, payroll::lineProgrammeKey(r.programme));
    st.bind(7, r.month.toString()).bind(8, r.amount.fen()).bind(9, r.reason).exec();
}

void PayrollRepository::insertProblem(std::int64_t rollId, const std::string &key,
                                      std::int64_t caseId)
{
    m_st("INSERT INTO roll_problems (roll_id, key, case_id) VALUES (?1, ?2, ?3)")
        .bind(1, rollId)
        .bind(2, key)
        .bind(3, caseId)
        .exec();
}

std::vector<HoldRecord> PayrollRepository::applyHolds(std::int64_t rollId, const YearMonth &month)
{
    Statement &up =
        m_st("UPDATE roll_lines SET held = 1, hold_reason = h.reason FROM roll_holds h "
             "WHERE +roll_lines.roll_id = ?1 AND h.month = ?2 AND h.released_at IS NULL "
             "AND h.case_id = roll_lines.case_id AND h.programme = roll_lines.programme "
             "AND h.kind = roll_lines.kind AND h.for_month IS roll_lines.for_month");
    up.bind(1, rollId).bind(2, month.toString()).exec();
    std::vector<HoldRecord> out;
    Statement &st =
        m_st(std::string(kHoldSelect) +
             "WHERE month = ?2 AND released_at IS NULL AND NOT EXISTS (SELECT 1 FROM roll_lines l "
             "WHERE +l.roll_id = ?1 AND l.case_id = roll_holds.case_id "
             "AND l.programme = roll_holds.programme AND l.kind = roll_holds.kind "
             "AND l.for_month IS roll_holds.for_month) ORDER BY id");
    st.bind(1, rollId).bind(2, month.toString());
    while (st.step())
        out.push_back(readHold(st));
    return out;
}

std::vector<std::int64_t> PayrollRepository::backPayCandidates(const YearMonth &month)
{
    std::vector<std::int64_t> out;
    Statement &st = m_st(
        std::string("SELECT d.case_id FROM decisions d WHERE d.created_at >= "
                    "(SELECT min(generated_at) FROM payroll_rolls WHERE state IN ") +
        kLocked + " AND month < ?1) AND EXISTS (SELECT 1 FROM payroll_rolls r WHERE r.state IN " +
        kLocked +
        " AND r.month < ?1 AND r.month >= d.effective_month AND d.created_at >= r.generated_at)"
        " UNION SELECT rc.case_id FROM recoveries rc JOIN payroll_rolls r ON r.id = rc.roll_id"
        " WHERE r.state IN " +
        kLocked +
        " UNION SELECT l.case_id FROM roll_lines l JOIN payroll_rolls r ON r.id = l.roll_id"
        " WHERE l.kind = 'back_pay' AND r.state IN " +
        kLocked + " ORDER BY 1");
    st.bind(1, month.toString());
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

std::vector<YearMonth> PayrollRepository::lockedMonthsBefore(const YearMonth &month)
{
    std::vector<YearMonth> out;
    Statement &st = m_st(std::string("SELECT month FROM payroll_rolls WHERE state IN ") + kLocked +
                         " AND month < ?1 ORDER BY month");
    st.bind(1, month.toString());
    while (st.step())
        out.push_back(columns::month(st, 0));
    return out;
}

std::vector<payroll::Settled> PayrollRepository::settled(const std::vector<std::int64_t> &caseIds)
{
    std::vector<payroll::Settled> out;
    Statement &st =
        m_st(std::string("SELECT l.case_id, coalesce(l.for_month, r.month), sum(l.amount) "
                         "FROM roll_lines l JOIN payroll_rolls r ON r.id = l.roll_id "
                         "WHERE l.case_id IN (SELECT value FROM json_each(?1)) AND r.state IN ") +
             kLocked +
             " AND l.kind IN ('regular', 'back_pay') AND l.programme <> 'price_subsidy' "
             "GROUP BY 1, 2 UNION ALL "
             "SELECT rc.case_id, rc.month, -sum(rc.amount) FROM recoveries rc "
             "JOIN payroll_rolls r ON r.id = rc.roll_id "
             "WHERE rc.case_id IN (SELECT value FROM json_each(?1)) AND r.state IN " +
             kLocked + " GROUP BY 1, 2");
    st.bind(1, idsJson(caseIds));
    while (st.step())
        out.push_back({st.int64(0), columns::month(st, 1), Money::fromFen(st.int64(2))});
    return out;
}

std::vector<payroll::Case>
PayrollRepository::payrollCases(const std::optional<std::vector<std::int64_t>> &caseIds)
{
    std::vector<payroll::Case> out;
    const std::optional<std::string> ids =
        caseIds ? std::optional<std::string>(idsJson(*caseIds)) : std::nullopt;
    Statement &cs = m_st("SELECT c.id, c.household_id, c.person_id, h.community_id, c.programme, "
                         "h.area FROM cases c JOIN households h ON h.id = c.household_id "
                         "WHERE ?1 IS NULL OR c.id IN (SELECT value FROM json_each(?1)) "
                         "ORDER BY c.id");
    cs.bind(1, ids);
    std::map<std::int64_t, size_t> index;
    while (cs.step()) {
        payroll::Case c;
        c.id = cs.int64(0);
        c.householdId = cs.int64(1);
        c.personId = columns::optionalId(cs, 2);
        c.communityId = cs.int64(3);
        c.programme = columns::key<CaseProgramme>(kProgrammeKeys, cs, 4);
        c.area = columns::key<Area>(kAreaKeys, cs, 5);
        index[c.id] = out.size();
        out.push_back(std::move(c));
    }
    Statement &ds = m_st("SELECT id, case_id, kind, effective_month, amount, person_count, "
                         "decided_on, decided_by, reason, last_paid_month FROM decisions "
                         "WHERE ?1 IS NULL OR case_id IN (SELECT value FROM json_each(?1)) "
                         "ORDER BY case_id, id");
    ds.bind(1, ids);
    while (ds.step()) {
        const auto it = index.find(ds.int64(1));
        if (it == index.end())
            continue;
        payroll::Decision d;
        d.id = ds.int64(0);
        d.kind = columns::key<DecisionKind>(kDecisionKindKeys, ds, 2);
        d.effective = columns::month(ds, 3);
        d.amount = Money::fromFen(ds.int64(4));
        d.persons = ds.int32(5);
        d.decidedOn = columns::date(ds, 6);
        d.decidedBy = ds.text(7);
        d.reason = ds.text(8);
        d.lastPaidMonth = optionalMonth(ds, 9);
        out[it->second].decisions.push_back(std::move(d));
    }
    return out;
}

std::vector<payroll::EarlierLine> PayrollRepository::releasedHoldsToReissue()
{
    std::vector<payroll::EarlierLine> out;
    Statement &st =
        m_st(std::string("SELECT h.id, l.case_id, l.household_id, l.person_id, l.community_id, "
                         "l.programme, h.month, coalesce(h.amount, l.amount), l.persons "
                         "FROM roll_holds h JOIN roll_lines l ON l.id = h.line_id "
                         "JOIN payroll_rolls r ON r.month = h.month "
                         "WHERE h.released_at IS NOT NULL AND r.state IN ") +
             kLocked +
             " AND NOT EXISTS (SELECT 1 FROM roll_lines x WHERE x.reissue_of_hold = h.id) "
             "ORDER BY h.id");
    while (st.step()) {
        payroll::EarlierLine e;
        e.id = st.int64(0);
        e.caseId = st.int64(1);
        e.householdId = st.int64(2);
        e.personId = columns::optionalId(st, 3);
        e.communityId = st.int64(4);
        e.programme = lineProgramme(st, 5);
        e.month = columns::month(st, 6);
        e.amount = Money::fromFen(st.int64(7));
        e.persons = st.int32(8);
        out.push_back(e);
    }
    return out;
}

std::vector<payroll::FailedLine> PayrollRepository::failedLinesToReissue(const YearMonth &month)
{
    std::vector<payroll::FailedLine> out;
    Statement &st = m_st(
        std::string("SELECT l.id, l.case_id, l.household_id, l.person_id, l.community_id, "
                    "l.programme, r.month, l.amount, l.persons, l.bank_reason, "
                    "relief_account_ok(cur.account) AND (cur.name IS NOT l.payee_name "
                    " OR cur.bank IS NOT l.bank_name OR cur.account IS NOT l.bank_account "
                    " OR l.id IN (SELECT j.value FROM bank_payment_confirmations bc "
                    "  JOIN bank_payments bp ON bp.id = bc.payment_id, json_each(bp.line_ids) j "
                    "  WHERE bp.result = 'failed')) "
                    "FROM roll_lines l JOIN payroll_rolls r ON r.id = l.roll_id "
                    "JOIN (SELECT x.id AS line_id, "
                    " CASE WHEN x.payee_kind = 'institution' "
                    "  THEN coalesce(nullif(i.account_holder, ''), i.name) "
                    "  ELSE coalesce(nullif(h.account_holder, ''), h.head_name) END AS name, "
                    " CASE WHEN x.payee_kind = 'institution' THEN i.bank_name "
                    "  ELSE h.bank_name END AS bank, "
                    " CASE WHEN x.payee_kind = 'institution' THEN i.bank_account "
                    "  ELSE h.bank_account END AS account "
                    " FROM roll_lines x JOIN households h ON h.id = x.household_id "
                    " LEFT JOIN institutions i ON i.id = x.institution_id "
                    " WHERE x.payment = 'failed') cur ON cur.line_id = l.id "
                    "WHERE l.payment = 'failed' AND r.state IN ") +
        kLocked +
        " AND r.month < ?1 AND NOT EXISTS (SELECT 1 FROM roll_lines y "
        "WHERE y.reissue_of_line = l.id) ORDER BY l.id");
    st.bind(1, month.toString());
    while (st.step()) {
        payroll::FailedLine f;
        f.line.id = st.int64(0);
        f.line.caseId = st.int64(1);
        f.line.householdId = st.int64(2);
        f.line.personId = columns::optionalId(st, 3);
        f.line.communityId = st.int64(4);
        f.line.programme = lineProgramme(st, 5);
        f.line.month = columns::month(st, 6);
        f.line.amount = Money::fromFen(st.int64(7));
        f.line.persons = st.int32(8);
        f.bankReason = st.text(9);
        f.accountCorrected = !st.isNull(10) && st.int64(10) != 0;
        out.push_back(f);
    }
    return out;
}

// --- holds ---

std::optional<CaseLineRecord> PayrollRepository::line(std::int64_t lineId)
{
    Statement &st = m_st(std::string("SELECT r.month, r.state, ") + kLineColumns +
                         "FROM roll_lines l JOIN payroll_rolls r ON r.id = l.roll_id" + kLineJoins +
                         "WHERE l.id = ?1");
    st.bind(1, lineId);
    if (!st.step())
        return std::nullopt;
    CaseLineRecord c;
    c.rollMonth = columns::month(st, 0);
    c.rollState = rollState(st, 1);
    c.line = readLine(st, 2);
    return c;
}

std::optional<HoldRecord> PayrollRepository::holdFor(const YearMonth &month,
                                                     const RollLineRecord &line)
{
    Statement &st = m_st(std::string(kHoldSelect) +
                         "WHERE month = ?1 AND case_id = ?2 AND programme = ?3 AND kind = ?4 "
                         "AND for_month IS ?5 AND released_at IS NULL ORDER BY id LIMIT 1");
    st.bind(1, month.toString()).bind(2, line.caseId);
    st.bind(3, payroll::lineProgrammeKey(line.programme)).bind(4, payroll::lineKindKey(line.kind));
    st.bind(5, monthText(line.forMonth));
    if (st.step())
        return readHold(st);
    return std::nullopt;
}

std::optional<HoldRecord> PayrollRepository::holdOfLockedLine(std::int64_t lineId)
{
    Statement &st = m_st(std::string(kHoldSelect) + "WHERE line_id = ?1 ORDER BY id LIMIT 1");
    st.bind(1, lineId);
    if (st.step())
        return readHold(st);
    return std::nullopt;
}

std::int64_t PayrollRepository::insertHold(const HoldRecord &h)
{
    Statement &st = m_st("INSERT INTO roll_holds (month, case_id, programme, kind, for_month, "
                         "reason, held_at, held_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    st.bind(1, h.month.toString()).bind(2, h.caseId);
    st.bind(3, payroll::lineProgrammeKey(h.programme)).bind(4, payroll::lineKindKey(h.kind));
    st.bind(5, monthText(h.forMonth)).bind(6, h.reason).bind(7, h.heldAt).bind(8, h.heldBy);
    st.exec();
    return m_db.lastInsertId();
}

void PayrollRepository::deleteHold(std::int64_t holdId)
{
    m_st("DELETE FROM roll_holds WHERE id = ?1").bind(1, holdId).exec();
}

void PayrollRepository::releaseHold(std::int64_t holdId, const std::string &at,
                                    const std::string &by)
{
    m_st("UPDATE roll_holds SET released_at = ?2, released_by = ?3 WHERE id = ?1")
        .bind(1, holdId)
        .bind(2, at)
        .bind(3, by)
        .exec();
}

void PayrollRepository::setLineHeld(std::int64_t lineId, bool held, const std::string &reason)
{
    m_st("UPDATE roll_lines SET held = ?2, hold_reason = ?3 WHERE id = ?1")
        .bind(1, lineId)
        .bind(2, held ? 1 : 0)
        .bind(3, reason)
        .exec();
}

void PayrollRepository::freezeHolds(std::int64_t rollId, const YearMonth &month)
{
    Statement &st = m_st(
        "UPDATE roll_holds SET line_id = l.id, amount = l.amount FROM roll_lines l "
        "WHERE roll_holds.month = ?2 AND roll_holds.released_at IS NULL AND +l.roll_id = ?1 "
        "AND l.held = 1 AND l.case_id = roll_holds.case_id AND l.programme = roll_holds.programme "
        "AND l.kind = roll_holds.kind AND l.for_month IS roll_holds.for_month");
    st.bind(1, rollId).bind(2, month.toString()).exec();
}

// --- reads ---

std::vector<RollProblemRecord> PayrollRepository::problems(std::int64_t rollId)
{
    std::vector<RollProblemRecord> out;
    Statement &st = m_st(
        "SELECT p.key, p.case_id, 0, coalesce(h.household_no, '') FROM roll_problems p "
        "LEFT JOIN cases c ON c.id = p.case_id LEFT JOIN households h ON h.id = c.household_id "
        "WHERE p.roll_id = ?1 "
        "UNION ALL SELECT 'no_valid_account', l.case_id, l.id, coalesce(h.household_no, '') "
        "FROM roll_lines l LEFT JOIN households h ON h.id = l.household_id "
        "WHERE l.roll_id = ?1 AND l.account_ok = 0 AND l.held = 0 ORDER BY 3, 2");
    st.bind(1, rollId);
    while (st.step())
        out.push_back({st.text(0), st.int64(1), st.int64(2), st.text(3)});
    return out;
}

std::int64_t PayrollRepository::blockingProblems(std::int64_t rollId)
{
    Statement &st = m_st("SELECT count(*) FROM roll_lines WHERE roll_id = ?1 AND account_ok = 0 "
                         "AND held = 0");
    st.bind(1, rollId);
    st.step();
    return st.int64(0);
}

std::vector<RollLineRecord> PayrollRepository::lines(std::int64_t rollId,
                                                     const RollLineQuery &query,
                                                     std::int64_t afterId, int limit)
{
    std::vector<RollLineRecord> out;
    Statement &st =
        m_st(std::string("SELECT ") + kLineColumns + "FROM roll_lines l" + kLineJoins +
             "WHERE l.roll_id = ?1 AND l.id > ?2" + kQueryFilter + "ORDER BY l.id LIMIT ?9");
    st.bind(1, rollId).bind(2, afterId);
    bindQuery(st, 3, query);
    st.bind(9, limit);
    while (st.step())
        out.push_back(readLine(st));
    return out;
}

std::int64_t PayrollRepository::countLines(std::int64_t rollId, const RollLineQuery &query)
{
    Statement &st = m_st(std::string("SELECT count(*) FROM roll_lines l") + kLineJoins +
                         "WHERE l.roll_id = ?1 AND ?2 = 0" + kQueryFilter);
    st.bind(1, rollId).bind(2, 0);
    bindQuery(st, 3, query);
    st.step();
    return st.int64(0);
}

payroll::RollTotals PayrollRepository::totals(std::int64_t rollId)
{
    payroll::RollTotals t;
    // Per programme and kind: distinct cases, each case's persons once (its first line
    // in line order), amounts; held lines apart (payroll::rollTotals).
    Statement &st =
        m_st("SELECT programme, kind, count(*), sum(n), sum(a), sum(hl), sum(ha), sum(p) FROM ("
             " SELECT programme, kind, case_id, count(*) AS n, sum(amount) AS a, sum(held) AS hl,"
             " sum(held * amount) AS ha, persons AS p, min(coalesce(for_month, '')) FROM roll_lines"
             " WHERE roll_id = ?1 GROUP BY programme, kind, case_id) GROUP BY programme, kind");
    st.bind(1, rollId);
    while (st.step()) {
        payroll::ProgrammeTotal p;
        p.programme = lineProgramme(st, 0);
        p.kind = lineKind(st, 1);
        p.cases = st.int32(2);
        t.lines += st.int32(3);
        p.amount = Money::fromFen(st.int64(4));
        t.amount += p.amount;
        t.heldLines += st.int32(5);
        t.heldAmount += Money::fromFen(st.int64(6));
        p.persons = st.int32(7);
        t.byProgramme.push_back(p);
    }
    std::sort(t.byProgramme.begin(), t.byProgramme.end(), [](const auto &a, const auto &b) {
        return std::make_pair(a.programme, a.kind) < std::make_pair(b.programme, b.kind);
    });
    return t;
}

std::vector<payroll::RollLine> PayrollRepository::rollLines(std::int64_t rollId)
{
    std::vector<payroll::RollLine> out;
    Statement &st = m_st(std::string("SELECT ") + kLineColumns + "FROM roll_lines l" + kLineJoins +
                         "WHERE l.roll_id = ?1 ORDER BY l.id");
    st.bind(1, rollId);
    while (st.step()) {
        const RollLineRecord r = readLine(st);
        payroll::RollLine l;
        l.caseId = r.caseId;
        l.householdId = r.householdId;
        l.personId = r.personId;
        l.communityId = r.communityId;
        l.programme = r.programme;
        l.kind = r.kind;
        l.amount = r.amount;
        l.persons = r.persons;
        l.forMonth = r.forMonth;
        if (r.reissueOfHold) {
            l.reissueOf = r.reissueOfHold;
            l.reissueSource = payroll::ReissueSource::Hold;
        } else if (r.reissueOfLine) {
            l.reissueOf = r.reissueOfLine;
            l.reissueSource = payroll::ReissueSource::FailedPayment;
        }
        l.memo = r.memo;
        l.held = r.held;
        l.holdReason = r.holdReason;
        out.push_back(std::move(l));
    }
    return out;
}

std::vector<CaseLineRecord> PayrollRepository::caseLines(std::int64_t caseId)
{
    std::vector<CaseLineRecord> out;
    Statement &st = m_st(std::string("SELECT r.month, r.state, ") + kLineColumns +
                         "FROM roll_lines l JOIN payroll_rolls r ON r.id = l.roll_id" + kLineJoins +
                         "WHERE l.case_id = ?1 ORDER BY r.month DESC, l.id");
    st.bind(1, caseId);
    while (st.step()) {
        CaseLineRecord c;
        c.rollMonth = columns::month(st, 0);
        c.rollState = rollState(st, 1);
        c.line = readLine(st, 2);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<std::pair<std::int64_t, std::string>> PayrollRepository::communityNames()
{
    std::vector<std::pair<std::int64_t, std::string>> out;
    Statement &st = m_st("SELECT id, name FROM communities ORDER BY id");
    while (st.step())
        out.emplace_back(st.int64(0), st.text(1));
    return out;
}

std::vector<std::tuple<std::int64_t, std::string, std::string>>
PayrollRepository::householdLabels(const std::vector<std::int64_t> &householdIds)
{
    std::vector<std::tuple<std::int64_t, std::string, std::string>> out;
    Statement &st = m_st("SELECT id, household_no, head_name FROM households "
                         "WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id");
    st.bind(1, idsJson(householdIds));
    while (st.step())
        out.emplace_back(st.int64(0), st.text(1), st.text(2));
    return out;
}

// --- recoveries ---

std::vector<RecoveryRow> PayrollRepository::recoveries(const RecoveryQuery &q)
{
    std::vector<RecoveryRow> out;
    Statement &st =
        m_st(std::string(kRecoverySelect) +
             "WHERE (?1 IS NULL OR rc.status = ?1) AND (?2 IS NULL OR rc.community_id = ?2) "
             "AND (?3 = 1 OR r.state IN " +
             kLocked + ") ORDER BY rc.id DESC");
    st.bind(1, q.status).bind(2, q.communityId).bind(3, q.includeDrafts ? 1 : 0);
    while (st.step())
        out.push_back(readRecovery(st));
    return out;
}

std::vector<RecoveryRow> PayrollRepository::recoveriesOfRoll(std::int64_t rollId)
{
    std::vector<RecoveryRow> out;
    Statement &st = m_st(std::string(kRecoverySelect) + "WHERE rc.roll_id = ?1 ORDER BY rc.id");
    st.bind(1, rollId);
    while (st.step())
        out.push_back(readRecovery(st));
    return out;
}

std::optional<RecoveryRow> PayrollRepository::recovery(std::int64_t id)
{
    Statement &st = m_st(std::string(kRecoverySelect) + "WHERE rc.id = ?1");
    st.bind(1, id);
    if (st.step())
        return readRecovery(st);
    return std::nullopt;
}

void PayrollRepository::addReceipt(const ReceiptRecord &r)
{
    Statement &st = m_st("INSERT INTO recovery_receipts (recovery_id, amount, received_on, "
                         "receipt_no, note, created_at, created_by) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bind(1, r.recoveryId).bind(2, r.amount.fen()).bind(3, r.receivedOn).bind(4, r.receiptNo);
    st.bind(5, r.note).bind(6, r.createdAt).bind(7, r.createdBy).exec();
}

void PayrollRepository::setCollected(std::int64_t id, Money collected, const std::string &status)
{
    m_st("UPDATE recoveries SET collected = ?2, status = ?3 WHERE id = ?1")
        .bind(1, id)
        .bind(2, collected.fen())
        .bind(3, status)
        .exec();
}

void PayrollRepository::waive(std::int64_t id, const std::string &reason, const std::string &at,
                              const std::string &by)
{
    m_st("UPDATE recoveries SET status = 'waived', waive_reason = ?2, waived_at = ?3, "
         "waived_by = ?4 WHERE id = ?1")
        .bind(1, id)
        .bind(2, reason)
        .bind(3, at)
        .bind(4, by)
        .exec();
}

// --- price indices ---

std::optional<PriceIndexRecord> PayrollRepository::priceIndices(const YearMonth &month)
{
    Statement &st = m_st("SELECT month, cpi_yoy, food_yoy, entered_at, entered_by "
                         "FROM price_indices WHERE month = ?1");
    st.bind(1, month.toString());
    if (st.step())
        return PriceIndexRecord {columns::month(st, 0), st.text(1), st.text(2), st.text(3),
                                 st.text(4)};
    return std::nullopt;
}

std::vector<PriceIndexRecord> PayrollRepository::allPriceIndices()
{
    std::vector<PriceIndexRecord> out;
    Statement &st = m_st("SELECT month, cpi_yoy, food_yoy, entered_at, entered_by "
                         "FROM price_indices ORDER BY month DESC");
    while (st.step())
        out.push_back({columns::month(st, 0), st.text(1), st.text(2), st.text(3), st.text(4)});
    return out;
}

void PayrollRepository::putPriceIndices(const PriceIndexRecord &r)
{
    Statement &st = m_st("INSERT INTO price_indices (month, cpi_yoy, food_yoy, entered_at, "
                         "entered_by) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(month) DO UPDATE "
                         "SET cpi_yoy = excluded.cpi_yoy, food_yoy = excluded.food_yoy, "
                         "entered_at = excluded.entered_at, entered_by = excluded.entered_by");
    st.bind(1, r.month.toString()).bind(2, r.cpi).bind(3, r.food).bind(4, r.enteredAt);
    st.bind(5, r.enteredBy).exec();
}

} // namespace relief::storage
