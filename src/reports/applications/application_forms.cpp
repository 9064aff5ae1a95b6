#include "application_forms.h"

#include "reports/report_html.h"

#include "services/applications/application_text.h"

#include <QDate>

namespace relief::reports {

using services::ApplicationText;
using services::ApplicationView;

namespace {

QString yuan(const Money &m)
{
    return QCoreApplication::translate("ApplicationForms", "%1 yuan")
        .arg(QString::fromStdString(m.toString()));
}

QString yesNo(bool b)
{
    return b ? QCoreApplication::translate("ApplicationForms", "Yes")
             : QCoreApplication::translate("ApplicationForms", "No");
}

QString monthText(const YearMonth &m)
{
    //: The format of a month on printed forms (QDate::toString format).
    return QDate(m.year(), m.month(), 1)
        .toString(QCoreApplication::translate("ApplicationForms", "yyyy-MM"));
}

} // namespace

QString ApplicationForms::applicantName(const ApplicationView &view)
{
    return QString::fromStdString(view.personName.empty() ? view.headName : view.personName);
}

QString ApplicationForms::longDate(const Date &date)
{
    //: The format of a date on printed forms (QDate::toString format).
    return QDate(date.year(), date.month(), date.day()).toString(tr("yyyy-MM-dd"));
}

QString ApplicationForms::missingMaterialsNotice(const ApplicationView &view,
                                                 const OfficeHeading &office)
{
    const auto &r = view.record;
    QString out = html::begin();
    out += html::title(office.officeName, tr("One-time notice of missing materials"));
    out += html::reference(tr("Application No. %1").arg(QString::fromStdString(r.applicationNo)));
    out += html::paragraph(html::esc(tr("%1:").arg(applicantName(view))));
    out += html::paragraph(html::esc(
        tr("Your application for %1, received on %2, cannot be accepted yet: the following "
           "materials are missing. Please bring all of them together; nothing else will be "
           "asked of you for this application.")
            .arg(ApplicationText::programme(r.programme), longDate(r.receivedOn))));
    QList<QStringList> rows;
    int n = 0;
    for (const auto &[material, provided] : view.materials)
        if (!provided)
            rows.append({QString::number(++n), ApplicationText::material(material),
                         tr("Original and one copy")});
    out += html::table({tr("No."), tr("Material"), tr("Form")}, rows, {10, 60, 30});
    out += html::paragraph(
        html::esc(tr("Once the materials are complete the application is accepted, and the office "
                     "handles it within the time limits the rules set.")));
    out += html::signatures({tr("Caseworker"), tr("Applicant (received)")});
    out += html::issuer(office.officeName + tr(" (seal)"), office.date);
    return out + html::end();
}

QString ApplicationForms::homeVisitRecord(const ApplicationView &view, const OfficeHeading &office)
{
    const auto &r = view.record;
    QString out = html::begin();
    out += html::title(office.officeName, tr("Home visit record"));
    out += html::reference(tr("Application No. %1").arg(QString::fromStdString(r.applicationNo)));
    out += html::fields({
        {tr("Applicant"), applicantName(view)},
        {tr("Programme"), ApplicationText::programme(r.programme)},
        {tr("Household No."), QString::fromStdString(view.householdNo)},
        {tr("Community"), QString::fromStdString(view.communityName)},
        {tr("Address"), QString::fromStdString(view.address)},
        {tr("Received on"), longDate(r.receivedOn)},
    });
    bool any = false;
    for (const auto &v : view.visits) {
        if (v.record.kind != storage::VisitKind::Home)
            continue;
        any = true;
        out += QStringLiteral("<p style=\"font-weight:bold; margin-top:12pt;\">%1</p>")
                   .arg(html::esc(tr("%1 on %2")
                                      .arg(ApplicationText::visitKind(v.record.kind),
                                           longDate(v.record.visitedOn))));
        QStringList staff;
        for (const auto &s : v.staffNames)
            staff << QString::fromStdString(s);
        out += html::fields({
            {tr("Staff"), staff.join(QStringLiteral("、"))},
            {tr("Applicant seen in person"), yesNo(v.record.beneficiarySeen)},
            {tr("Living conditions"), QString::fromStdString(v.record.livingConditions)},
            {tr("Health"), QString::fromStdString(v.record.health)},
            {tr("Ability to work"), QString::fromStdString(v.record.employability)},
            {tr("Other findings"), QString::fromStdString(v.record.notes)},
        });
    }
    if (!any) {
        // A blank record to fill in by hand on the visit.
        out += html::fields({
            {tr("Visit date"), QString()},
            {tr("Applicant seen in person"), QString()},
            {tr("Living conditions"), QString()},
            {tr("Health"), QString()},
            {tr("Ability to work"), QString()},
            {tr("Other findings"), QString()},
        });
    }
    out += html::paragraph(
        html::esc(tr("We confirm that the above was found on the visit and is true.")));
    out += html::signatures({tr("Investigator"), tr("Investigator"), tr("Family member")});
    out += html::signatures({tr("Date")});
    return out + html::end();
}

QString ApplicationForms::approvalNotice(const ApplicationView &view, const OfficeHeading &office)
{
    const auto &r = view.record;
    QString out = html::begin();
    out += html::title(office.officeName, tr("Notice of approval"));
    out += html::reference(tr("Application No. %1").arg(QString::fromStdString(r.applicationNo)));
    out += html::paragraph(html::esc(tr("%1:").arg(applicantName(view))));
    const Money amount = r.approvedAmount.value_or(Money());
    const QString decided = r.decidedOn ? longDate(*r.decidedOn) : QString();
    if (isTemporary(r.programme)) {
        out += html::paragraph(html::esc(
            tr("Your application for %1 was examined and approved on %2. You are granted a "
               "one-off amount of %3.")
                .arg(ApplicationText::programme(r.programme), decided, yuan(amount))));
    } else {
        const QString first = r.firstMonth ? monthText(*r.firstMonth) : QString();
        out += html::paragraph(html::esc(
            tr("Your application for %1 was examined and approved on %2. From %3 you receive "
               "%4 a month, paid to the bank account on file.")
                .arg(ApplicationText::programme(r.programme), decided, first, yuan(amount))));
    }
    out += html::paragraph(html::esc(
        tr("Please report any change in your household's members, income or assets to the "
           "community or the street office within a month; the assistance is reviewed "
           "regularly and adjusted to your situation.")));
    out += html::signatures({tr("Applicant (received)")});
    out += html::issuer(office.officeName + tr(" (seal)"), office.date);
    return out + html::end();
}

QString ApplicationForms::refusalNotice(const ApplicationView &view, const OfficeHeading &office)
{
    const auto &r = view.record;
    QString out = html::begin();
    out += html::title(office.officeName, tr("Notice of refusal"));
    out += html::reference(tr("Application No. %1").arg(QString::fromStdString(r.applicationNo)));
    out += html::paragraph(html::esc(tr("%1:").arg(applicantName(view))));
    const QString decided = r.decidedOn ? longDate(*r.decidedOn) : QString();
    out += html::paragraph(html::esc(
        tr("Your application for %1, received on %2, was examined and is not approved (%3), "
           "for the following reasons:")
            .arg(ApplicationText::programme(r.programme), longDate(r.receivedOn), decided)));
    out += QStringLiteral("<blockquote>%1</blockquote>")
               .arg(html::esc(QString::fromStdString(r.decisionReasons))
                        .replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    out += html::paragraph(html::esc(
        tr("If you disagree with this decision, you may apply for administrative "
           "reconsideration within 60 days of receiving this notice, or bring an "
           "administrative lawsuit before the people's court within 6 months. You may apply "
           "again when your circumstances change.")));
    out += html::signatures({tr("Applicant (received)")});
    out += html::issuer(office.officeName + tr(" (seal)"), office.date);
    return out + html::end();
}

} // namespace relief::reports
