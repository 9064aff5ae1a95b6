// Cross-department check results imported from CSV (docs/data-formats.md §A1):
// UTF-8 or GB18030, Chinese or English headers, all or nothing.

#include "application_service.h"

#include "services/csv_reader.h"
#include "services/text_encoding.h"
#include "storage/applications/application_repository.h"

#include <array>
#include <map>

namespace relief::services {

namespace {

struct Column
{
    const char *key;
    const char *chinese;
};
constexpr std::array<Column, 5> kColumns {{{"application_no", "申请编号"},
                                           {"department", "部门"},
                                           {"result", "结果"},
                                           {"note", "说明"},
                                           {"checked_on", "核对日期"}}};

constexpr std::array<const char *, 8> kDepartmentNames {"公安",     "人社",   "税务", "不动产",
                                                        "市场监管", "公积金", "车辆", "金融"};

std::string trim(std::string s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && isSpace(s.back()))
        s.pop_back();
    std::size_t i = 0;
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return s.substr(i);
}

std::optional<storage::Department> department(const std::string &cell)
{
    if (auto d = enumFromKey<storage::Department>(storage::kDepartmentKeys, cell))
        return d;
    for (std::size_t i = 0; i < kDepartmentNames.size(); ++i)
        if (cell == kDepartmentNames[i])
            return static_cast<storage::Department>(i);
    return std::nullopt;
}

std::optional<storage::CheckResult> result(const std::string &cell)
{
    if (cell == "consistent" || cell == "一致" || cell == "相符")
        return storage::CheckResult::Consistent;
    if (cell == "discrepancy" || cell == "不一致" || cell == "不符")
        return storage::CheckResult::Discrepancy;
    return std::nullopt;
}

// Excel writes dates as 2025/9/5 as often as 2025-09-05.
std::optional<Date> date(const std::string &cell)
{
    if (auto d = Date::parse(cell))
        return d;
    int y = 0, m = 0, d = 0;
    char a = 0, b = 0;
    if (std::sscanf(cell.c_str(), "%d%c%d%c%d", &y, &a, &m, &b, &d) == 5 && a == b &&
        (a == '/' || a == '-' || a == '.'))
        return Date::fromYmd(y, m, d);
    return std::nullopt;
}

} // namespace

Result<CheckImportReport> ApplicationService::importCrossChecks(const Session &session,
                                                                std::string_view bytes)
{
    return writeAs(
        session, Action::HandleApplication,
        [&](AuditLog &audit, const storage::UserRecord &user) -> Result<CheckImportReport> {
            CheckImportReport report;
            const DecodedText decoded = decodeText(bytes);
            if (!decoded.ok()) {
                report.errors.push_back(
                    {0,
                     {},
                     toStd(tr("The file is neither UTF-8 nor GB18030 text (byte %1).")
                               .arg(decoded.badOffset))});
                return report;
            }
            report.encoding = decoded.encoding;
            CsvReader csv(decoded.text);
            std::vector<std::string> fields;
            if (!csv.next(fields)) {
                report.errors.push_back({0, {}, toStd(tr("The file is empty."))});
                return report;
            }
            std::map<std::string, int> index; // column key → position
            for (std::size_t i = 0; i < fields.size(); ++i) {
                const std::string h = trim(fields[i]);
                for (const Column &c : kColumns)
                    if (h == c.key || h == c.chinese)
                        index[c.key] = static_cast<int>(i);
            }
            for (const Column &c : kColumns)
                if (!index.count(c.key) && std::string(c.key) != "note")
                    report.errors.push_back(
                        {1, c.key,
                         toStd(tr("The header has no column %1 (%2).")
                                   .arg(QString::fromUtf8(c.chinese), QString::fromUtf8(c.key)))});
            if (!report.ok())
                return report;

            storage::ApplicationRepository apps(m_db);
            std::map<std::string, std::optional<storage::ApplicationRecord>> byNumber;
            std::vector<storage::CrossCheckRecord> toWrite;
            const Date today = m_clock.today();
            while (csv.next(fields)) {
                const int line = csv.row();
                auto cell = [&](const char *key) -> std::string {
                    auto it = index.find(key);
                    if (it == index.end() || it->second >= static_cast<int>(fields.size()))
                        return {};
                    return trim(fields[static_cast<std::size_t>(it->second)]);
                };
                if (fields.size() == 1 && trim(fields[0]).empty())
                    continue; // a blank line
                ++report.rows;
                auto bad = [&](const char *column, const QString &message) {
                    report.errors.push_back({line, column, toStd(message)});
                };
                const std::string number = cell("application_no");
                if (!byNumber.count(number))
                    byNumber[number] = apps.findByNumber(number);
                const auto &app = byNumber[number];
                if (!app)
                    bad("application_no",
                        tr("There is no application %1.").arg(QString::fromStdString(number)));
                else if (app->state != ApplicationState::Investigating &&
                         app->state != ApplicationState::Accepted)
                    bad("application_no",
                        tr("Application %1 is not under investigation.")
                            .arg(QString::fromStdString(number)));
                const auto dept = department(cell("department"));
                if (!dept)
                    bad("department",
                        tr("Unknown department “%1”: use 公安, 人社, 税务, 不动产, 市场监管, "
                           "公积金, "
                           "车辆 or 金融.")
                            .arg(QString::fromStdString(cell("department"))));
                const auto res = result(cell("result"));
                if (!res)
                    bad("result",
                        tr("The result is “一致” (consistent) or “不一致” (discrepancy), "
                           "not “%1”.")
                            .arg(QString::fromStdString(cell("result"))));
                const std::string note = cell("note");
                if (res == storage::CheckResult::Discrepancy && note.empty())
                    bad("note", tr("A discrepancy needs its description."));
                const auto on = date(cell("checked_on"));
                if (!on)
                    bad("checked_on",
                        tr("“%1” is not a date (YYYY-MM-DD).")
                            .arg(QString::fromStdString(cell("checked_on"))));
                else if (*on > today)
                    bad("checked_on", tr("The check date cannot be in the future."));
                if (!app || !dept || !res || !on ||
                    (res == storage::CheckResult::Discrepancy && note.empty()))
                    continue;
                storage::CrossCheckRecord c;
                c.applicationId = app->id;
                c.department = *dept;
                c.result = *res;
                c.note = note;
                c.checkedOn = *on;
                c.recordedById = user.id;
                c.createdAt = m_clock.isoUtc();
                toWrite.push_back(std::move(c));
            }
            if (csv.unterminatedQuote())
                report.errors.push_back(
                    {csv.row(),
                     {},
                     toStd(tr("A quoted cell is never closed: the file is cut short."))});
            if (!report.ok() || report.rows == 0) {
                if (report.rows == 0 && report.ok())
                    report.errors.push_back({0, {}, toStd(tr("The file has no data rows."))});
                return report;
            }
            std::vector<std::int64_t> written;
            for (const auto &c : toWrite) {
                bool known = false;
                for (const auto &e : apps.checks(c.applicationId))
                    known = known ||
                        (e.department == c.department && e.result == c.result && e.note == c.note &&
                         e.checkedOn == c.checkedOn);
                if (known) {
                    ++report.unchanged;
                    continue;
                }
                apps.insertCheck(c);
                written.push_back(c.applicationId);
                ++report.imported;
            }
            audit.append(session,
                         {AuditAction::ApplicationCrossCheckImport,
                          "application",
                          {},
                          {{"rows", report.rows},
                           {"imported", report.imported},
                           {"unchanged", report.unchanged},
                           {"applications", written}}});
            return report;
        });
}

} // namespace relief::services
