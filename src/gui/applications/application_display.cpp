#include "application_display.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"

#include "reports/applications/application_forms.h"
#include "services/applications/application_text.h"
#include "services/applications/application_types.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QListWidget>
#include <QTableWidgetItem>

namespace relief::gui {

QColor ApplicationDisplay::overdueColor()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QColor ApplicationDisplay::dueSoonColor()
{
    return QColor(0x9a, 0x5b, 0x00);
}

QColor ApplicationDisplay::overdueBackground()
{
    return QColor(0xfc, 0xe8, 0xe6);
}

QColor ApplicationDisplay::dueSoonBackground()
{
    return QColor(0xff, 0xf3, 0xd6);
}

void ApplicationDisplay::paintUrgency(QTableWidgetItem *item, Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        item->setForeground(overdueColor());
        item->setBackground(overdueBackground());
        break;
    case Urgency::DueSoon:
        item->setForeground(dueSoonColor());
        item->setBackground(dueSoonBackground());
        break;
    case Urgency::OnTime:
        break;
    }
}

QString ApplicationDisplay::urgencyName(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return tr("Overdue");
    case Urgency::DueSoon:
        return tr("Due soon");
    case Urgency::OnTime:
        return tr("On time");
    }
    return {};
}

QString ApplicationDisplay::deadlineStepName(DeadlineStep step)
{
    switch (step) {
    case DeadlineStep::InvestigationStart:
        return tr("Start of the investigation");
    case DeadlineStep::StreetInvestigation:
        return tr("Street office investigation");
    case DeadlineStep::Notice:
        return tr("Public notice");
    case DeadlineStep::Approval:
        return tr("Approval");
    case DeadlineStep::WholeProcess:
        return tr("Whole process");
    case DeadlineStep::RefusalNotice:
        return tr("Refusal notice to the applicant");
    }
    return {};
}

QString ApplicationDisplay::minutesLeftText(int minutes)
{
    const int m = minutes < 0 ? -minutes : minutes;
    const QString span = m >= 60 ? tr("%1 h %2 min").arg(m / 60).arg(m % 60) : tr("%1 min").arg(m);
    return minutes < 0 ? tr("overdue by %1").arg(span) : tr("%1 left").arg(span);
}

QString ApplicationDisplay::taskText(const services::TaskItem &task)
{
    switch (task.kind) {
    case services::TaskKind::Deadline:
        switch (task.step) {
        case DeadlineStep::InvestigationStart:
            return tr("Start the investigation");
        case DeadlineStep::StreetInvestigation:
            return tr("Finish the street office investigation");
        case DeadlineStep::Notice:
            return tr("Public notice ends");
        case DeadlineStep::Approval:
            return tr("Decide the application");
        case DeadlineStep::WholeProcess:
            return tr("Whole process time limit");
        case DeadlineStep::RefusalNotice:
            return tr("Hand over the refusal notice");
        }
        break;
    case services::TaskKind::NoticeEnding:
        return task.urgency == Urgency::Overdue ? tr("Public notice over: submit for approval")
                                                : tr("Public notice ends");
    case services::TaskKind::AwaitingApproval:
        return tr("Awaiting approval");
    case services::TaskKind::Emergency:
        return tr("Emergency request: %1")
            .arg(task.minutesLeft ? minutesLeftText(*task.minutesLeft) : QString());
    }
    return {};
}

QString ApplicationDisplay::yuanText(const Money &money)
{
    return tr("%1 yuan").arg(qs(money.toString()));
}

QString ApplicationDisplay::visitStageName(storage::VisitStage stage)
{
    return stage == storage::VisitStage::Approval ? tr("Approval (supervisor)")
                                                  : tr("Investigation");
}

QString ApplicationDisplay::checkResultName(storage::CheckResult result)
{
    return result == storage::CheckResult::Discrepancy ? tr("Discrepancy") : tr("Consistent");
}

QString ApplicationDisplay::recommendationName(storage::ReviewRecommendation r)
{
    return r == storage::ReviewRecommendation::Refuse ? tr("Recommends refusal")
                                                      : tr("Recommends approval");
}

bool ApplicationDisplay::isPersonalProgramme(ApplicationProgramme p)
{
    return p == ApplicationProgramme::Tekun || p == ApplicationProgramme::ChildAllowance ||
        p == ApplicationProgramme::DisabilitySubsidy;
}

void ApplicationDisplay::fillApplicationProgrammes(QComboBox *combo)
{
    for (size_t i = 0; i < kApplicationProgrammeKeys.size(); ++i)
        combo->addItem(services::ApplicationText::programme(static_cast<ApplicationProgramme>(i)),
                       static_cast<int>(i));
}

void ApplicationDisplay::fillApplicationChannels(QComboBox *combo)
{
    for (size_t i = 0; i < kApplicationChannelKeys.size(); ++i)
        combo->addItem(services::ApplicationText::channel(static_cast<ApplicationChannel>(i)),
                       static_cast<int>(i));
}

void ApplicationDisplay::fillDepartments(QComboBox *combo)
{
    for (size_t i = 0; i < storage::kDepartmentKeys.size(); ++i)
        combo->addItem(services::ApplicationText::department(static_cast<storage::Department>(i)),
                       static_cast<int>(i));
}

void ApplicationDisplay::fillVisitKinds(QComboBox *combo)
{
    for (size_t i = 0; i < storage::kVisitKindKeys.size(); ++i)
        combo->addItem(services::ApplicationText::visitKind(static_cast<storage::VisitKind>(i)),
                       static_cast<int>(i));
}

void ApplicationDisplay::fillMaterials(QListWidget *list,
                                       const std::vector<std::pair<Material, bool>> &materials)
{
    list->clear();
    for (const auto &[material, provided] : materials) {
        auto *item = new QListWidgetItem(services::ApplicationText::material(material), list);
        item->setData(Qt::UserRole, static_cast<int>(material));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(provided ? Qt::Checked : Qt::Unchecked);
    }
}

std::vector<Material> ApplicationDisplay::checkedMaterials(const QListWidget *list)
{
    std::vector<Material> out;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            out.push_back(static_cast<Material>(list->item(row)->data(Qt::UserRole).toInt()));
    return out;
}

reports::OfficeHeading ApplicationDisplay::officeHeading(AppContext &context)
{
    reports::OfficeHeading heading;
    if (auto settings = context.officeSettings().load(); settings.ok())
        heading.officeName = qs(settings->officeName);
    heading.date = reports::ApplicationForms::longDate(context.clock().today());
    return heading;
}

} // namespace relief::gui
