#include "application_repository.h"

#include "storage/database.h"
#include "storage/registry/registry_columns.h"

#include <cstdio>
#include <string_view>

namespace relief::storage {

namespace {

// Columns in the order read() reads them and update() writes them (from 2 on).
constexpr const char *kColumns =
    "id, application_no, household_id, person_id, programme, channel, received_on, "
    "requested_at, reason, state, staff_related, staff_relation, extended, extension_reason, "
    "temp_months, temp_expense, temp_reimbursed, temp_other_aid, temp_special, accepted_on, "
    "investigation_started_on, reviewed_on, notice_started_on, pending_approval_on, "
    "decided_on, refusal_notice_issued_on, review_recommends, review_amount, review_opinion, "
    "review_disagreement, review_assessment, first_month, approved_amount, decision_reasons, "
    "prepaid_amount, withdraw_reason, entered_by_id, decided_by_id, is_demo, created_at, "
    "updated_at";

std::optional<std::string> monthText(const std::optional<YearMonth> &m)
{
    return m ? std::optional<std::string>(m->toString()) : std::nullopt;
}

std::optional<std::int64_t> fen(const std::optional<Money> &m)
{
    return m ? std::optional<std::int64_t>(m->fen()) : std::nullopt;
}

std::optional<std::string> recommendationText(const std::optional<ReviewRecommendation> &r)
{
    if (!r)
        return std::nullopt;
    return std::string(kReviewRecommendationKeys[static_cast<std::size_t>(*r)]);
}

ApplicationRecord read(const Statement &st)
{
    ApplicationRecord a;
    a.id = st.int64(0);
    a.applicationNo = st.text(1);
    a.householdId = st.int64(2);
    a.personId = columns::optionalId(st, 3);
    a.programme = columns::key<ApplicationProgramme>(kApplicationProgrammeKeys, st, 4);
    a.channel = columns::key<ApplicationChannel>(kApplicationChannelKeys, st, 5);
    a.receivedOn = columns::date(st, 6);
    a.requestedAt = st.optionalText(7);
    a.reason = st.text(8);
    a.state = columns::key<ApplicationState>(kApplicationStateKeys, st, 9);
    a.staffRelated = st.int64(10) != 0;
    a.staffRelation = st.text(11);
    a.extended = st.int64(12) != 0;
    a.extensionReason = st.text(13);
    a.tempMonths = st.int32(14);
    a.tempExpense = columns::money(st, 15);
    a.tempReimbursed = columns::money(st, 16);
    a.tempOtherAid = columns::money(st, 17);
    a.tempSpecial = st.int64(18) != 0;
    a.acceptedOn = columns::optionalDate(st, 19);
    a.investigationStartedOn = columns::optionalDate(st, 20);
    a.reviewedOn = columns::optionalDate(st, 21);
    a.noticeStartedOn = columns::optionalDate(st, 22);
    a.pendingApprovalOn = columns::optionalDate(st, 23);
    a.decidedOn = columns::optionalDate(st, 24);
    a.refusalNoticeIssuedOn = columns::optionalDate(st, 25);
    a.reviewRecommends =
        columns::optionalKey<ReviewRecommendation>(kReviewRecommendationKeys, st, 26);
    if (!st.isNull(27))
        a.reviewAmount = columns::money(st, 27);
    a.reviewOpinion = st.text(28);
    a.reviewDisagreement = st.text(29);
    a.reviewAssessment = st.text(30);
    if (!st.isNull(31))
        a.firstMonth = columns::month(st, 31);
    if (!st.isNull(32))
        a.approvedAmount = columns::money(st, 32);
    a.decisionReasons = st.text(33);
    a.prepaidAmount = columns::money(st, 34);
    a.withdrawReason = st.text(35);
    a.enteredById = st.int64(36);
    a.decidedById = columns::optionalId(st, 37);
    a.isDemo = st.int64(38) != 0;
    a.createdAt = st.text(39);
    a.updatedAt = st.text(40);
    return a;
}

// Binds columns 3.. (person_id onwards) at parameters 3.. in kColumns order.
void bindMutable(Statement &st, const ApplicationRecord &a)
{
    st.bind(4, a.personId);
    st.bind(6, applicationChannelKey(a.channel));
    st.bind(7, a.receivedOn.toString());
    st.bind(8, a.requestedAt);
    st.bind(9, a.reason);
    st.bind(10, applicationStateKey(a.state));
    st.bind(11, a.staffRelated ? 1 : 0);
    st.bind(12, a.staffRelation);
    st.bind(13, a.extended ? 1 : 0);
    st.bind(14, a.extensionReason);
    st.bind(15, a.tempMonths);
    st.bind(16, a.tempExpense.fen());
    st.bind(17, a.tempReimbursed.fen());
    st.bind(18, a.tempOtherAid.fen());
    st.bind(19, a.tempSpecial ? 1 : 0);
    st.bind(20, columns::dateText(a.acceptedOn));
    st.bind(21, columns::dateText(a.investigationStartedOn));
    st.bind(22, columns::dateText(a.reviewedOn));
    st.bind(23, columns::dateText(a.noticeStartedOn));
    st.bind(24, columns::dateText(a.pendingApprovalOn));
    st.bind(25, columns::dateText(a.decidedOn));
    st.bind(26, columns::dateText(a.refusalNoticeIssuedOn));
    st.bind(27, recommendationText(a.reviewRecommends));
    st.bind(28, fen(a.reviewAmount));
    st.bind(29, a.reviewOpinion);
    st.bind(30, a.reviewDisagreement);
    st.bind(31, a.reviewAssessment);
    st.bind(32, monthText(a.firstMonth));
    st.bind(33, fen(a.approvedAmount));
    st.bind(34, a.decisionReasons);
    st.bind(35, a.prepaidAmount.fen());
    st.bind(36, a.withdrawReason);
    st.bind(38, a.decidedById);
    st.bind(39, a.isDemo ? 1 : 0);
    st.bind(41, a.updatedAt);
}

const std::string kSelect = std::string("SELECT ") + kColumns + " FROM applications ";

// kColumns, each qualified by the alias `a.`, for the lists (which join the
// names and share their WHERE with the count).
std::string aliasedColumns()
{
    std::string out;
    std::string_view rest = kColumns;
    for (;;) {
        const auto comma = rest.find(", ");
        out += "a.";
        out += rest.substr(0, comma);
        if (comma == std::string_view::npos)
            return out;
        out += ", ";
        rest.remove_prefix(comma + 2);
    }
}

const std::string kListSelect = "SELECT " + aliasedColumns() + " FROM applications a ";
// kColumns' 41 columns, then the names (41–44).
const std::string kListRowsSelect = "SELECT " + aliasedColumns() +
    ", h.household_no, h.head_name, p.name, c.name FROM applications a "
    "LEFT JOIN households h ON h.id = a.household_id "
    "LEFT JOIN persons p ON p.id = a.person_id "
    "LEFT JOIN communities c ON c.id = h.community_id ";

// The WHERE of a list over `applications a`. The state keys are the program's
// own fixed words, never input, so they may stand in the text; the statement
// cache keeps one statement per filter shape.
std::string listWhere(const ApplicationListFilter &filter)
{
    std::string where;
    auto add = [&](const std::string &term) {
        where += (where.empty() ? "WHERE " : " AND ") + term;
    };
    if (!filter.states.empty()) {
        std::string in = "a.state IN (";
        for (std::size_t i = 0; i < filter.states.size(); ++i)
            in += (i ? ", '" : "'") + std::string(applicationStateKey(filter.states[i])) + "'";
        add(in + ")");
    }
    if (filter.staffRelatedOnly)
        add("a.staff_related = 1");
    if (filter.beforeId)
        add("a.id < ?3");
    return where.empty() ? where : where + " ";
}

} // namespace

std::string ApplicationRepository::nextNumber(int year)
{
    char prefix[16];
    std::snprintf(prefix, sizeof prefix, "SQ%04d-", year);
    Statement &st = m_st("SELECT COALESCE(MAX(CAST(substr(application_no, 8) AS INTEGER)), 0) "
                         "FROM applications WHERE application_no LIKE ?1 || '%'");
    st.bind(1, prefix);
    st.step();
    char seq[24];
    std::snprintf(seq, sizeof seq, "%05lld", static_cast<long long>(st.int64(0) + 1));
    return std::string(prefix) + seq;
}

std::int64_t ApplicationRepository::insert(const ApplicationRecord &a)
{
    Statement &st = m_st(std::string("INSERT INTO applications (") + kColumns +
                         ") VALUES (NULL, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                         "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, "
                         "?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39, "
                         "?40, ?41)");
    st.bind(2, a.applicationNo);
    st.bind(3, a.householdId);
    st.bind(5, applicationProgrammeKey(a.programme));
    st.bind(37, a.enteredById);
    st.bind(40, a.createdAt);
    bindMutable(st, a);
    st.exec();
    return m_st.database().lastInsertId();
}

void ApplicationRepository::update(const ApplicationRecord &a)
{
    Statement &st =
        m_st("UPDATE applications SET person_id = ?4, channel = ?6, received_on = ?7, "
             "requested_at = ?8, reason = ?9, state = ?10, staff_related = ?11, "
             "staff_relation = ?12, extended = ?13, extension_reason = ?14, temp_months = ?15, "
             "temp_expense = ?16, temp_reimbursed = ?17, temp_other_aid = ?18, temp_special = ?19, "
             "accepted_on = ?20, investigation_started_on = ?21, reviewed_on = ?22, "
             "notice_started_on = ?23, pending_approval_on = ?24, decided_on = ?25, "
             "refusal_notice_issued_on = ?26, review_recommends = ?27, review_amount = ?28, "
             "review_opinion = ?29, review_disagreement = ?30, review_assessment = ?31, "
             "first_month = ?32, approved_amount = ?33, decision_reasons = ?34, "
             "prepaid_amount = ?35, withdraw_reason = ?36, decided_by_id = ?38, is_demo = ?39, "
             "updated_at = ?41 WHERE id = ?1");
    st.bind(1, a.id);
    bindMutable(st, a);
    st.exec();
}

std::vector<ApplicationRecord>
ApplicationRepository::select(const std::string &where,
                              const std::function<void(Statement &)> &bind)
{
    std::vector<ApplicationRecord> out;
    Statement &st = m_st(kSelect + where);
    bind(st);
    while (st.step())
        out.push_back(read(st));
    return out;
}

std::optional<ApplicationRecord> ApplicationRepository::findById(std::int64_t id)
{
    auto rows = select("WHERE id = ?1", [&](Statement &st) { st.bind(1, id); });
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::optional<ApplicationRecord>
ApplicationRepository::findByNumber(const std::string &applicationNo)
{
    auto rows =
        select("WHERE application_no = ?1", [&](Statement &st) { st.bind(1, applicationNo); });
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::vector<ApplicationRecord> ApplicationRepository::ofHousehold(std::int64_t householdId)
{
    return select("WHERE household_id = ?1 ORDER BY id DESC",
                  [&](Statement &st) { st.bind(1, householdId); });
}

std::vector<ApplicationRecord> ApplicationRepository::open()
{
    return select("WHERE state NOT IN ('approved', 'refused', 'withdrawn') "
                  "OR (state = 'refused' AND refusal_notice_issued_on IS NULL) ORDER BY id",
                  [](Statement &) {});
}

std::vector<ApplicationRecord> ApplicationRepository::list(const ApplicationListFilter &filter,
                                                           int limit, int offset)
{
    std::vector<ApplicationRecord> out;
    Statement &st = m_st(kListSelect + listWhere(filter) + "ORDER BY a.id DESC LIMIT ?1 OFFSET ?2");
    st.bind(1, limit);
    st.bind(2, offset);
    if (filter.beforeId)
        st.bind(3, *filter.beforeId);
    while (st.step())
        out.push_back(read(st));
    return out;
}

std::vector<ApplicationListRecord>
ApplicationRepository::listRows(const ApplicationListFilter &filter, int limit, int offset)
{
    std::vector<ApplicationListRecord> out;
    Statement &st =
        m_st(kListRowsSelect + listWhere(filter) + "ORDER BY a.id DESC LIMIT ?1 OFFSET ?2");
    st.bind(1, limit);
    st.bind(2, offset);
    if (filter.beforeId)
        st.bind(3, *filter.beforeId);
    while (st.step()) {
        ApplicationListRecord row;
        row.record = read(st);
        row.householdNo = st.text(41);
        row.headName = st.text(42);
        row.personName = st.text(43);
        row.communityName = st.text(44);
        out.push_back(std::move(row));
    }
    return out;
}

std::int64_t ApplicationRepository::count(const ApplicationListFilter &filter)
{
    ApplicationListFilter all = filter;
    all.beforeId.reset();
    Statement &st = m_st("SELECT COUNT(*) FROM applications a " + listWhere(all));
    st.step();
    return st.int64(0);
}

std::vector<std::pair<Material, bool>> ApplicationRepository::materials(std::int64_t applicationId)
{
    std::vector<std::pair<Material, bool>> out;
    Statement &st = m_st("SELECT material, provided FROM application_materials "
                         "WHERE application_id = ?1");
    st.bind(1, applicationId);
    while (st.step())
        out.emplace_back(columns::key<Material>(kMaterialKeys, st, 0), st.int64(1) != 0);
    return out;
}

void ApplicationRepository::setMaterials(std::int64_t applicationId,
                                         const std::vector<std::pair<Material, bool>> &materials)
{
    Statement &st = m_st("INSERT INTO application_materials (application_id, material, provided) "
                         "VALUES (?1, ?2, ?3) ON CONFLICT (application_id, material) "
                         "DO UPDATE SET provided = excluded.provided");
    for (const auto &[material, provided] : materials) {
        st.reset();
        st.bind(1, applicationId);
        st.bind(2, materialKey(material));
        st.bind(3, provided ? 1 : 0);
        st.exec();
    }
}

std::int64_t ApplicationRepository::insertEvent(const ApplicationEventRecord &e)
{
    Statement &st = m_st("INSERT INTO application_events (application_id, step, from_state, "
                         "to_state, on_date, at, user_id, username, note, details) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st.bind(1, e.applicationId);
    st.bind(2, applicationStepKey(e.step));
    st.bind(3, applicationStateKey(e.from));
    st.bind(4, applicationStateKey(e.to));
    st.bind(5, e.onDate.toString());
    st.bind(6, e.at);
    st.bind(7, e.userId);
    st.bind(8, e.username);
    st.bind(9, e.note);
    st.bind(10, e.details);
    st.exec();
    return m_st.database().lastInsertId();
}

std::vector<ApplicationEventRecord> ApplicationRepository::events(std::int64_t applicationId)
{
    std::vector<ApplicationEventRecord> out;
    Statement &st = m_st("SELECT id, application_id, step, from_state, to_state, on_date, at, "
                         "user_id, username, note, details FROM application_events "
                         "WHERE application_id = ?1 ORDER BY id");
    st.bind(1, applicationId);
    while (st.step()) {
        ApplicationEventRecord e;
        e.id = st.int64(0);
        e.applicationId = st.int64(1);
        e.step = columns::key<ApplicationStep>(kApplicationStepKeys, st, 2);
        e.from = columns::key<ApplicationState>(kApplicationStateKeys, st, 3);
        e.to = columns::key<ApplicationState>(kApplicationStateKeys, st, 4);
        e.onDate = columns::date(st, 5);
        e.at = st.text(6);
        e.userId = columns::optionalId(st, 7);
        e.username = st.text(8);
        e.note = st.text(9);
        e.details = st.text(10);
        out.push_back(std::move(e));
    }
    return out;
}

std::int64_t ApplicationRepository::insertVisit(const VisitRecord &v)
{
    Statement &st = m_st("INSERT INTO home_visits (application_id, stage, kind, visited_on, "
                         "beneficiary_seen, family_signed, staff_signed, living_conditions, "
                         "health, employability, notes, recorded_by_id, created_at) VALUES "
                         "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    st.bind(1, v.applicationId);
    st.bind(2, kVisitStageKeys[static_cast<std::size_t>(v.stage)]);
    st.bind(3, kVisitKindKeys[static_cast<std::size_t>(v.kind)]);
    st.bind(4, v.visitedOn.toString());
    st.bind(5, v.beneficiarySeen ? 1 : 0);
    st.bind(6, v.familySigned ? 1 : 0);
    st.bind(7, v.staffSigned ? 1 : 0);
    st.bind(8, v.livingConditions);
    st.bind(9, v.health);
    st.bind(10, v.employability);
    st.bind(11, v.notes);
    st.bind(12, v.recordedById);
    st.bind(13, v.createdAt);
    st.exec();
    const std::int64_t id = m_st.database().lastInsertId();
    Statement &staff = m_st("INSERT INTO home_visit_staff (visit_id, user_id) VALUES (?1, ?2)");
    for (std::int64_t user : v.staffIds) {
        staff.reset();
        staff.bind(1, id);
        staff.bind(2, user);
        staff.exec();
    }
    return id;
}

std::vector<VisitRecord> ApplicationRepository::visits(std::int64_t applicationId)
{
    std::vector<VisitRecord> out;
    {
        Statement &st = m_st("SELECT id, application_id, stage, kind, visited_on, "
                             "beneficiary_seen, family_signed, staff_signed, living_conditions, "
                             "health, employability, notes, recorded_by_id, created_at "
                             "FROM home_visits WHERE application_id = ?1 ORDER BY visited_on, id");
        st.bind(1, applicationId);
        while (st.step()) {
            VisitRecord v;
            v.id = st.int64(0);
            v.applicationId = st.int64(1);
            v.stage = columns::key<VisitStage>(kVisitStageKeys, st, 2);
            v.kind = columns::key<VisitKind>(kVisitKindKeys, st, 3);
            v.visitedOn = columns::date(st, 4);
            v.beneficiarySeen = st.int64(5) != 0;
            v.familySigned = st.int64(6) != 0;
            v.staffSigned = st.int64(7) != 0;
            v.livingConditions = st.text(8);
            v.health = st.text(9);
            v.employability = st.text(10);
            v.notes = st.text(11);
            v.recordedById = st.int64(12);
            v.createdAt = st.text(13);
            out.push_back(std::move(v));
        }
    }
    Statement &staff = m_st("SELECT user_id FROM home_visit_staff WHERE visit_id = ?1 "
                            "ORDER BY user_id");
    for (VisitRecord &v : out) {
        staff.reset();
        staff.bind(1, v.id);
        while (staff.step())
            v.staffIds.push_back(staff.int64(0));
    }
    return out;
}

std::int64_t ApplicationRepository::insertCheck(const CrossCheckRecord &c)
{
    Statement &st = m_st("INSERT INTO cross_checks (application_id, department, result, note, "
                         "checked_on, recorded_by_id, created_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bind(1, c.applicationId);
    st.bind(2, kDepartmentKeys[static_cast<std::size_t>(c.department)]);
    st.bind(3, kCheckResultKeys[static_cast<std::size_t>(c.result)]);
    st.bind(4, c.note);
    st.bind(5, c.checkedOn.toString());
    st.bind(6, c.recordedById);
    st.bind(7, c.createdAt);
    st.exec();
    return m_st.database().lastInsertId();
}

std::vector<CrossCheckRecord> ApplicationRepository::checks(std::int64_t applicationId)
{
    std::vector<CrossCheckRecord> out;
    Statement &st = m_st("SELECT id, application_id, department, result, note, checked_on, "
                         "recorded_by_id, created_at FROM cross_checks "
                         "WHERE application_id = ?1 ORDER BY id");
    st.bind(1, applicationId);
    while (st.step()) {
        CrossCheckRecord c;
        c.id = st.int64(0);
        c.applicationId = st.int64(1);
        c.department = columns::key<Department>(kDepartmentKeys, st, 2);
        c.result = columns::key<CheckResult>(kCheckResultKeys, st, 3);
        c.note = st.text(4);
        c.checkedOn = columns::date(st, 5);
        c.recordedById = st.int64(6);
        c.createdAt = st.text(7);
        out.push_back(std::move(c));
    }
    return out;
}

void ApplicationRepository::linkCase(std::int64_t applicationId, std::int64_t caseId)
{
    Statement &st = m_st("INSERT INTO application_cases (application_id, case_id) VALUES (?1, ?2)");
    st.bind(1, applicationId);
    st.bind(2, caseId);
    st.exec();
}

std::vector<std::int64_t> ApplicationRepository::caseIds(std::int64_t applicationId)
{
    std::vector<std::int64_t> out;
    Statement &st = m_st("SELECT case_id FROM application_cases WHERE application_id = ?1 "
                         "ORDER BY case_id");
    st.bind(1, applicationId);
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

} // namespace relief::storage
