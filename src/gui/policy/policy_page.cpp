#include "policy_page.h"

#include "gui/payroll/standard_change_dialog.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/message_boxes.h"
#include "policy_editor_dialog.h"

#include "services/payroll/standard_change_service.h"
#include "services/policy/policy_service.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace relief::gui {

PolicyPage::PolicyPage(services::PolicyService &policy, services::Session session, QWidget *parent)
    : QWidget(parent)
    , m_policy(policy)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("policyPage"));
    auto *layout = new QVBoxLayout(this);
    m_inForceLabel = new QLabel(this);
    m_inForceLabel->setObjectName(QStringLiteral("inForceLabel"));
    layout->addWidget(m_inForceLabel);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("policyTable"));
    m_table->setHorizontalHeaderLabels({tr("In force from"), tr("Urban standard"),
                                        tr("Rural standard"), tr("Added by"), tr("Added at")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PolicyPage::showSelected);
    layout->addWidget(m_table, 2);

    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("New version…"), this);
    newButton->setObjectName(QStringLiteral("newPolicyButton"));
    auto *importButton = new QPushButton(tr("Import JSON…"), this);
    importButton->setObjectName(QStringLiteral("importPolicyButton"));
    m_exportButton = new QPushButton(tr("Export JSON…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportPolicyButton"));
    connect(newButton, &QPushButton::clicked, this, &PolicyPage::newVersion);
    connect(importButton, &QPushButton::clicked, this, &PolicyPage::importFile);
    connect(m_exportButton, &QPushButton::clicked, this, &PolicyPage::exportSelected);
    buttons->addWidget(newButton);
    buttons->addWidget(importButton);
    buttons->addWidget(m_exportButton);
    // DA-4: a new set opens a standard-change batch (shown with a context only).
    m_standardChangeButton = new QPushButton(tr("Standard change (提标测算)…"), this);
    m_standardChangeButton->setObjectName(QStringLiteral("standardChangeButton"));
    m_standardChangeButton->setToolTip(
        tr("Re-assess every active case with the selected set and propose the raises"));
    m_standardChangeButton->hide();
    connect(m_standardChangeButton, &QPushButton::clicked, this, &PolicyPage::standardChange);
    buttons->addWidget(m_standardChangeButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    // The set as the editor's form names it; the JSON (what files hold) one tab away.
    auto *views = new QTabWidget(this);
    views->setObjectName(QStringLiteral("policyViews"));
    m_formView = new QTextBrowser(views);
    m_formView->setObjectName(QStringLiteral("policyFormView"));
    views->addTab(m_formView, tr("Parameters"));
    m_jsonView = new QPlainTextEdit(views);
    m_jsonView->setObjectName(QStringLiteral("policyJsonView"));
    m_jsonView->setReadOnly(true);
    m_jsonView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    views->addTab(m_jsonView, tr("JSON"));
    layout->addWidget(views, 3);
    reload();
}

PolicyPage::PolicyPage(AppContext &context, services::Session session, QWidget *parent)
    : PolicyPage(context.policy(), std::move(session), parent)
{
    m_context = &context;
    m_standardChangeButton->setVisible(
        services::rolesAllow(m_session.roles, services::Action::ProposeStandardChange));
    showSelected();
}

PolicyPage::~PolicyPage() = default;

void PolicyPage::reload()
{
    auto list = m_policy.list();
    if (!list.ok()) {
        showError(this, tr("Policy parameters"), list.error());
        return;
    }
    m_versions = std::move(*list);
    m_table->setRowCount(static_cast<int>(m_versions.size()));
    for (int row = 0; row < static_cast<int>(m_versions.size()); ++row) {
        const auto &v = m_versions[static_cast<size_t>(row)];
        const QStringList cells {
            qs(v.parameters.effectiveFrom.toString()), qs(v.parameters.standardUrban.toString()),
            qs(v.parameters.standardRural.toString()),
            v.createdBy == "system" ? tr("shipped with ReliefDesk") : qs(v.createdBy),
            // Sets shipped before their time was kept: added with the database.
            v.createdAt.empty() ? tr("at set-up") : localTimeFromIsoUtc(v.createdAt)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    auto today = m_policy.inForceOn(m_policy.clock().today());
    m_inForceLabel->setText(
        today.ok()
            ? tr("In force today: the set of %1 (urban standard %2 yuan, rural %3 yuan).")
                  .arg(qs(today->effectiveFrom.toString()), qs(today->standardUrban.toString()),
                       qs(today->standardRural.toString()))
            : qs(today.error().message));
    if (!m_versions.empty())
        m_table->selectRow(static_cast<int>(m_versions.size()) - 1);
    showSelected();
}

const PolicyParameters *PolicyPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_versions.size()))
        return nullptr;
    return &m_versions[static_cast<size_t>(row)].parameters;
}

void PolicyPage::showSelected()
{
    const PolicyParameters *set = selected();
    m_exportButton->setEnabled(set != nullptr);
    m_standardChangeButton->setEnabled(set != nullptr && m_context);
    m_jsonView->setPlainText(set ? qs(set->toJson()) : QString());
    m_formView->setHtml(set ? PolicyEditorDialog::describe(*set) : QString());
}

void PolicyPage::newVersion()
{
    const PolicyParameters *from = selected();
    if (!from && !m_versions.empty())
        from = &m_versions.back().parameters;
    // Window-modal and self-deleting: no nested event loop while it is open.
    auto *dialog =
        new PolicyEditorDialog(m_policy, m_session, from ? *from : PolicyParameters {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        showInfo(this, tr("Policy parameters"),
                 tr("The parameter set in force from %1 is stored.")
                         .arg(qs(dialog->savedEffectiveFrom().toString())) +
                     standardChangeHint());
    });
    dialog->open();
}

QString PolicyPage::standardChangeHint() const
{
    if (!m_context ||
        !services::rolesAllow(m_session.roles, services::Action::ProposeStandardChange))
        return {};
    return u'\n' +
        tr("A new set changes no amount by itself: use “Standard change (提标测算)…” to "
           "re-assess the active cases with it.");
}

void PolicyPage::standardChange()
{
    const PolicyParameters *set = selected();
    if (!set || !m_context)
        return;
    auto id = m_context->standardChanges().policySetId(set->effectiveFrom);
    if (!id.ok()) {
        showError(this, tr("Standard change"), id.error());
        return;
    }
    auto *dialog = new StandardChangeDialog(*m_context, m_session, *id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PolicyPage::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import policy parameters"),
                                                      QString(), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(this, tr("Import policy parameters"),
                  tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    auto added = m_policy.importJson(m_session, file.readAll().toStdString());
    if (!added.ok()) {
        const Error &e = added.error();
        showError(this, tr("Import policy parameters"),
                  e.field.empty() ? qs(e.message) : tr("%1: %2").arg(qs(e.field), qs(e.message)));
        return;
    }
    reload();
    showInfo(this, tr("Import policy parameters"),
             tr("The parameter set in force from %1 is stored.").arg(qs(added->toString())) +
                 standardChangeHint());
}

void PolicyPage::exportSelected()
{
    const PolicyParameters *set = selected();
    if (!set)
        return;
    const QString name = QStringLiteral("policy-%1.json").arg(qs(set->effectiveFrom.toString()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export policy parameters"), name,
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = QByteArray::fromStdString(set->toJson() + "\n");
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        showError(this, tr("Export policy parameters"),
                  tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace relief::gui
