// 系统管理 › 银行模板 (issue 12 §1) through the real page: the three shipped templates
// listed; the preview follows an edit (separator, a detail title) after the debounce;
// a fixed template with a width of 0 or too narrow a field names the field and keeps
// Save disabled; Save persists through BankService (saved, who); New… copies under a
// new identifier; Import of a bad JSON shows the error's JSON path; Export writes
// JSON that templateFromJson reads back equal, and never over the database; read-only
// for a role that may only look; the service's refusal shown; the page in the main
// window at 1366×768 (screenshots with RELIEF_SCREENSHOTS).
// An account that is only an administrator lists the templates too
// (pureAdministratorListsTheTemplates).

#include "gui/gui_test_support.h"

#include "gui/admin/administration_page.h"
#include "gui/admin/bank_field_table.h"
#include "gui/admin/bank_templates_page.h"
#include "gui/widgets/error_label.h"

#include "domain/bank/bank_template.h"
#include "domain/bank_account.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>

using namespace relief;
using namespace relief::gui;
using namespace relief::gui::test;

namespace {

const char *const kPassword = "Staff-pass-2025";

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Every visible widget of `names` lies inside `window` (nothing cut off at the edge).
void checkInside(QWidget *window, QWidget *page, const QStringList &names)
{
    const QRect bounds = window->rect();
    for (const QString &name : names) {
        auto *w = page->findChild<QWidget *>(name);
        QVERIFY2(w, qPrintable(name));
        if (!w->isVisible())
            continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        QVERIFY2(bounds.contains(r),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 outside %6×%7")
                                .arg(name)
                                .arg(r.x())
                                .arg(r.y())
                                .arg(r.width())
                                .arg(r.height())
                                .arg(bounds.width())
                                .arg(bounds.height())));
    }
}

} // namespace

class BankTemplatesTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheShippedTemplates();
    void previewFollowsTheEdits();
    void xlsxPreviewIsATable();
    void fixedWidthZeroNamesTheFieldAndDisablesSave();
    void savePersistsThroughTheService();
    void saveShowsTheServiceRefusal();
    void newCopiesUnderANewIdentifier();
    void importOfBadJsonShowsThePath();
    void importAddsATemplate();
    void exportWritesJsonThatReadsBackEqual();
    void readOnlyForARoleThatMayOnlyLook();
    void pureAdministratorListsTheTemplates();
    void pageInTheMainWindowAt1366();

private:
    services::Session addUser(const char *name, RoleSet roles);
    std::unique_ptr<BankTemplatesPage> page(const services::Session &session);
    void select(BankTemplatesPage *page, const char *id);
    QString previewText(BankTemplatesPage *page);
    QString previewError(BankTemplatesPage *page);

    QTemporaryDir m_settings;
    std::unique_ptr<TestApp> m_app;
    services::Session m_admin; // the first administrator (every role)
    services::Session m_wang; // administrator and statistician
};

void BankTemplatesTest::initTestCase()
{
    isolateSettings(m_settings.path());
}

void BankTemplatesTest::init()
{
    m_app = makeApp(true);
    QVERIFY(m_app);
    m_admin = adminSession(*m_app);
    QVERIFY(m_admin.userId);
    m_wang = addUser("wang", {Role::Admin, Role::Statistician});
    QVERIFY(m_wang.userId);
}

void BankTemplatesTest::cleanup()
{
    flushDeletes();
    m_app.reset();
}

services::Session BankTemplatesTest::addUser(const char *name, RoleSet roles)
{
    auto added = m_app->context->accounts().addUser(m_admin, {name, name, roles, kPassword});
    if (!added.ok())
        return {};
    auto session = m_app->context->accounts().login(name, kPassword);
    return session.ok() ? *session : services::Session {};
}

std::unique_ptr<BankTemplatesPage> BankTemplatesTest::page(const services::Session &session)
{
    auto p = std::make_unique<BankTemplatesPage>(*m_app->context, session);
    p->resize(1180, 650);
    p->show();
    return p;
}

