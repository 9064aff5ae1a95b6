#include "household_repository.h"

#include "registry_columns.h"
#include "storage/database.h"

namespace relief::storage {

namespace {
constexpr const char *kSelect =
    "SELECT id, household_no, community_id, address, area, phone, bank_name, bank_account, "
    "account_holder, financial_assets, homes, business_capital, last_review_date, is_demo, "
    "head_person_id, head_name, member_count, created_at, updated_at FROM households ";

HouseholdRecord read(const Statement &st)
{
    HouseholdRecord r;
    r.id = st.int64(0);
    r.householdNo = st.text(1);
    r.communityId = st.int64(2);
    r.address = st.text(3);
    r.area = columns::key<Area>(kAreaKeys, st, 4);
    r.phone = st.text(5);
    r.bankName = st.text(6);
    r.bankAccount = st.text(7);
    r.accountHolder = st.text(8);
    r.financialAssets = columns::money(st, 9);
    r.homes = st.int32(10);
    r.businessCapital = columns::money(st, 11);
    r.lastReviewDate = columns::optionalDate(st, 12);
    r.isDemo = st.int64(13) != 0;
    r.headPersonId = columns::optionalId(st, 14);
    r.headName = st.text(15);
    r.memberCount = st.int32(16);
    r.createdAt = st.text(17);
    r.updatedAt = st.text(18);
    return r;
}

void bindFields(Statement &st, const HouseholdRecord &r)
{
    st.bind(2, r.householdNo).bind(3, r.communityId).bind(4, r.address);
    st.bind(5, areaKey(r.area)).bind(6, r.phone).bind(7, r.bankName).bind(8, r.bankAccount);
    st.bind(9, r.accountHolder).bind(10, r.financialAssets.fen()).bind(11, r.homes);
    st.bind(12, r.businessCapital.fen()).bind(13, columns::dateText(r.lastReviewDate));
    st.bind(14, columns::flag(r.isDemo)).bind(15, r.updatedAt);
}

constexpr const char *kMembershipSelect =
    "SELECT id, household_id, person_id, relation, counted, not_counted_reason, joined_on, "
    "left_on, left_reason, left_note FROM memberships ";

MembershipRecord readMembership(const Statement &st)
{
    MembershipRecord m;
    m.id = st.int64(0);
    m.householdId = st.int64(1);
    m.personId = st.int64(2);
    m.relation = columns::key<Relation>(kRelationKeys, st, 3);
    m.counted = st.int64(4) != 0;
    m.notCountedReason = columns::optionalKey<NotCountedReason>(kNotCountedReasonKeys, st, 5);
    m.joinedOn = columns::optionalDate(st, 6);
    m.leftOn = columns::optionalDate(st, 7);
    m.leftReason = columns::optionalKey<LeaveReason>(kLeaveReasonKeys, st, 8);
    m.leftNote = st.text(9);
    return m;
}

std::optional<std::string_view> notCountedKey(const MembershipRecord &m)
{
    if (!m.notCountedReason)
        return std::nullopt;
    return notCountedReasonKey(*m.notCountedReason);
}
} // namespace

std::optional<HouseholdRecord> HouseholdRepository::findById(std::int64_t id)
{
    Statement &st = m_st(std::string(kSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (st.step())
        return read(st);
    return std::nullopt;
}

std::optional<HouseholdRecord> HouseholdRepository::findByNo(const std::string &householdNo)
{
    Statement &st = m_st(std::string(kSelect) + "WHERE household_no = ?1");
    st.bind(1, householdNo);
    if (st.step())
        return read(st);
    return std::nullopt;
}

std::int64_t HouseholdRepository::insert(const HouseholdRecord &r)
{
    Statement &st =
        m_st("INSERT INTO households(created_at, household_no, community_id, address, area, phone, "
             "bank_name, bank_account, account_holder, financial_assets, homes, business_capital, "
             "last_review_date, is_demo, updated_at) "
             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    st.bind(1, r.createdAt);
    bindFields(st, r);
    st.exec();
    return m_db.lastInsertId();
}

void HouseholdRepository::update(const HouseholdRecord &r)
{
    Statement &st =
        m_st("UPDATE households SET household_no = ?2, community_id = ?3, address = ?4, area = ?5, "
             "phone = ?6, bank_name = ?7, bank_account = ?8, account_holder = ?9, "
             "financial_assets = ?10, homes = ?11, business_capital = ?12, last_review_date = ?13, "
             "is_demo = ?14, updated_at = ?15 WHERE id = ?1");
    st.bind(1, r.id);
    bindFields(st, r);
    st.exec();
}

void HouseholdRepository::touch(std::int64_t id, const std::string &updatedAt)
{
    Statement &st = m_st("UPDATE households SET updated_at = ?2 WHERE id = ?1");
    st.bind(1, id).bind(2, updatedAt).exec();
}

std::int64_t HouseholdRepository::count(bool demo)
{
    Statement &st = m_st("SELECT count(*) FROM households WHERE is_demo = ?1");
    st.bind(1, columns::flag(demo));
    return st.step() ? st.int64(0) : 0;
}

std::vector<std::int64_t> HouseholdRepository::allIds()
{
    std::vector<std::int64_t> out;
    Statement &st = m_st("SELECT id FROM households ORDER BY household_no");
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

std::vector<VehicleRecord> HouseholdRepository::vehicles(std::int64_t householdId)
{
    std::vector<VehicleRecord> out;
    Statement &st = m_st("SELECT id, household_id, value, exempt, description FROM vehicles "
                         "WHERE household_id = ?1 ORDER BY id");
    st.bind(1, householdId);
    while (st.step())
        out.push_back(
            {st.int64(0), st.int64(1), columns::money(st, 2), st.int64(3) != 0, st.text(4)});
    return out;
}

void HouseholdRepository::replaceVehicles(std::int64_t householdId,
                                          const std::vector<VehicleRecord> &vehicles)
{
    m_st("DELETE FROM vehicles WHERE household_id = ?1").bind(1, householdId).exec();
    for (const auto &v : vehicles) {
        Statement &st = m_st("INSERT INTO vehicles(household_id, value, exempt, description) "
                             "VALUES (?1, ?2, ?3, ?4)");
        st.bind(1, householdId).bind(2, v.value.fen()).bind(3, columns::flag(v.exempt));
        st.bind(4, v.description).exec();
    }
}

std::vector<MembershipRecord> HouseholdRepository::memberships(std::int64_t householdId,
                                                               bool includeFormer)
{
    std::vector<MembershipRecord> out;
    Statement &st =
        m_st(std::string(kMembershipSelect) +
             "WHERE household_id = ?1 AND (?2 OR left_on IS NULL) "
             "ORDER BY left_on IS NOT NULL, CASE relation WHEN 'head' THEN 0 WHEN 'spouse' THEN 1 "
             "WHEN 'child' THEN 2 WHEN 'parent' THEN 3 WHEN 'grandchild' THEN 4 "
             "WHEN 'grandparent' THEN 5 WHEN 'sibling' THEN 6 ELSE 7 END, left_on, id");
    st.bind(1, householdId).bind(2, columns::flag(includeFormer));
    while (st.step())
        out.push_back(readMembership(st));
    return out;
}

std::optional<MembershipRecord> HouseholdRepository::membership(std::int64_t membershipId)
{
    Statement &st = m_st(std::string(kMembershipSelect) + "WHERE id = ?1");
    st.bind(1, membershipId);
    if (st.step())
        return readMembership(st);
    return std::nullopt;
}

std::optional<MembershipRecord> HouseholdRepository::activeMembershipOf(std::int64_t personId)
{
    Statement &st =
        m_st(std::string(kMembershipSelect) + "WHERE person_id = ?1 AND left_on IS NULL");
    st.bind(1, personId);
    if (st.step())
        return readMembership(st);
    return std::nullopt;
}

std::vector<MembershipRecord> HouseholdRepository::membershipsOf(std::int64_t personId)
{
    std::vector<MembershipRecord> out;
    Statement &st = m_st(std::string(kMembershipSelect) + "WHERE person_id = ?1 ORDER BY id");
    st.bind(1, personId);
    while (st.step())
        out.push_back(readMembership(st));
    return out;
}

std::int64_t HouseholdRepository::insertMembership(const MembershipRecord &m)
{
    Statement &st = m_st("INSERT INTO memberships(household_id, person_id, relation, counted, "
                         "not_counted_reason, joined_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, m.householdId).bind(2, m.personId).bind(3, relationKey(m.relation));
    st.bind(4, columns::flag(m.counted)).bind(5, notCountedKey(m));
    st.bind(6, columns::dateText(m.joinedOn)).exec();
    return m_db.lastInsertId();
}

void HouseholdRepository::updateMembership(const MembershipRecord &m)
{
    Statement &st = m_st("UPDATE memberships SET relation = ?2, counted = ?3, "
                         "not_counted_reason = ?4, joined_on = ?5 WHERE id = ?1");
    st.bind(1, m.id).bind(2, relationKey(m.relation)).bind(3, columns::flag(m.counted));
    st.bind(4, notCountedKey(m)).bind(5, columns::dateText(m.joinedOn)).exec();
}

void HouseholdRepository::endMembership(std::int64_t membershipId, const Date &leftOn,
                                        LeaveReason reason, const std::string &note)
{
    Statement &st = m_st("UPDATE memberships SET left_on = ?2, left_reason = ?3, left_note = ?4 "
                         "WHERE id = ?1 AND left_on IS NULL");
    st.bind(1, membershipId).bind(2, leftOn.toString()).bind(3, leaveReasonKey(reason));
    st.bind(4, note).exec();
}

} // namespace relief::storage
