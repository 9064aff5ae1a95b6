#include "storage/bank/bank_repository.h"

#include "storage/statement.h"

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

} // namespace relief::storage