void BankTemplatesTest::select(BankTemplatesPage *page, const char *id)
{
    auto *table = child<QTableWidget>(page, "templateTable");
    QVERIFY(table);
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String(id)) {
            table->selectRow(row);
            QCOMPARE(page->draft().id, std::string(id));
            return;
        }
    QFAIL(id);
}

QString BankTemplatesTest::previewText(BankTemplatesPage *page)
{
    auto *text = child<QPlainTextEdit>(page, "previewText");
    return text && text->isVisible() ? text->toPlainText() : QString();
}

QString BankTemplatesTest::previewError(BankTemplatesPage *page)
{
    auto *label = child<ErrorLabel>(page, "previewErrorLabel");
    return label && label->isVisible() ? label->text() : QString();
}

void BankTemplatesTest::listsTheShippedTemplates()
{
    auto p = page(m_wang);
    auto *table = child<QTableWidget>(p.get(), "templateTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    const QStringList ids = {QStringLiteral("generic-csv"), QStringLiteral("xlsx-daifa"),
                             QStringLiteral("pipe-gb18030")};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(table->item(row, 0)->data(Qt::UserRole).toString(), ids[row]);
        QVERIFY(table->item(row, 0)->text().contains(ids[row]));
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Shipped"));
    }
    // The first is in the editor, its preview shown, nothing to save.
    QCOMPARE(p->draft().id, std::string("generic-csv"));
    QVERIFY(p->isValid());
    QVERIFY(!p->hasUnsavedChanges());
    QVERIFY(!child<QPushButton>(p.get(), "saveButton")->isEnabled());
    const QString text = previewText(p.get());
    QVERIFY2(text.startsWith(QStringLiteral("序号,户名,银行账号,身份证号,金额,摘要\\r\\n\n")),
             qPrintable(text));
    // Three sample payees with valid 19-digit accounts, one amount with fen, the trailer.
    const std::string account =
        "622202100012345678" + std::string(1, BankAccount::luhnCheckDigit("622202100012345678"));
    QVERIFY(BankAccount::luhnValid(account));
    QVERIFY2(text.contains(QStringLiteral("1,王秀英,%1,").arg(QString::fromStdString(account))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(",612.35,")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("合计,3,,,2743.85,\\r\\n")), qPrintable(text));
    QVERIFY(labelText(p.get(), "previewInfoLabel").contains(QLatin1String("UTF-8-BOM")));
}

