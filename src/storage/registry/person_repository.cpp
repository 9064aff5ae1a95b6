#include "person_repository.h"

#include "registry_columns.h"
#include "storage/database.h"

#include <algorithm>

namespace relief::storage {

namespace {
constexpr const char *kSelect =
    "SELECT id, id_number, name, phone, birth_date, sex, disability_kind, disability_grade, "
    "disability_certificate, serious_illness, in_school, self_care_items, self_care_unmet, "
    "child_status, institution_id, deceased_on, is_demo, created_at, updated_at FROM persons ";

PersonRecord read(const Statement &st)
{
    PersonRecord p;
    p.id = st.int64(0);
    p.idNumber = st.optionalText(1);
    p.name = st.text(2);
    p.phone = st.text(3);
    p.birthDate = columns::date(st, 4);
    p.sex = columns::key<Sex>(kSexKeys, st, 5);
    p.disability = columns::disability(st, 6, 7);
    p.disabilityCertificate = st.text(8);
    p.seriousIllness = st.int64(9) != 0;
    p.inSchool = st.int64(10) != 0;
    if (!st.isNull(11))
        p.selfCareItems = st.int32(11);
    p.selfCareUnmet = st.int32(12);
    p.childStatus = columns::optionalKey<ChildStatus>(kChildStatusKeys, st, 13);
    p.institutionId = columns::optionalId(st, 14);
    p.deceasedOn = columns::optionalDate(st, 15);
    p.isDemo = st.int64(16) != 0;
    p.createdAt = st.text(17);
    p.updatedAt = st.text(18);
    return p;
}

void bindFields(Statement &st, const PersonRecord &p)
{
    st.bind(2, p.idNumber);
    if (p.idNumber)
        st.bind(3, PersonRepository::reversed(*p.idNumber));
    else
        st.bindNull(3);
    st.bind(4, p.name).bind(5, p.phone).bind(6, p.birthDate.toString()).bind(7, sexKey(p.sex));
    st.bind(8, columns::disabilityKind(p.disability));
    st.bind(9, columns::disabilityGrade(p.disability));
    st.bind(10, p.disabilityCertificate).bind(11, columns::flag(p.seriousIllness));
    st.bind(12, columns::flag(p.inSchool));
    if (p.selfCareItems)
        st.bind(13, *p.selfCareItems);
    else
        st.bindNull(13);
    st.bind(14, p.selfCareUnmet);
    if (p.childStatus)
        st.bind(15, childStatusKey(*p.childStatus));
    else
        st.bindNull(15);
    st.bind(16, p.institutionId).bind(17, columns::dateText(p.deceasedOn));
    st.bind(18, columns::flag(p.isDemo)).bind(19, p.updatedAt);
}
} // namespace

std::string PersonRepository::reversed(const std::string &idNumber)
{
    return std::string(idNumber.rbegin(), idNumber.rend());
}

std::optional<PersonRecord> PersonRepository::findById(std::int64_t id)
{
    Statement &st = m_st(std::string(kSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (st.step())
        return read(st);
    return std::nullopt;
}

std::optional<PersonRecord> PersonRepository::findByIdNumber(const std::string &idNumber)
{
    Statement &st = m_st(std::string(kSelect) + "WHERE id_number = ?1");
    st.bind(1, idNumber);
    if (st.step())
        return read(st);
    return std::nullopt;
}

std::vector<std::int64_t> PersonRepository::allIdsByName()
{
    std::vector<std::int64_t> out;
    Statement &st = m_st("SELECT id FROM persons ORDER BY name, id_number, id");
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

std::int64_t PersonRepository::insert(const PersonRecord &p)
{
    Statement &st = m_st(
        "INSERT INTO persons(created_at, id_number, id_reversed, name, phone, birth_date, sex, "
        "disability_kind, disability_grade, disability_certificate, serious_illness, in_school, "
        "self_care_items, self_care_unmet, child_status, institution_id, deceased_on, is_demo, "
        "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
        "?16, ?17, ?18, ?19)");
    st.bind(1, p.createdAt);
    bindFields(st, p);
    st.exec();
    return m_db.lastInsertId();
}

void PersonRepository::update(const PersonRecord &p)
{
    Statement &st = m_st(
        "UPDATE persons SET id_number = ?2, id_reversed = ?3, name = ?4, phone = ?5, "
        "birth_date = ?6, sex = ?7, disability_kind = ?8, disability_grade = ?9, "
        "disability_certificate = ?10, serious_illness = ?11, in_school = ?12, "
        "self_care_items = ?13, self_care_unmet = ?14, child_status = ?15, institution_id = ?16, "
        "deceased_on = ?17, is_demo = ?18, updated_at = ?19 WHERE id = ?1");
    st.bind(1, p.id);
    bindFields(st, p);
    st.exec();
}

std::vector<IncomeRecord> PersonRepository::incomes(std::int64_t personId)
{
    std::vector<IncomeRecord> out;
    Statement &st = m_st("SELECT id, person_id, kind, monthly, entered_as, entered_amount, note "
                         "FROM incomes WHERE person_id = ?1 ORDER BY id");
    st.bind(1, personId);
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), columns::key<IncomeKind>(kIncomeKindKeys, st, 2),
                       columns::money(st, 3), columns::key<IncomeEntry>(kIncomeEntryKeys, st, 4),
                       columns::money(st, 5), st.text(6)});
    return out;
}

void PersonRepository::replaceIncomes(std::int64_t personId,
                                      const std::vector<IncomeRecord> &incomes)
{
    m_st("DELETE FROM incomes WHERE person_id = ?1").bind(1, personId).exec();
    for (const auto &i : incomes) {
        Statement &st = m_st("INSERT INTO incomes(person_id, kind, monthly, entered_as, "
                             "entered_amount, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        st.bind(1, personId).bind(2, incomeKindKey(i.kind)).bind(3, i.monthly.fen());
        st.bind(4, incomeEntryKey(i.enteredAs)).bind(5, i.enteredAmount.fen()).bind(6, i.note);
        st.exec();
    }
}

std::vector<ObligorRecord> PersonRepository::obligors(std::int64_t personId)
{
    std::vector<ObligorRecord> out;
    Statement &st = m_st("SELECT id, person_id, name, relation, id_number, birth_date, is_tekun, "
                         "is_dibao, disability_kind, disability_grade, income_monthly, status, "
                         "assets_ok, phone, address FROM obligors WHERE person_id = ?1 "
                         "ORDER BY id");
    st.bind(1, personId);
    while (st.step()) {
        ObligorRecord o;
        o.id = st.int64(0);
        o.personId = st.int64(1);
        o.name = st.text(2);
        o.relation = st.text(3);
        o.idNumber = st.optionalText(4);
        o.birthDate = columns::date(st, 5);
        o.isTekun = st.int64(6) != 0;
        o.isDibao = st.int64(7) != 0;
        o.disability = columns::disability(st, 8, 9);
        o.incomeMonthly = columns::money(st, 10);
        o.status = columns::key<ObligorStatus>(kObligorStatusKeys, st, 11);
        o.assetsOk = st.int64(12) != 0;
        o.phone = st.text(13);
        o.address = st.text(14);
        out.push_back(std::move(o));
    }
    return out;
}

void PersonRepository::replaceObligors(std::int64_t personId,
                                       const std::vector<ObligorRecord> &obligors)
{
    m_st("DELETE FROM obligors WHERE person_id = ?1").bind(1, personId).exec();
    for (const auto &o : obligors) {
        Statement &st = m_st(
            "INSERT INTO obligors(person_id, name, relation, id_number, birth_date, is_tekun, "
            "is_dibao, disability_kind, disability_grade, income_monthly, status, assets_ok, "
            "phone, address) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
        st.bind(1, personId).bind(2, o.name).bind(3, o.relation).bind(4, o.idNumber);
        st.bind(5, o.birthDate.toString()).bind(6, columns::flag(o.isTekun));
        st.bind(7, columns::flag(o.isDibao)).bind(8, columns::disabilityKind(o.disability));
        st.bind(9, columns::disabilityGrade(o.disability)).bind(10, o.incomeMonthly.fen());
        st.bind(11, obligorStatusKey(o.status)).bind(12, columns::flag(o.assetsOk));
        st.bind(13, o.phone).bind(14, o.address).exec();
    }
}

} // namespace relief::storage
