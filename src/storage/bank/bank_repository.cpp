#include "storage/bank/bank_repository.h"

#include "storage/statement.h"

#include "domain/bank_account.h"

namespace relief::storage {

namespace {

BankTemplateRecord readTemplate(const Statement &st)
{
    return {st.text(0), st.text(1), st.text(2), st.int64(3) != 0, st.text(4), st.text(5)};
}

constexpr std::string_view kTemplateSelect =
    "SELECT id, name, json, shipped, updated_at, updated_by FROM bank_templates ";

} // namespace

std::vector<BankTemplateRecord> BankRepository::templates()
{
    Statement &st = m_st(std::string(kTemplateSelect) + "ORDER BY id");
    std::vector<BankTemplateRecord> out;
    while (st.step())
        out.push_back(readTemplate(st));
    return out;
}

std::optional<BankTemplateRecord> BankRepository::templateById(const std::string &id)
{
    Statement &st = m_st(std::string(kTemplateSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readTemplate(st);
}

void BankRepository::saveTemplate(const BankTemplateRecord &r)
{
    Statement &st =
        m_st("INSERT INTO bank_templates (id, name, json, shipped, updated_at, updated_by) "
             "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
             "json = excluded.json, shipped = excluded.shipped, updated_at = excluded.updated_at, "
             "updated_by = excluded.updated_by");
    st.bind(1, r.id).bind(2, r.name).bind(3, r.json).bind(4, r.shipped ? 1 : 0);
    st.bind(5, r.updatedAt).bind(6, r.updatedBy);
    st.step();
}

std::vector<BankExportLine> BankRepository::exportLines(std::int64_t rollId)
{
    // The holder's ID number: an active-first member of the household with the payee's
    // name (the head first), else the head's. Institutions have none.
    Statement &st =
        m_st("SELECT l.id, l.programme, l.kind, l.for_month, l.amount, l.household_id, "
             "h.household_no, l.payee_kind = 'institution', l.institution_id, l.payee_name, "
             "l.bank_name, l.bank_account, "
             "CASE WHEN l.payee_kind = 'institution' THEN '' ELSE coalesce("
             " (SELECT p.id_number FROM persons p WHERE p.id = h.head_person_id"
             "    AND p.name = l.payee_name),"
             " (SELECT p.id_number FROM memberships m JOIN persons p ON p.id = m.person_id"
             "  WHERE m.household_id = l.household_id AND p.name = l.payee_name"
             "    AND p.id_number IS NOT NULL ORDER BY m.left_on IS NOT NULL, p.id LIMIT 1),"
             " (SELECT p.id_number FROM persons p WHERE p.id = h.head_person_id), '') END "
             "FROM roll_lines l JOIN households h ON h.id = l.household_id "
             "WHERE l.roll_id = ?1 AND l.held = 0 ORDER BY h.household_no, l.id");
    st.bind(1, rollId);
    std::vector<BankExportLine> out;
    while (st.step()) {
        BankExportLine l;
        l.id = st.int64(0);
        l.programme = st.text(1);
        l.kind = st.text(2);
        l.forMonth = st.optionalText(3);
        l.amount = st.int64(4);
        l.householdId = st.int64(5);
        l.householdNumber = st.text(6);
        l.toInstitution = st.int64(7) != 0;
        if (!st.isNull(8))
            l.institutionId = st.int64(8);
        l.payeeName = st.text(9);
        l.bankName = st.text(10);
        l.bankAccount = st.text(11);
        l.idNumber = st.text(12);
        out.push_back(std::move(l));
    }
    return out;
}

std::int64_t BankRepository::insertExport(const BankExportRecord &r)
{
    Statement &st = m_st("INSERT INTO bank_exports (roll_id, template_id, template_json, files, "
                         "payments, amount, exported_at, exported_by) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    st.bind(1, r.rollId).bind(2, r.templateId).bind(3, r.templateJson).bind(4, r.filesJson);
    st.bind(5, r.payments).bind(6, r.amount).bind(7, r.exportedAt).bind(8, r.exportedBy);
    st.step();
    return m_db.lastInsertId();
}

void BankRepository::insertPayment(std::int64_t exportId, std::int64_t rollId,
                                   const BankPaymentRecord &p)
{
    Statement &st = m_st(
        "INSERT INTO bank_payments (export_id, roll_id, programme, file_no, seq, household_id, "
        "institution_id, payee_name, account, amount, line_ids) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    st.bind(1, exportId).bind(2, rollId).bind(3, p.programme).bind(4, p.fileNo).bind(5, p.seq);
    st.bind(6, p.householdId).bind(7, p.institutionId).bind(8, p.payeeName).bind(9, p.account);
    st.bind(10, p.amount).bind(11, p.lineIdsJson);
    st.step();
}

int BankRepository::countExports(std::int64_t rollId)
{
    Statement &st = m_st("SELECT count(*) FROM bank_exports WHERE roll_id = ?1");
    st.bind(1, rollId);
    st.step();
    return st.int32(0);
}

int BankRepository::countPayments(std::int64_t exportId)
{
    Statement &st = m_st("SELECT count(*) FROM bank_payments WHERE export_id = ?1");
    st.bind(1, exportId);
    st.step();
    return st.int32(0);
}

// --- bank results ---

namespace {

// The payee now: the institution's account when the payment went to one (PR-4), else
// the household's; a payment summing several households' lines (one shared account)
// has no single payee and is never "changed".
constexpr const char *kPaymentSelect =
    "SELECT p.id, p.export_id, p.roll_id, r.month, p.programme, p.file_no, p.seq, "
    "p.household_id, coalesce(h.household_no, ''), p.payee_name, p.account, p.amount, p.result, "
    "p.reason, "
    "CASE WHEN p.result = 'failed' THEN EXISTS (SELECT 1 FROM json_each(p.line_ids) j "
    " JOIN roll_lines x ON x.reissue_of_line = j.value) ELSE 0 END, "
    "CASE WHEN i.id IS NOT NULL THEN coalesce(nullif(i.account_holder, ''), i.name) "
    "     WHEN h.id IS NOT NULL THEN coalesce(nullif(h.account_holder, ''), h.head_name) "
    "     ELSE '' END, "
    "coalesce(i.bank_name, h.bank_name, ''), coalesce(i.bank_account, h.bank_account, ''), "
    "c.confirmed_at, coalesce(c.confirmed_by, ''), coalesce(c.note, ''), "
    "coalesce((SELECT l.bank_name FROM roll_lines l "
    "          WHERE l.id = json_extract(p.line_ids, '$[0]')), '') "
    "FROM bank_payments p JOIN payroll_rolls r ON r.id = p.roll_id "
    "LEFT JOIN institutions i ON i.id = p.institution_id "
    "LEFT JOIN households h ON h.id = p.household_id AND p.institution_id IS NULL "
    "LEFT JOIN bank_payment_confirmations c ON c.payment_id = p.id ";

BankPaymentRow readPayment(const Statement &st)
{
    BankPaymentRow p;
    p.id = st.int64(0);
    p.exportId = st.int64(1);
    p.rollId = st.int64(2);
    p.month = st.text(3);
    p.programme = st.text(4);
    p.fileNo = st.int32(5);
    p.seq = st.int32(6);
    if (!st.isNull(7))
        p.householdId = st.int64(7);
    p.householdNumber = st.text(8);
    p.payeeName = st.text(9);
    p.account = st.text(10);
    p.amount = st.int64(11);
    p.result = st.text(12);
    p.reason = st.text(13);
    p.reissued = st.int64(14) != 0;
    p.currentName = st.text(15);
    p.currentBank = st.text(16);
    p.currentAccount = st.text(17);
    p.confirmedAt = st.optionalText(18);
    p.confirmedBy = st.text(19);
    p.confirmNote = st.text(20);
    const std::string exportedBank = st.text(21);
    p.currentAccountOk = BankAccount::parse(p.currentAccount).ok();
    p.accountChanged = !p.currentName.empty() &&
        (p.currentName != p.payeeName || p.currentAccount != p.account ||
         p.currentBank != exportedBank);
    return p;
}

} // namespace

std::optional<BankExportSummary> BankRepository::latestExport(std::int64_t rollId)
{
    Statement &st = m_st("SELECT id, template_id, payments, amount, exported_at, exported_by "
                         "FROM bank_exports WHERE roll_id = ?1 ORDER BY id DESC LIMIT 1");
    st.bind(1, rollId);
    if (!st.step())
        return std::nullopt;
    return BankExportSummary {st.int64(0), st.text(1), st.int64(2),
                              st.int64(3), st.text(4), st.text(5)};
}

std::vector<BankPaymentRow> BankRepository::payments(std::int64_t exportId,
                                                     const std::optional<std::string> &programme)
{
    Statement &st =
        m_st(std::string(kPaymentSelect) +
             "WHERE p.export_id = ?1 AND (?2 IS NULL OR p.programme = ?2) ORDER BY p.id");
    st.bind(1, exportId).bind(2, programme);
    std::vector<BankPaymentRow> out;
    while (st.step())
        out.push_back(readPayment(st));
    return out;
}

std::optional<BankPaymentRow> BankRepository::payment(std::int64_t paymentId)
{
    Statement &st = m_st(std::string(kPaymentSelect) + "WHERE p.id = ?1");
    st.bind(1, paymentId);
    if (!st.step())
        return std::nullopt;
    return readPayment(st);
}

std::vector<BankPaymentRow> BankRepository::failedPayments()
{
    Statement &st = m_st(std::string(kPaymentSelect) +
                         "WHERE p.result = 'failed' AND r.state IN ('locked', 'reconciled') "
                         "AND p.export_id = (SELECT max(e.id) FROM bank_exports e "
                         "                   WHERE e.roll_id = p.roll_id) "
                         "ORDER BY r.month DESC, p.id");
    std::vector<BankPaymentRow> out;
    while (st.step())
        out.push_back(readPayment(st));
    return out;
}

void BankRepository::setResult(std::int64_t paymentId, const std::string &result,
                               const std::string &reason)
{
    m_st("UPDATE bank_payments SET result = ?2, reason = ?3 WHERE id = ?1")
        .bind(1, paymentId)
        .bind(2, result)
        .bind(3, reason)
        .exec();
    m_st("UPDATE roll_lines SET payment = ?2, bank_reason = ?3 WHERE id IN "
         "(SELECT j.value FROM bank_payments p, json_each(p.line_ids) j WHERE p.id = ?1)")
        .bind(1, paymentId)
        .bind(2, result)
        .bind(3, reason)
        .exec();
}

int BankRepository::pendingPayments(std::int64_t exportId)
{
    Statement &st =
        m_st("SELECT count(*) FROM bank_payments WHERE export_id = ?1 AND result = 'pending'");
    st.bind(1, exportId);
    st.step();
    return st.int32(0);
}

bool BankRepository::anyResult(std::int64_t rollId)
{
    Statement &st = m_st("SELECT EXISTS (SELECT 1 FROM bank_payments WHERE roll_id = ?1 "
                         "AND result <> 'pending')");
    st.bind(1, rollId);
    st.step();
    return st.int64(0) != 0;
}

std::int64_t BankRepository::insertReconciliation(const ReconciliationRecord &r)
{
    Statement &st = m_st(
        "INSERT INTO bank_reconciliations (roll_id, export_id, template_id, file_name, sha256, "
        "rows, paid, failed, unmatched, changed, at, by) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    st.bind(1, r.rollId).bind(2, r.exportId).bind(3, r.templateId).bind(4, r.fileName);
    st.bind(5, r.sha256).bind(6, r.rows).bind(7, r.paid).bind(8, r.failed).bind(9, r.unmatched);
    st.bind(10, r.changed).bind(11, r.at).bind(12, r.by);
    st.exec();
    return m_db.lastInsertId();
}

int BankRepository::countReconciliations(std::int64_t rollId)
{
    Statement &st = m_st("SELECT count(*) FROM bank_reconciliations WHERE roll_id = ?1");
    st.bind(1, rollId);
    st.step();
    return st.int32(0);
}

void BankRepository::insertConfirmation(std::int64_t paymentId, const std::string &note,
                                        const std::string &at, const std::string &by)
{
    m_st("INSERT INTO bank_payment_confirmations (payment_id, note, confirmed_at, confirmed_by) "
         "VALUES (?1, ?2, ?3, ?4)")
        .bind(1, paymentId)
        .bind(2, note)
        .bind(3, at)
        .bind(4, by)
        .exec();
}

} // namespace relief::storage