void BankTemplatesTest::previewFollowsTheEdits()
{
    auto p = page(m_wang);
    select(p.get(), "pipe-gb18030");
    QVERIFY2(previewText(p.get()).contains(QStringLiteral("\n1|王秀英|1286.00|")),
             qPrintable(previewText(p.get())));
    // The separator: after the debounce, not at once.
    auto *separator = child<QComboBox>(p.get(), "separatorCombo");
    QVERIFY(separator && separator->isEnabled());
    separator->setEditText(QStringLiteral(";"));
    QVERIFY(p->previewPending());
    QVERIFY(!child<QPushButton>(p.get(), "saveButton")->isEnabled());
    QTRY_VERIFY(previewText(p.get()).contains(QStringLiteral("\n1;王秀英;1286.00;")));
    QVERIFY(!previewText(p.get()).contains(u'|'));
    QCOMPARE(p->draft().separator, ';');
    QVERIFY(p->hasUnsavedChanges());
    QTRY_VERIFY(child<QPushButton>(p.get(), "saveButton")->isEnabled());
    // A letter is not a separator: the error names the field.
    separator->setEditText(QStringLiteral("x"));
    QTRY_VERIFY(previewError(p.get()).contains(QLatin1String("separator")));
    QVERIFY(!child<QPushButton>(p.get(), "saveButton")->isEnabled());
    // Revert brings the shipped template back.
    click(p.get(), "revertButton");
    QVERIFY(!p->hasUnsavedChanges());
    QVERIFY(previewText(p.get()).contains(QStringLiteral("\n1|王秀英|1286.00|")));

    // A detail's title (generic-csv writes the titles as its first line).
    select(p.get(), "generic-csv");
    auto *details = child<BankFieldTable>(p.get(), "detailFields");
    QVERIFY(details);
    auto *title =
        qobject_cast<QLineEdit *>(details->table()->cellWidget(1, BankFieldTable::TitleColumn));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("户名"));
    title->setText(QStringLiteral("收款人"));
    QTRY_VERIFY(previewText(p.get()).startsWith(QStringLiteral("序号,收款人,银行账号,")));
    QCOMPARE(p->draft().details[1].title, std::string("收款人"));
    // The amount in fen.
    auto *unit =
        qobject_cast<QComboBox *>(details->table()->cellWidget(4, BankFieldTable::UnitColumn));
    QVERIFY(unit && unit->isEnabled());
    unit->setCurrentIndex(unit->findData(static_cast<int>(bank::AmountUnit::Fen)));
    QTRY_VERIFY(previewText(p.get()).contains(QStringLiteral(",61235,")));
    // LF instead of CRLF.
    auto *eol = child<QComboBox>(p.get(), "lineEndingCombo");
    eol->setCurrentIndex(eol->findData(static_cast<int>(bank::LineEnding::Lf)));
    QTRY_VERIFY(!previewText(p.get()).contains(QStringLiteral("\\r")));
    QVERIFY(previewText(p.get()).contains(QStringLiteral("摘要\\n\n1,王秀英,")));
    // A field moved up: the account before the name.
    details->table()->selectRow(2);
    click(details, "moveFieldUpButton");
    QTRY_VERIFY(previewText(p.get()).startsWith(QStringLiteral("序号,银行账号,收款人,")));
    // Removed.
    click(details, "removeFieldButton");
    QTRY_VERIFY(previewText(p.get()).startsWith(QStringLiteral("序号,收款人,身份证号,")));
    QCOMPARE(p->draft().details.size(), std::size_t(5));
}

void BankTemplatesTest::xlsxPreviewIsATable()
{
    auto p = page(m_wang);
    select(p.get(), "xlsx-daifa");
    auto *stack = child<QStackedWidget>(p.get(), "previewStack");
    auto *table = child<QTableWidget>(p.get(), "previewTable");
    QVERIFY(stack && table);
    QCOMPARE(stack->currentWidget(), table);
    // Title, column titles, three payments, the total row.
    QCOMPARE(table->rowCount(), 6);
    QCOMPARE(table->columnSpan(0, 0), 6);
    QVERIFY2(table->item(0, 0)->text().startsWith(QString::fromUtf8(kOfficeName)),
             qPrintable(table->item(0, 0)->text()));
    QVERIFY(table->item(0, 0)->text().endsWith(QStringLiteral("月低保金发放明细")));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("户名"));
    QCOMPARE(table->item(4, 4)->text(), QStringLiteral("612.35"));
    QCOMPARE(table->item(5, 4)->text(), QStringLiteral("2743.85"));
    // The title row follows the edit.
    typeInto(p.get(), "titleRowEdit", QStringLiteral("{year}-{month} {programme}"));
    QTRY_VERIFY(table->item(0, 0) && table->item(0, 0)->text().endsWith(QStringLiteral(" 低保金")));
    QVERIFY(child<QLineEdit>(p.get(), "titleRowEdit")->isEnabled());
    QVERIFY(!child<QComboBox>(p.get(), "separatorCombo")->isEnabled());
}

