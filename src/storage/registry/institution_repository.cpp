#include "institution_repository.h"

#include "registry_columns.h"
#include "storage/database.h"

namespace relief::storage {

namespace {
constexpr const char *kSelect = "SELECT id, name, kind, address, phone, bank_name, bank_account, "
                                "account_holder, active, created_at FROM institutions ";

InstitutionRecord read(const Statement &st)
{
    InstitutionRecord r;
    r.id = st.int64(0);
    r.name = st.text(1);
    r.kind = columns::key<InstitutionKind>(kInstitutionKindKeys, st, 2);
    r.address = st.text(3);
    r.phone = st.text(4);
    r.bankName = st.text(5);
    r.bankAccount = st.text(6);
    r.accountHolder = st.text(7);
    r.active = st.int64(8) != 0;
    r.createdAt = st.text(9);
    return r;
}

void bindFields(Statement &st, const InstitutionRecord &r)
{
    st.bind(2, r.name).bind(3, institutionKindKey(r.kind)).bind(4, r.address).bind(5, r.phone);
    st.bind(6, r.bankName).bind(7, r.bankAccount).bind(8, r.accountHolder);
    st.bind(9, columns::flag(r.active));
}
} // namespace

std::vector<InstitutionRecord> InstitutionRepository::list()
{
    std::vector<InstitutionRecord> out;
    Statement &st = m_st(std::string(kSelect) + "ORDER BY name");
    while (st.step())
        out.push_back(read(st));
    return out;
}

std::optional<InstitutionRecord> InstitutionRepository::findById(std::int64_t id)
{
    Statement &st = m_st(std::string(kSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (st.step())
        return read(st);
    return std::nullopt;
}

std::optional<InstitutionRecord> InstitutionRepository::findByName(const std::string &name)
{
    Statement &st = m_st(std::string(kSelect) + "WHERE name = ?1");
    st.bind(1, name);
    if (st.step())
        return read(st);
    return std::nullopt;
}

std::int64_t InstitutionRepository::insert(const InstitutionRecord &r)
{
    Statement &st = m_st("INSERT INTO institutions(created_at, name, kind, address, phone, "
                         "bank_name, bank_account, account_holder, active) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    st.bind(1, r.createdAt);
    bindFields(st, r);
    st.exec();
    return m_db.lastInsertId();
}

void InstitutionRepository::update(const InstitutionRecord &r)
{
    Statement &st = m_st("UPDATE institutions SET name = ?2, kind = ?3, address = ?4, phone = ?5, "
                         "bank_name = ?6, bank_account = ?7, account_holder = ?8, active = ?9 "
                         "WHERE id = ?1");
    st.bind(1, r.id);
    bindFields(st, r);
    st.exec();
}

} // namespace relief::storage
