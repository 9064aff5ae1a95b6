#include "change_table_report.h"

#include "payroll_text.h"
#include "reports/report_html.h"

#include <algorithm>
#include <set>
#include <utility>

namespace relief::reports {

namespace {

QString money(const Money &m)
{
    return QString::fromStdString(m.toString());
}

template<class K> QString lookup(const std::vector<std::pair<K, std::string>> &list, K key)
{
    for (const auto &[k, v] : list)
        if (k == key)
            return QString::fromStdString(v);
    return {};
}

QString utcText(const std::string &iso)
{
    // "2025-12-20T08:30:00.123Z" → "2025-12-20 08:30 UTC"
    if (iso.size() < 16)
        return QString::fromStdString(iso);
    return QString::fromStdString(iso.substr(0, 10) + " " + iso.substr(11, 5)) +
        QStringLiteral(" UTC");
}

} // namespace

QString ChangeTableReport::rollRecord(const services::RollSummary &roll)
{
    QString text =
        tr("Roll %1: %2").arg(PayrollText::month(roll.month), PayrollText::state(roll.state));
    if (!roll.lockedAt.empty())
        text += tr("; locked by %1 at %2")
                    .arg(QString::fromStdString(roll.lockedBy), utcText(roll.lockedAt));
    if (roll.lockedLines && roll.lockedAmount)
        text += tr("; %1 lines, %2 yuan").arg(*roll.lockedLines).arg(money(*roll.lockedAmount));
    else
        text += tr("; %1 lines, %2 yuan (not final)").arg(roll.lines).arg(money(roll.amount));
    if (roll.auditHeadId)
        text += tr("; audit head #%1 %2")
                    .arg(*roll.auditHeadId)
                    .arg(QString::fromStdString(roll.auditHeadHash.substr(0, 16)));
    return text;
}

QString ChangeTableReport::footerNote(const services::ChangeTableView &view)
{
    QString note = rollRecord(view.current);
    if (view.previous)
        note += QStringLiteral("  |  ") + rollRecord(*view.previous);
    return note;
}

QString ChangeTableReport::fileName(const YearMonth &month)
{
    return QStringLiteral("增减表-%1.pdf").arg(QString::fromStdString(month.toString()));
}

QString ChangeTableReport::html(const services::ChangeTableView &view, const OfficeHeading &office)
{
    const payroll::ChangeTable &table = view.table;
    const QString monthText = PayrollText::month(table.month);
    const QString previousText = PayrollText::month(table.month.previous());
    const QString formTitle = tr("Change table of social assistance recipients, %1").arg(monthText);
    QString out = html::begin();

    // The communities in the balances' order (every community and programme that has
    // a line in either month), then any that only have changes.
    std::vector<std::int64_t> communities;
    std::set<std::int64_t> seen;
    for (const auto &b : table.balances)
        if (seen.insert(b.communityId).second)
            communities.push_back(b.communityId);
    for (const auto &g : table.groups)
        if (seen.insert(g.communityId).second)
            communities.push_back(g.communityId);

    if (communities.empty()) {
        out += html::title(office.officeName, formTitle);
        out += html::paragraph(
            html::esc(tr("Neither %1 nor %2 has a line to compare.").arg(previousText, monthText)));
    }
    bool firstCommunity = true;
    for (const std::int64_t communityId : communities) {
        if (!firstCommunity)
            out += QStringLiteral("<p style=\"page-break-before:always;\"></p>");
        firstCommunity = false;
        QString communityName = lookup(view.communityNames, communityId);
        if (communityName.isEmpty())
            communityName = tr("Community %1").arg(communityId);
        out += html::title(office.officeName, formTitle);
        out += html::reference(html::esc(tr("Community: %1").arg(communityName)));

        std::vector<payroll::LineProgramme> programmes;
        for (const auto &b : table.balances)
            if (b.communityId == communityId)
                programmes.push_back(b.programme);
        for (const auto &g : table.groups)
            if (g.communityId == communityId &&
                std::find(programmes.begin(), programmes.end(), g.programme) == programmes.end())
                programmes.push_back(g.programme);

        for (const payroll::LineProgramme programme : programmes) {
            out += QStringLiteral("<h3>%1</h3>")
                       .arg(html::esc(
                           tr("%1 — %2").arg(communityName, PayrollText::programme(programme))));
            QList<QStringList> rows;
            Money sumDifference;
            for (const payroll::ChangeKind kind :
                 {payroll::ChangeKind::New, payroll::ChangeKind::Stopped,
                  payroll::ChangeKind::Increased, payroll::ChangeKind::Decreased}) {
                const payroll::ChangeGroup *group = nullptr;
                for (const auto &g : table.groups)
                    if (g.communityId == communityId && g.programme == programme && g.kind == kind)
                        group = &g;
                if (group) {
                    sumDifference = sumDifference + group->difference;
                    rows.append({PayrollText::changeKind(kind), QString::number(group->households),
                                 QString::number(group->persons), money(group->before),
                                 money(group->after), money(group->difference)});
                } else {
                    rows.append({PayrollText::changeKind(kind), QStringLiteral("0"),
                                 QStringLiteral("0"), money(Money {}), money(Money {}),
                                 money(Money {})});
                }
            }
            out += html::table({tr("Change"), tr("Households"), tr("Persons"), tr("Before (yuan)"),
                                tr("After (yuan)"), tr("Difference (yuan)")},
                               rows, {20, 14, 12, 18, 18, 18});
            for (const auto &b : table.balances) {
                if (b.communityId != communityId || b.programme != programme)
                    continue;
                const bool holds = b.before + sumDifference == b.after;
                out += html::paragraph(html::esc(
                    tr("Check: %1 %2 yuan (%3 cases) + changes %4 yuan = %5 %6 yuan (%7 cases) %8")
                        .arg(previousText, money(b.before))
                        .arg(b.casesBefore)
                        .arg(money(sumDifference), monthText, money(b.after))
                        .arg(b.casesAfter)
                        .arg(holds ? tr("✓ balances") : tr("✗ does not balance"))));
            }
            // The cases of this community and programme, with their reasons.
            QList<QStringList> cases;
            int n = 0;
            for (const auto &c : table.cases) {
                if (c.communityId != communityId || c.programme != programme)
                    continue;
                QString reason = QString::fromStdString(c.reason);
                if (c.gradualExitEnded)
                    reason = tr("Gradual exit ended");
                if (c.movedCommunity)
                    reason = reason.isEmpty() ? tr("Moved to another community")
                                              : tr("%1 (moved to another community)").arg(reason);
                cases.append(
                    {QString::number(++n), lookup(view.householdNumbers, c.householdId),
                     lookup(view.headNames, c.householdId), PayrollText::changeKind(c.kind),
                     money(c.before), money(c.after),
                     c.decisionKind ? PayrollText::decisionKind(*c.decisionKind) : QString(),
                     reason});
            }
            if (!cases.isEmpty())
                out += html::table({tr("No."), tr("Household no."), tr("Head"), tr("Change"),
                                    tr("Before"), tr("After"), tr("Decision"), tr("Reason")},
                                   cases, {6, 16, 10, 9, 11, 11, 12, 25});
        }
        out += html::signatures({tr("Prepared by"), tr("Checked by")});
        out += html::paragraph(html::esc(rollRecord(view.current)));
        out += html::issuer(office.officeName, office.date);
    }
    return out + html::end();
}

} // namespace relief::reports
