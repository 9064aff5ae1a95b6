#pragma once

// How the application workflow reads on screen beside ApplicationText: deadline
// steps, task lines, urgency colours, combos of the workflow's vocabulary, and
// the office heading the printed forms carry.

#include "domain/applications/application_deadlines.h"
#include "domain/money.h"
#include "storage/applications/application_records.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

class QComboBox;
class QListWidget;
class QTableWidgetItem;

namespace relief::services {
struct TaskItem;
}
namespace relief::reports {
struct OfficeHeading;
}

namespace relief::gui {

class AppContext;

class ApplicationDisplay
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationDisplay)

public:
    // Overdue red and due-soon amber (text), with light backgrounds for rows.
    static QColor overdueColor();
    static QColor dueSoonColor();
    static QColor overdueBackground();
    static QColor dueSoonBackground();
    // Colours a table cell by urgency (on time: unchanged).
    static void paintUrgency(QTableWidgetItem *item, Urgency urgency);
    static QString urgencyName(Urgency urgency);

    static QString deadlineStepName(DeadlineStep step);
    // "Start the investigation", "Notice ends", "Awaiting approval", "Emergency: answer
    // within 24 hours".
    static QString taskText(const services::TaskItem &task);
    // "3 h 20 min left" / "overdue by 1 h 5 min".
    static QString minutesLeftText(int minutes);
    static QString yuanText(const Money &money);
    static QString visitStageName(storage::VisitStage stage);
    static QString checkResultName(storage::CheckResult result);
    static QString recommendationName(storage::ReviewRecommendation r);

    // Whether the programme is applied for by one member (特困, child allowance,
    // disability subsidies).
    static bool isPersonalProgramme(ApplicationProgramme p);

    static void fillApplicationProgrammes(QComboBox *combo);
    static void fillApplicationChannels(QComboBox *combo);
    static void fillDepartments(QComboBox *combo);
    static void fillVisitKinds(QComboBox *combo);
    // Checkable materials (data: Material as int), checked as given.
    static void fillMaterials(QListWidget *list,
                              const std::vector<std::pair<Material, bool>> &materials);
    static std::vector<Material> checkedMaterials(const QListWidget *list);

    // The office name from the settings and today's date, as the forms print them.
    static reports::OfficeHeading officeHeading(AppContext &context);
};

} // namespace relief::gui