void BankTemplatesTest::fixedWidthZeroNamesTheFieldAndDisablesSave()
{
    auto p = page(m_wang);
    select(p.get(), "pipe-gb18030");
    auto *format = child<QComboBox>(p.get(), "formatCombo");
    format->setCurrentIndex(format->findData(static_cast<int>(bank::FileFormat::Fixed)));
    // No widths yet: the first field without one is named.
    QTRY_VERIFY(previewError(p.get()).contains(QLatin1String("header[0].width")));
    auto *save = child<QPushButton>(p.get(), "saveButton");
    QVERIFY(!save->isEnabled());
    QVERIFY(!child<QPushButton>(p.get(), "exportTemplateButton")->isEnabled());
    auto setWidths = [](BankFieldTable *fields, const std::vector<int> &widths) {
        for (int row = 0; row < static_cast<int>(widths.size()); ++row)
            qobject_cast<QSpinBox *>(fields->table()->cellWidget(row, BankFieldTable::WidthColumn))
                ->setValue(widths[static_cast<std::size_t>(row)]);
    };
    auto *header = child<BankFieldTable>(p.get(), "headerFields");
    auto *details = child<BankFieldTable>(p.get(), "detailFields");
    QVERIFY(!details->table()->isColumnHidden(BankFieldTable::WidthColumn));
    setWidths(header, {8, 40, 6, 14});
    // seq, name, amount, account, id_number (GB18030: a Chinese character is 2 bytes).
    setWidths(details, {6, 20, 12, 19, 18});
    QTRY_VERIFY(p->isValid());
    QVERIFY(previewError(p.get()).isEmpty());
    QVERIFY(save->isEnabled());
    const QString info = labelText(p.get(), "previewInfoLabel");
    QVERIFY2(info.contains(QLatin1String("75 bytes in GB18030")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("name 7–26")), qPrintable(info));
    // 王秀英 is 6 bytes in GB18030: 14 spaces pad it to 20.
    QVERIFY2(previewText(p.get()).contains(QStringLiteral("王秀英              1286.00")),
             qPrintable(previewText(p.get())));
    // Width 0 for a field of a fixed template: named, Save disabled.
    setWidths(details, {6, 20, 0});
    QTRY_VERIFY(previewError(p.get()).contains(QLatin1String("details[2].width")));
    QVERIFY(!save->isEnabled());
    QVERIFY(!child<QPlainTextEdit>(p.get(), "previewText")->isVisible());
    QVERIFY(details->table()->selectionModel()->isRowSelected(2, {}));
    screenshot(p.get(), "bank-templates-fixed-error");
    // Too narrow for the account (never cut): the layout's refusal names the field.
    setWidths(details, {6, 20, 12, 10});
    QTRY_VERIFY(!p->previewPending());
    QVERIFY2(previewError(p.get()).contains(QLatin1String("details[3]")) &&
                 previewError(p.get()).contains(QLatin1String("account")),
             qPrintable(previewError(p.get())));
    QVERIFY(!save->isEnabled());
    setWidths(details, {6, 20, 12, 19});
    QTRY_VERIFY(p->isValid());
    QVERIFY(save->isEnabled());
}

void BankTemplatesTest::savePersistsThroughTheService()
{
    auto p = page(m_wang);
    select(p.get(), "generic-csv");
    typeInto(p.get(), "nameEdit", QStringLiteral("通用 CSV（本办）"));
    auto *details = child<BankFieldTable>(p.get(), "detailFields");
    qobject_cast<QLineEdit *>(details->table()->cellWidget(5, BankFieldTable::TitleColumn))
        ->setText(QStringLiteral("用途"));
    typeInto(p.get(), "successWordsEdit", QStringLiteral("成功，已入账"));
    QTRY_VERIFY(child<QPushButton>(p.get(), "saveButton")->isEnabled());
    click(p.get(), "saveButton");
    QVERIFY2(labelText(p.get(), "messageLabel").contains(QLatin1String("was saved")),
             qPrintable(labelText(p.get(), "messageLabel")));
    auto stored = m_app->context->bank().templateById(m_wang, "generic-csv");
    QVERIFY(stored.ok());
    QVERIFY(stored->saved);
    QVERIFY(stored->shipped);
    QCOMPARE(stored->updatedBy, std::string("wang"));
    QCOMPARE(stored->tmpl.name, std::string("通用 CSV（本办）"));
    QCOMPARE(stored->tmpl.details[5].title, std::string("用途"));
    QCOMPARE(stored->tmpl.results.successWords, (std::vector<std::string> {"成功", "已入账"}));
    QCOMPARE(stored->tmpl, p->draft());
    QVERIFY(!p->hasUnsavedChanges());
    auto *table = child<QTableWidget>(p.get(), "templateTable");
    QVERIFY(table->item(0, 1)->text().startsWith(QStringLiteral("Shipped, edited by wang")));
    QVERIFY(table->item(0, 0)->text().startsWith(QStringLiteral("通用 CSV（本办）")));
    QVERIFY(!child<QPushButton>(p.get(), "saveButton")->isEnabled());
    // A new page reads the saved one.
    auto again = page(m_wang);
    QCOMPARE(again->draft(), stored->tmpl);
}

