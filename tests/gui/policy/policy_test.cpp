// Administration › Policy parameters and the assessment panel, driven as a user would.

#include "gui/gui_test_support.h"

#include "gui/policy/assessment_panel.h"
#include "gui/policy/policy_editor_dialog.h"
#include "gui/policy/policy_page.h"

#include "domain/rules/assess.h"
#include "services/policy/policy_service.h"

#include <QDateEdit>
#include <QFile>
#include <QTableWidget>
#include <QTextBrowser>

using namespace relief;
using namespace relief::gui;
using namespace relief::gui::test;

class PolicyTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newVersionIsValidatedAndStored();
    void aStoredDateIsNeverOverwritten();
    void caseworkersCannotAddSets();
    void assessmentPanelShowsAmountsAndReasons();

private:
    PolicyEditorDialog *openEditor(PolicyPage &page);
    QTemporaryDir m_settings;
};

void PolicyTest::initTestCase()
{
    isolateSettings(m_settings.path());
}

PolicyEditorDialog *PolicyTest::openEditor(PolicyPage &page)
{
    auto *button = child<QAbstractButton>(&page, "newPolicyButton");
    if (!button)
        return nullptr;
    button->click();
    return page.findChild<PolicyEditorDialog *>(QStringLiteral("policyEditorDialog"));
}

void PolicyTest::newVersionIsValidatedAndStored()
{
    auto app = makeApp(true);
    QVERIFY(app);
    PolicyPage page(app->context->policy(), adminSession(*app));
    auto *table = child<QTableWidget>(&page, "policyTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(child<QLabel>(&page, "inForceLabel")->text().contains(QStringLiteral("2025-07-01")));
    // Issue 18: the shipped sets say when they were added; a set reads as the form
    // names its fields, the JSON one tab away.
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY(!table->item(row, 4)->text().isEmpty());
    table->selectRow(1);
    auto *form = child<QTextBrowser>(&page, "policyFormView");
    QVERIFY(form);
    QVERIFY2(form->toPlainText().contains(QLatin1String("Urban dibao standard")) &&
                 form->toPlainText().contains(QLatin1String("830.00")),
             qPrintable(form->toPlainText()));

    auto *editor = openEditor(page);
    QVERIFY(editor);
    // Starts from the newest set, one year on.
    auto *date = qobject_cast<QDateEdit *>(editor->editorFor(QStringLiteral("effective_from")));
    QVERIFY(date);
    QCOMPARE(date->date(), QDate(2026, 7, 1));
    auto *urban =
        qobject_cast<QLineEdit *>(editor->editorFor(QStringLiteral("dibao_standard.urban")));
    QVERIFY(urban);
    QCOMPARE(urban->text(), QStringLiteral("830.00"));

    // An empty standard is refused, naming the field.
    urban->clear();
    child<QAbstractButton>(editor, "saveButton")->click();
    auto *error = child<QLabel>(editor, "errorLabel");
    QVERIFY(error && !error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral(":")) ||
                 error->text().contains(QStringLiteral("：")),
             qPrintable(error->text()));
    QVERIFY(editor->isVisible());
    QCOMPARE(app->context->policy().list()->size(), size_t(2));

    urban->setText(QStringLiteral("880.00"));
    child<QAbstractButton>(editor, "saveButton")->click();
    QVERIFY(!editor->isVisible());
    QCOMPARE(table->rowCount(), 3);
    auto inForce = app->context->policy().inForceOn(*Date::parse("2026-07-01"));
    QVERIFY(inForce.ok());
    QCOMPARE(inForce->standardUrban.toString(), std::string("880.00"));
    QCOMPARE(inForce->standardRural.toString(), std::string("630.00"));
}

void PolicyTest::aStoredDateIsNeverOverwritten()
{
    auto app = makeApp(true);
    QVERIFY(app);
    PolicyPage page(app->context->policy(), adminSession(*app));
    auto *editor = openEditor(page);
    QVERIFY(editor);
    qobject_cast<QDateEdit *>(editor->editorFor(QStringLiteral("effective_from")))
        ->setDate(QDate(2025, 7, 1));
    qobject_cast<QLineEdit *>(editor->editorFor(QStringLiteral("dibao_standard.urban")))
        ->setText(QStringLiteral("999.00"));
    child<QAbstractButton>(editor, "saveButton")->click();
    QVERIFY(editor->isVisible());
    QVERIFY(!child<QLabel>(editor, "errorLabel")->isHidden());
    QCOMPARE(app->context->policy().inForceOn(*Date::parse("2025-07-01"))->standardUrban.fen(),
             std::int64_t(83000));
}

void PolicyTest::caseworkersCannotAddSets()
{
    auto app = makeApp(true);
    QVERIFY(app);
    const auto admin = adminSession(*app);
    QVERIFY(app->context->accounts()
                .addUser(admin, {"clerk", "李经办", {Role::Caseworker}, "Clerk-pass-1"})
                .ok());
    auto clerk = app->context->accounts().login("clerk", "Clerk-pass-1");
    QVERIFY(clerk.ok());
    PolicyPage page(app->context->policy(), *clerk);
    auto *editor = openEditor(page);
    QVERIFY(editor);
    child<QAbstractButton>(editor, "saveButton")->click();
    QVERIFY(editor->isVisible()); // refused by the service, shown in the dialog
    QVERIFY(!child<QLabel>(editor, "errorLabel")->text().isEmpty());
    QCOMPARE(app->context->policy().list()->size(), size_t(2));
}

void PolicyTest::assessmentPanelShowsAmountsAndReasons()
{
    QFile input(
        QStringLiteral(RELIEF_SOURCE_DIR_DEFAULT "/tests/data/assess/01-dibao-family.input.json"));
    QVERIFY(input.open(QIODevice::ReadOnly));
    auto request = parseAssessInput(input.readAll().toStdString());
    QVERIFY(request.ok());
    auto app = makeApp(false);
    QVERIFY(app);
    auto set = app->context->policy().inForceOn(request->asOf);
    QVERIFY(set.ok());
    auto assessment = assess(*request, &*set);
    QVERIFY(assessment.ok());

    AssessmentPanel panel;
    QStringList names;
    for (const auto &m : request->household.members)
        names << QString::fromStdString(m.name);
    panel.setAssessment(*assessment, names);
    QVERIFY(!child<QLabel>(&panel, "classificationLabel")->text().isEmpty());
    auto *table = child<QTableWidget>(&panel, "amountTable");
    QVERIFY(table->rowCount() >= 1);
    QVERIFY(child<QLabel>(&panel, "totalLabel")
                ->text()
                .contains(QString::fromStdString(assessment->totalMonthly.toString())));
    QCOMPARE(child<QListWidget>(&panel, "reasonsList")->count(),
             static_cast<int>(assessment->reasons.size()));
    panel.showMessage(QStringLiteral("no set"));
    QCOMPARE(table->rowCount(), 0);
}

QTEST_MAIN(PolicyTest)
#include "policy_test.moc"
