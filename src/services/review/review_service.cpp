#include "services/review/review_service.h"

#include "services/review/visit_csv.h"

#include "domain/age.h"
#include "domain/mask.h"
#include "domain/review/review_rules.h"
#include "domain/review/visit_rules.h"
#include "domain/rules/household_keys.h"
#include "domain/rules/member_facts.h"
#include "domain/rules/policy_parameters.h"
#include "storage/policy/policy_repository.h"
#include "storage/review/review_repository.h"

#include <QLocale>

#include <algorithm>
#include <map>
#include <set>

namespace relief::services {

namespace {

Lang currentLang()
{
    return QLocale().language() == QLocale::English ? Lang::En : Lang::Zh;
}

std::string isoDate(const Date &d)
{
    return d.toString();
}

// RV-1 cadence of a case: dibao/single_person by the labour capacity of D (the persons
// of its latest decision), 特困 by review_months.tekun.
int cadenceOf(const storage::ReviewCaseRow &c, const std::vector<storage::ReviewPersonRow> &d,
              const PolicyParameters &policy, const Date &asOf)
{
    if (c.programme == "tekun")
        return policy.reviewMonths.tekun;
    bool capacity = false;
    for (const auto &p : d) {
        const auto birth = Date::parse(p.birthDate);
        if (!birth)
            continue;
        Member m;
        m.inSchool = p.inSchool;
        m.seriousIllness = p.seriousIllness;
        if (p.disabilityKind && p.disabilityGrade)
            for (std::size_t i = 0; i < kDisabilityKindKeys.size(); ++i)
                if (kDisabilityKindKeys[i] == *p.disabilityKind)
                    m.disability = Disability {static_cast<DisabilityKind>(i), *p.disabilityGrade};
        if (hasLabourCapacity(m, ageInYears(*birth, asOf)))
            capacity = true;
    }
    return *reviewIntervalMonths(c.programme == "single_person" ? Classification::SinglePerson
                                                                : Classification::Dibao,
                                 capacity, false, policy);
}

} // namespace

Result<VisitImportReport> ReviewService::importVisits(const Session &session,
                                                      const std::string &bytes,
                                                      const std::string &fileName, bool preview)
{
    const Lang lang = currentLang();
    VisitImportReport report;
    const VisitFile file = readVisitCsv(bytes, m_clock.today(), lang);
    report.encoding = file.encoding;
    report.warnings = file.warnings;
    report.errors = file.errors;
    report.rows = static_cast<int>(file.rows.size());
    if (!report.errors.empty()) {
        // Still the role first: a user who may not import learns that, not the rows.
        if (auto actor = authorize(session, Action::RecordVisits); !actor.ok())
            return actor.error();
        return report;
    }
    auto result =
        write(session, Action::RecordVisits, [&](AuditLog &audit) -> Result<VisitImportReport> {
            storage::ReviewRepository repo(m_db);
            const std::string now = m_clock.isoUtc();
            std::map<std::string, std::optional<std::int64_t>> households;
            std::vector<storage::ReviewVisitRecord> records;
            for (const VisitRow &r : file.rows) {
                auto it = households.find(r.householdNo);
                if (it == households.end())
                    it = households.emplace(r.householdNo, repo.householdId(r.householdNo)).first;
                if (!it->second) {
                    report.errors.push_back(
                        {r.line, lang == Lang::En ? "household_no" : "户编号", r.householdNo,
                         std::string(relief::tr(lang, "没有这个户编号的家庭",
                                                "no household has this number"))});
                    continue;
                }
                storage::ReviewVisitRecord v;
                v.householdId = *it->second;
                if (r.idNumber) {
                    v.personId = repo.memberPerson(v.householdId, *r.idNumber);
                    if (!v.personId) {
                        report.errors.push_back(
                            {r.line, lang == Lang::En ? "id_number" : "身份证号",
                             maskIdNumber(*r.idNumber),
                             std::string(relief::tr(lang, "该户没有这个身份证号的成员",
                                                    "no member of this household has this ID "
                                                    "number"))});
                        continue;
                    }
                }
                v.visitDate = isoDate(r.visitDate);
                v.staffJson = nlohmann::json(r.staff).dump();
                v.staffCount = static_cast<int>(r.staff.size());
                v.method = std::string(kVisitMethodKeys[static_cast<std::size_t>(r.method)]);
                v.seenInPerson = r.seenInPerson;
                v.staffSigned = r.staffSigned;
                v.familySigned = r.familySigned;
                v.purpose = std::string(kVisitPurposeKeys[static_cast<std::size_t>(r.purpose)]);
                v.note = r.note;
                v.qualifies = r.qualifies();
                v.source = "import";
                v.fileName = fileName;
                v.recordedBy = session.username;
                v.createdAt = now;
                records.push_back(std::move(v));
            }
            if (!report.errors.empty())
                return report; // nothing written (the transaction is not committed)
            std::set<std::string> seen; // a row repeated in the file is one visit
            for (const auto &v : records) {
                const std::string key = std::to_string(v.householdId) + "|" +
                    (v.personId ? std::to_string(*v.personId) : "") + "|" + v.visitDate + "|" +
                    v.staffJson + "|" + v.method + "|" + std::to_string(v.seenInPerson) +
                    std::to_string(v.staffSigned) + std::to_string(v.familySigned) + "|" +
                    v.purpose + "|" + v.note;
                if (!seen.insert(key).second || repo.visitExists(v)) {
                    ++report.unchanged;
                    continue;
                }
                repo.insertVisit(v);
                ++report.imported;
                if (v.qualifies)
                    ++report.qualifying;
            }
            if (report.imported > 0)
                audit.append(session,
                             {AuditAction::ReviewImportVisits,
                              "review_visits",
                              fileName,
                              {{"file", fileName},
                               {"rows", report.rows},
                               {"imported", report.imported},
                               {"qualifying", report.qualifying},
                               {"unchanged", report.unchanged}}});
            report.committed = !preview && report.imported > 0;
            if (preview)
                return Error {ErrorCode::Cancelled, "preview", {}};
            return report;
        });
    if (!result.ok() && preview && result.error().code == ErrorCode::Cancelled &&
        result.error().message == "preview")
        return report; // rolled back: a preview keeps nothing
    return result;
}

Result<CoverageReport> ReviewService::coverage(int year)
{
    const Date today = m_clock.today();
    if (year < 2000 || year > today.year())
        return Error::invalid("year", toStd(tr("%1 is not a year up to this one.").arg(year)));
    CoverageReport out;
    out.year = year;
    out.asOf = year == today.year() ? today : *Date::fromYmd(year, 12, 31);
    try {
        storage::ReadTransaction snapshot(m_db);
        storage::ReviewRepository repo(m_db);
        const auto rows = repo.population(isoDate(out.asOf), std::to_string(year) + "-01-01");
        std::set<std::int64_t> dibaoAll, dibaoCovered, tekunAll, tekunCovered;
        std::set<std::int64_t> singleAll, singleCovered;
        // Communities in the order of their first household number (numbers begin with
        // the community's code).
        std::map<std::int64_t, CommunityCoverage> communities;
        std::vector<std::int64_t> order;
        for (const auto &r : rows) {
            std::set<std::int64_t> *all = nullptr, *cov = nullptr;
            std::int64_t unit = 0;
            if (r.programme == "dibao") {
                all = &dibaoAll;
                cov = &dibaoCovered;
                unit = r.householdId;
            } else if (r.programme == "single_person") {
                all = &singleAll;
                cov = &singleCovered;
                unit = r.caseId;
            } else {
                all = &tekunAll;
                cov = &tekunCovered;
                unit = r.personId.value_or(-r.caseId);
            }
            const bool first = all->insert(unit).second;
            if (r.covered)
                cov->insert(unit);
            auto [it, added] = communities.try_emplace(r.communityId);
            if (added) {
                it->second.community = r.community;
                order.push_back(r.communityId);
            }
            if (first) {
                ++it->second.due;
                if (r.covered)
                    ++it->second.covered;
                if (!r.covered)
                    out.notCovered.push_back(r.programme == "dibao" || r.idNumber.empty()
                                                 ? r.householdNo
                                                 : maskIdNumber(r.idNumber));
            }
        }
        out.population = {static_cast<long long>(dibaoAll.size()),
                          static_cast<long long>(singleAll.size()),
                          static_cast<long long>(tekunAll.size())};
        out.covered = {static_cast<long long>(dibaoCovered.size()),
                       static_cast<long long>(singleCovered.size()),
                       static_cast<long long>(tekunCovered.size())};
        const long long population = out.population.dibaoHouseholds + out.population.singlePerson +
            out.population.tekunPersons;
        const long long covered =
            out.covered.dibaoHouseholds + out.covered.singlePerson + out.covered.tekunPersons;
        out.coveragePct = coveragePercent(covered, population);
        for (std::int64_t id : order)
            out.byCommunity.push_back(communities[id]);
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
    return out;
}

Result<std::vector<DueItem>> ReviewService::due(const Date &asOf,
                                                const std::optional<std::string> &community)
{
    std::vector<DueItem> out;
    try {
        storage::ReadTransaction snapshot(m_db);
        storage::ReviewRepository repo(m_db);
        std::optional<std::int64_t> communityId;
        if (community) {
            communityId = repo.communityByName(*community);
            if (!communityId)
                return Error::invalid("community",
                                      toStd(tr("There is no community \"%1\".")
                                                .arg(QString::fromStdString(*community))));
        }
        const auto set = storage::PolicyRepository(m_db).inForceOn(isoDate(asOf));
        if (!set)
            return Error {ErrorCode::NotFound,
                          toStd(tr("No parameter set is in force on %1: the cadence of RV-1 "
                                   "comes from it.")
                                    .arg(QString::fromStdString(isoDate(asOf)))),
                          "as_of"};
        auto policy = PolicyParameters::fromJson(set->json);
        if (!policy.ok())
            return Error {ErrorCode::Internal, policy.error().message, "policy"};
        const auto rows = repo.population(isoDate(asOf), isoDate(asOf), communityId, true);
        // D of every household case, read once.
        std::vector<std::int64_t> ids;
        std::map<std::int64_t, std::vector<std::int64_t>> personsOf;
        for (const auto &r : rows) {
            if (r.programme == "tekun")
                continue;
            auto list = nlohmann::json::parse(r.personsJson, nullptr, false);
            std::vector<std::int64_t> d;
            if (list.is_array())
                for (const auto &x : list)
                    if (x.is_number_integer())
                        d.push_back(x.get<std::int64_t>());
            if (d.empty() && r.personId)
                d.push_back(*r.personId);
            ids.insert(ids.end(), d.begin(), d.end());
            personsOf[r.caseId] = std::move(d);
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        std::map<std::int64_t, storage::ReviewPersonRow> persons;
        for (auto &p : repo.persons(ids))
            persons.emplace(p.id, std::move(p));
        for (const auto &r : rows) {
            std::optional<Date> last;
            for (const auto &text : {r.lastQualifyingVisit, r.lastReviewDate})
                if (text)
                    if (auto d = Date::parse(text->substr(0, 10)); d && (!last || *d > *last))
                        last = *d;
            std::optional<Date> start = Date::parse(r.firstDecidedOn.substr(0, 10));
            const std::optional<Date> from = last ? last : start;
            if (!from)
                continue;
            std::vector<storage::ReviewPersonRow> d;
            for (std::int64_t id : personsOf[r.caseId])
                if (auto it = persons.find(id); it != persons.end())
                    d.push_back(it->second);
            DueItem item;
            item.cadenceMonths = cadenceOf(r, d, *policy, asOf);
            item.dueDate = reviewDueDate(*from, item.cadenceMonths);
            if (item.dueDate > asOf)
                continue;
            item.householdNo = r.householdNo;
            item.community = r.community;
            item.programme = r.programme;
            item.idNumber = r.programme == "dibao" ? std::string() : maskIdNumber(r.idNumber);
            item.name = maskName(r.name);
            item.lastReview = last;
            item.overdue = isReviewOverdue(item.dueDate, asOf);
            item.daysOverdue =
                item.overdue ? static_cast<int>(asOf.dayNumber() - item.dueDate.dayNumber()) : 0;
            out.push_back(std::move(item));
        }
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const DueItem &a, const DueItem &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        return a.householdNo < b.householdNo;
    });
    return out;
}

} // namespace relief::services