void BankTemplatesTest::saveShowsTheServiceRefusal()
{
    // A session that claims the Administrator role its user no longer holds: the page
    // offers Save, the service refuses, the page says why and nothing is stored.
    services::Session stale = addUser("sun", {Role::Statistician});
    QVERIFY(stale.userId);
    stale.roles = {Role::Admin, Role::Statistician};
    auto p = page(stale);
    typeInto(p.get(), "nameEdit", QStringLiteral("Changed"));
    QTRY_VERIFY(child<QPushButton>(p.get(), "saveButton")->isEnabled());
    click(p.get(), "saveButton");
    const QString message = labelText(p.get(), "messageLabel");
    QVERIFY2(message.startsWith(QLatin1String("The template was not saved.")), qPrintable(message));
    QCOMPARE(child<ErrorLabel>(p.get(), "messageLabel")->tone(), ErrorLabel::Tone::Error);
    QVERIFY(p->hasUnsavedChanges());
    auto stored = m_app->context->bank().templateById(m_wang, "generic-csv");
    QVERIFY(stored.ok());
    QVERIFY(!stored->saved);
}

void BankTemplatesTest::newCopiesUnderANewIdentifier()
{
    auto p = page(m_wang);
    select(p.get(), "pipe-gb18030");
    click(p.get(), "newTemplateButton");
    QPointer<QInputDialog> dialog =
        p->findChild<QInputDialog *>(QStringLiteral("newTemplateDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->textValue(), QStringLiteral("pipe-gb18030-copy"));
    // Not an identifier: refused, nothing changes.
    dialog->setTextValue(QStringLiteral("My Bank"));
    dialog->accept();
    flushDeletes();
    QVERIFY(labelText(p.get(), "messageLabel").contains(QLatin1String("not valid")));
    QCOMPARE(p->draft().id, std::string("pipe-gb18030"));
    // An identifier in use: refused.
    p->startCopy(QStringLiteral("generic-csv"));
    QVERIFY(labelText(p.get(), "messageLabel").contains(QLatin1String("already")));
    QVERIFY(!p->hasUnsavedChanges());

    click(p.get(), "newTemplateButton");
    dialog = p->findChild<QInputDialog *>(QStringLiteral("newTemplateDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("icbc-pipe"));
    dialog->accept();
    flushDeletes();
    QCOMPARE(p->draft().id, std::string("icbc-pipe"));
    QCOMPARE(p->draft().separator, '|');
    QVERIFY(p->hasUnsavedChanges());
    QVERIFY(labelText(p.get(), "templateTitleLabel").contains(QLatin1String("not saved")));
    QVERIFY(!child<QTableWidget>(p.get(), "templateTable")->isEnabled());
    QVERIFY(child<QLabel>(p.get(), "dirtyHintLabel")->isVisible());
    typeInto(p.get(), "nameEdit", QStringLiteral("工行竖线"));
    QTRY_VERIFY(child<QPushButton>(p.get(), "saveButton")->isEnabled());
    click(p.get(), "saveButton");
    auto stored = m_app->context->bank().templateById(m_wang, "icbc-pipe");
    QVERIFY(stored.ok());
    QVERIFY(stored->saved);
    QVERIFY(!stored->shipped);
    QCOMPARE(stored->tmpl.name, std::string("工行竖线"));
    auto *table = child<QTableWidget>(p.get(), "templateTable");
    QCOMPARE(table->rowCount(), 4);
    QVERIFY(table->isEnabled());
    QVERIFY(table->item(3, 1)->text().startsWith(QStringLiteral("Saved by wang")));
    QCOMPARE(p->draft().id, std::string("icbc-pipe"));
    // The shipped one it was copied from is unchanged.
    QVERIFY(!m_app->context->bank().templateById(m_wang, "pipe-gb18030")->saved);
}

void BankTemplatesTest::importOfBadJsonShowsThePath()
{
    auto p = page(m_wang);
    const QString path = m_app->dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(path,
                      R"({"id":"x","name":"X","format":"fixed","encoding":"UTF-8",)"
                      R"("max_rows":1,"details":[{"source":"seq"}]})"));
    click(p.get(), "importTemplateButton");
    QPointer<QFileDialog> files =
        p->findChild<QFileDialog *>(QStringLiteral("importTemplateFileDialog"));
    QVERIFY(files && files->isVisible());
    files->selectFile(path);
    static_cast<QDialog *>(files.data())->accept(); // QFileDialog::accept is protected
    flushDeletes();
    const QString message = labelText(p.get(), "messageLabel");
    QVERIFY2(message.contains(QLatin1String("details[0].width")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("was not imported")));
    QCOMPARE(child<QTableWidget>(p.get(), "templateTable")->rowCount(), 3);

    // Not JSON at all, and a wrong type deeper down: the path again.
    QVERIFY(writeFile(path, "{\"id\": \"x\", \"results\": {\"success\": [1]}"));
    p->importFile(path);
    QVERIFY(child<ErrorLabel>(p.get(), "messageLabel")->isVisible());
    QCOMPARE(child<ErrorLabel>(p.get(), "messageLabel")->tone(), ErrorLabel::Tone::Error);
    QVERIFY(writeFile(path,
                      R"({"id":"x","name":"X","format":"csv","encoding":"UTF-8",)"
                      R"("max_rows":1,"details":[{"source":"seq"}],)"
                      R"("results":{"account":"a","amount":"b","result":"c",)"
                      R"("reason":"d","amount_unit":"yuan","success":[1],)"
                      R"("failure":["f"]}})"));
    p->importFile(path);
    QVERIFY2(labelText(p.get(), "messageLabel").contains(QLatin1String("results.success[0]")),
             qPrintable(labelText(p.get(), "messageLabel")));
    p->importFile(m_app->dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(labelText(p.get(), "messageLabel").startsWith(QLatin1String("Cannot read")));
    QCOMPARE(child<QTableWidget>(p.get(), "templateTable")->rowCount(), 3);
}

void BankTemplatesTest::importAddsATemplate()
{
    auto p = page(m_wang);
    bank::BankTemplate t = bank::shippedTemplates()[2];
    t.id = "ccb-pipe";
    t.name = "建行竖线";
    t.separator = '^';
    const QString path = m_app->dir.filePath(QStringLiteral("ccb.json"));
    QVERIFY(writeFile(path, QByteArray::fromStdString(bank::templateToJson(t).dump(2))));
    p->importFile(path);
    QVERIFY2(labelText(p.get(), "messageLabel").contains(QLatin1String("was imported")),
             qPrintable(labelText(p.get(), "messageLabel")));
    QCOMPARE(child<QTableWidget>(p.get(), "templateTable")->rowCount(), 4);
    QCOMPARE(p->draft(), t);
    QVERIFY(previewText(p.get()).contains(QStringLiteral("\n1^王秀英^1286.00^")));
    auto stored = m_app->context->bank().templateById(m_wang, "ccb-pipe");
    QVERIFY(stored.ok() && stored->saved);
    // Again: it replaces the stored one, and says so.
    p->importFile(path);
    QVERIFY(labelText(p.get(), "messageLabel").contains(QLatin1String("replaces")));
    QCOMPARE(child<QTableWidget>(p.get(), "templateTable")->rowCount(), 4);
}

void BankTemplatesTest::exportWritesJsonThatReadsBackEqual()
{
    auto p = page(m_wang);
    select(p.get(), "pipe-gb18030");
    const QString path = m_app->dir.filePath(QStringLiteral("pipe.json"));
    click(p.get(), "exportTemplateButton");
    QPointer<QFileDialog> files =
        p->findChild<QFileDialog *>(QStringLiteral("exportTemplateFileDialog"));
    QVERIFY(files && files->isVisible());
    files->selectFile(path);
    static_cast<QDialog *>(files.data())->accept();
    flushDeletes();
    QVERIFY2(labelText(p.get(), "messageLabel").contains(QLatin1String("was written to")),
             qPrintable(labelText(p.get(), "messageLabel")));
    const QByteArray json = readFile(path);
    QVERIFY(json.startsWith("{\n  \"")); // dump(2)
    auto back = bank::templateFromJson(json.toStdString(), Lang::En);
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
    QCOMPARE(*back, p->draft());
    QCOMPARE(*back, bank::shippedTemplates()[2]);

    // An edit is exported as shown in the editor.
    typeInto(p.get(), "nameEdit", QStringLiteral("Pipe, edited"));
    QTRY_VERIFY(p->isValid());
    p->exportFile(path);
    back = bank::templateFromJson(readFile(path).toStdString(), Lang::En);
    QVERIFY(back.ok());
    QCOMPARE(back->name, std::string("Pipe, edited"));
    QCOMPARE(*back, p->draft());

    // Never over the database.
    const QByteArray before = readFile(m_app->dbPath());
    p->exportFile(m_app->dbPath());
    QCOMPARE(child<ErrorLabel>(p.get(), "messageLabel")->tone(), ErrorLabel::Tone::Error);
    QVERIFY(labelText(p.get(), "messageLabel").contains(QLatin1String("not exported")));
    QCOMPARE(readFile(m_app->dbPath()), before);
}

void BankTemplatesTest::readOnlyForARoleThatMayOnlyLook()
{
    services::Session statistician = addUser("sun", {Role::Statistician});
    auto p = page(statistician);
    QCOMPARE(child<QTableWidget>(p.get(), "templateTable")->rowCount(), 3);
    QVERIFY(child<QLabel>(p.get(), "readOnlyLabel")->isVisible());
    for (const char *name :
         {"saveButton", "revertButton", "newTemplateButton", "importTemplateButton"})
        QVERIFY2(!child<QPushButton>(p.get(), name)->isVisible(), name);
    QVERIFY(!child<QLineEdit>(p.get(), "nameEdit")->isEnabled());
    QVERIFY(!child<QComboBox>(p.get(), "formatCombo")->isEnabled());
    auto *details = child<BankFieldTable>(p.get(), "detailFields");
    QVERIFY(!details->table()->cellWidget(0, BankFieldTable::SourceColumn)->isEnabled());
    QVERIFY(!child<QPushButton>(details, "addFieldButton")->isVisible());
    // The preview and the export remain.
    QVERIFY(previewText(p.get()).contains(QStringLiteral("王秀英")));
    QVERIFY(child<QPushButton>(p.get(), "exportTemplateButton")->isEnabled());
    select(p.get(), "xlsx-daifa");
    QVERIFY(p->isValid());
    // Not in 系统管理: a statistician has no administration area.
    QVERIFY(!AdministrationPage::isAvailableTo(statistician.roles));
}

void BankTemplatesTest::pureAdministratorListsTheTemplates()
{
    // The office's first administrator holds every role; one who is only an
    // administrator reads the templates through ManageBankTemplates.
    services::Session li = addUser("li", {Role::Admin});
    QVERIFY(li.userId);
    auto p = page(li);
    QCOMPARE(child<QTableWidget>(p.get(), "templateTable")->rowCount(), 3);
    QVERIFY(!child<ErrorLabel>(p.get(), "listErrorLabel")->isVisible());
}

void BankTemplatesTest::pageInTheMainWindowAt1366()
{
    ApplicationController &controller = *m_app->controller;
    controller.start();
    signIn(controller, QStringLiteral("wang"), QString::fromLatin1(kPassword));
    MainWindow *window = controller.mainWindow();
    QVERIFY(window);
    window->resize(1366, 768);
    QVERIFY(window->showArea(MainWindow::Area::Administration));
    auto *tabs = child<QTabWidget>(window, "administrationTabs");
    QVERIFY(tabs);
    int index = -1;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == QLatin1String("Bank templates"))
            index = i;
    QVERIFY(index >= 0);
    tabs->setCurrentIndex(index);
    auto *p = child<BankTemplatesPage>(window, "bankTemplatesPage");
    QVERIFY(p);
    QTest::qWait(50);
    const QStringList names = {
        QStringLiteral("templateTable"),        QStringLiteral("newTemplateButton"),
        QStringLiteral("importTemplateButton"), QStringLiteral("exportTemplateButton"),
        QStringLiteral("saveButton"),           QStringLiteral("revertButton"),
        QStringLiteral("previewText"),          QStringLiteral("editorTabs")};
    checkInside(window, p, names);
    // Every button has its own mnemonic, none taken by the menu bar (Alt+S is Settings).
    QMap<QChar, QString> mnemonics;
    for (QAction *menu : window->menuBar()->actions())
        if (const qsizetype at = menu->text().indexOf(u'&'); at >= 0)
            mnemonics.insert(menu->text().at(at + 1).toLower(), menu->text());
    child<QTabWidget>(p, "editorTabs")->setCurrentIndex(2); // the detail fields' buttons
    for (QAbstractButton *button : p->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || !qobject_cast<QPushButton *>(button))
            continue;
        const QString text = button->text();
        const qsizetype at = text.indexOf(u'&');
        QVERIFY2(at >= 0 && at + 1 < text.size(), qPrintable(text));
        const QChar key = text.at(at + 1).toLower();
        QVERIFY2(!mnemonics.contains(key),
                 qPrintable(QStringLiteral("%1 and %2").arg(text, mnemonics.value(key))));
        mnemonics.insert(key, text);
    }
    QCOMPARE(child<QPushButton>(p, "saveButton")->text(), QStringLiteral("Save &template"));
    child<QTabWidget>(p, "editorTabs")->setCurrentIndex(0);
    screenshot(window, "bank-templates-01-csv");
    select(p, "xlsx-daifa");
    screenshot(window, "bank-templates-02-xlsx");
    select(p, "pipe-gb18030");
    auto *editor = child<QTabWidget>(p, "editorTabs");
    editor->setCurrentIndex(2);
    screenshot(window, "bank-templates-03-pipe-details");
    editor->setCurrentIndex(4);
    screenshot(window, "bank-templates-04-results");
    editor->setCurrentIndex(2);
    auto *format = child<QComboBox>(p, "formatCombo");
    format->setCurrentIndex(format->findData(static_cast<int>(bank::FileFormat::Fixed)));
    p->updatePreviewNow();
    QVERIFY(!previewError(p).isEmpty());
    checkInside(window, p, names);
    screenshot(window, "bank-templates-05-fixed-error");
    auto *details = child<BankFieldTable>(p, "detailFields");
    auto *header = child<BankFieldTable>(p, "headerFields");
    const std::vector<int> hw = {8, 40, 6, 14}, dw = {6, 20, 12, 19, 18};
    for (int r = 0; r < 4; ++r)
        qobject_cast<QSpinBox *>(header->table()->cellWidget(r, BankFieldTable::WidthColumn))
            ->setValue(hw[static_cast<std::size_t>(r)]);
    for (int r = 0; r < 5; ++r)
        qobject_cast<QSpinBox *>(details->table()->cellWidget(r, BankFieldTable::WidthColumn))
            ->setValue(dw[static_cast<std::size_t>(r)]);
    p->updatePreviewNow();
    QVERIFY(p->isValid());
    checkInside(window, p, names);
    screenshot(window, "bank-templates-06-fixed");
}

QTEST_MAIN(BankTemplatesTest)
#include "bank_templates_test.moc"
