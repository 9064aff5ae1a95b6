#include "notice_list_report.h"

#include "reports/report_html.h"

#include "services/applications/application_text.h"

#include <map>

namespace relief::reports {

QString NoticeListReport::html(const std::vector<services::NoticeRow> &rows,
                               const OfficeHeading &office, const QString &phone)
{
    // Communities in the order the rows come (the service sorts them).
    std::vector<std::string> order;
    std::map<std::string, std::vector<const services::NoticeRow *>> byCommunity;
    for (const auto &row : rows) {
        if (!byCommunity.count(row.communityName))
            order.push_back(row.communityName);
        byCommunity[row.communityName].push_back(&row);
    }
    QString out = html::begin();
    if (rows.empty()) {
        out += html::title(office.officeName, tr("Public notice of proposed social assistance"));
        out += html::paragraph(html::esc(tr("No application is on public notice.")));
        out += html::issuer(office.officeName, office.date);
        return out + html::end();
    }
    bool first = true;
    for (const auto &community : order) {
        if (!first)
            out += QStringLiteral("<p style=\"page-break-before:always;\"></p>");
        first = false;
        const auto &list = byCommunity[community];
        out += html::title(office.officeName,
                           tr("Public notice of proposed social assistance — %1")
                               .arg(QString::fromStdString(community)));
        const auto *any = list.front();
        out += html::paragraph(html::esc(
            tr("The following applications have been investigated and reviewed by the street "
               "office and are proposed for approval. They are made public from %1 to %2 "
               "(%n day(s)). Anyone who knows of facts to the contrary may report them to the "
               "street office during this period%3.",
               nullptr, static_cast<int>(any->lastDay.dayNumber() - any->firstDay.dayNumber() + 1))
                .arg(ApplicationForms::longDate(any->firstDay),
                     ApplicationForms::longDate(any->lastDay),
                     phone.isEmpty() ? QString() : tr(" (telephone %1)").arg(phone))));
        QList<QStringList> table;
        int n = 0;
        for (const auto *row : list)
            table.append({QString::number(++n), QString::fromStdString(row->maskedName),
                          QString::number(row->householdSize),
                          services::ApplicationText::programme(row->programme),
                          QString::fromStdString(row->amount.toString()),
                          row->staffRelated ? tr("Related to staff") : QString(),
                          tr("%1 to %2")
                              .arg(ApplicationForms::longDate(row->firstDay),
                                   ApplicationForms::longDate(row->lastDay))});
        out += html::table({tr("No."), tr("Applicant"), tr("Household size"), tr("Programme"),
                            tr("Amount (yuan)"), tr("Remark"), tr("Notice period")},
                           table, {6, 12, 10, 24, 12, 12, 24});
        out += html::issuer(office.officeName, office.date);
    }
    return out + html::end();
}

} // namespace relief::reports
