#include "change_table_dialog.h"

#include "ui_change_table_dialog.h"

#include "gui/applications/application_display.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/screen_fit.h"

#include "reports/payroll/change_table_report.h"
#include "reports/payroll/payroll_text.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace relief::gui {

using reports::PayrollText;

namespace {

template<class K> QString lookup(const std::vector<std::pair<K, std::string>> &list, K key)
{
    for (const auto &[k, v] : list)
        if (k == key)
            return qs(v);
    return {};
}

void setup(QTableWidget *table, const QStringList &header)
{
    table->setColumnCount(static_cast<int>(header.size()));
    table->setHorizontalHeaderLabels(header);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
}

void setRow(QTableWidget *table, int row, const QStringList &cells, int firstNumber)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c >= firstNumber)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

QString money(const Money &m)
{
    return qs(m.toString());
}

} // namespace

ChangeTableDialog::ChangeTableDialog(AppContext &context, services::Session session,
                                     const YearMonth &month, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_ChangeTableDialog>())
    , m_context(context)
    , m_session(std::move(session))
    , m_month(month)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("changeTableDialog"));
    setWindowTitle(tr("Change table %1").arg(PayrollText::month(month)));
    m_ui->errorLabel->clearMessage();
    setup(m_ui->changeGroupTable,
          {tr("Community"), tr("Programme"), tr("Change"), tr("Households"), tr("Persons"),
           tr("Before"), tr("After"), tr("Difference")});
    setup(m_ui->changeBalanceTable,
          {tr("Community"), tr("Programme"), tr("Cases before"), tr("Before"), tr("Changes"),
           tr("Cases after"), tr("After"), tr("Check")});
    setup(m_ui->changeCaseTable,
          {tr("Community"), tr("Programme"), tr("Household no."), tr("Head"), tr("Change"),
           tr("Before"), tr("After"), tr("Decision"), tr("Reason")});
    connect(m_ui->printPreviewButton, &QPushButton::clicked, this, &ChangeTableDialog::openPreview);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &ChangeTableDialog::openSavePdf);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    resizeToFit(this, QSize(1000, 640));
    load();
}

ChangeTableDialog::~ChangeTableDialog() = default;

void ChangeTableDialog::load()
{
    m_view.reset();
    m_html.clear();
    auto view = m_context.payroll().changeTable(m_session, m_month);
    if (!view.ok()) {
        m_ui->errorLabel->showMessage(qs(view.error().message));
    } else {
        m_ui->errorLabel->clearMessage();
        m_view = std::move(*view);
        m_html =
            reports::ChangeTableReport::html(*m_view, ApplicationDisplay::officeHeading(m_context));
    }
    m_ui->printPreviewButton->setEnabled(m_view.has_value());
    m_ui->savePdfButton->setEnabled(m_view.has_value());
    fill();
}

void ChangeTableDialog::fill()
{
    QTableWidget *groups = m_ui->changeGroupTable;
    QTableWidget *balances = m_ui->changeBalanceTable;
    QTableWidget *cases = m_ui->changeCaseTable;
    groups->setRowCount(0);
    balances->setRowCount(0);
    cases->setRowCount(0);
    if (!m_view) {
        m_ui->headingLabel->setText(QString());
        return;
    }
    const auto &v = *m_view;
    const auto &t = v.table;
    QString heading = tr("%1 against %2.")
                          .arg(PayrollText::month(t.month), PayrollText::month(t.month.previous()));
    if (!v.previous)
        heading = tr("%1 is the first roll: every case is new.").arg(PayrollText::month(t.month));
    heading += u' ' + reports::ChangeTableReport::rollRecord(v.current);
    m_ui->headingLabel->setText(heading);

    groups->setRowCount(static_cast<int>(t.groups.size()));
    for (int row = 0; row < groups->rowCount(); ++row) {
        const auto &g = t.groups[static_cast<size_t>(row)];
        setRow(groups, row,
               {lookup(v.communityNames, g.communityId), PayrollText::programme(g.programme),
                PayrollText::changeKind(g.kind), QString::number(g.households),
                QString::number(g.persons), money(g.before), money(g.after), money(g.difference)},
               3);
    }
    balances->setRowCount(static_cast<int>(t.balances.size()));
    bool allBalance = true;
    for (int row = 0; row < balances->rowCount(); ++row) {
        const auto &b = t.balances[static_cast<size_t>(row)];
        Money changes;
        for (const auto &g : t.groups)
            if (g.communityId == b.communityId && g.programme == b.programme)
                changes = changes + g.difference;
        const bool ok = b.before + changes == b.after;
        allBalance = allBalance && ok;
        setRow(balances, row,
               {lookup(v.communityNames, b.communityId), PayrollText::programme(b.programme),
                QString::number(b.casesBefore), money(b.before), money(changes),
                QString::number(b.casesAfter), money(b.after),
                ok ? tr("balances") : tr("does not balance")},
               2);
        if (!ok)
            balances->item(row, 7)->setForeground(ErrorLabel::color(ErrorLabel::Tone::Error));
    }
    if (!allBalance)
        m_ui->errorLabel->showMessage(
            tr("The check line does not balance for every community and programme."));
    cases->setRowCount(static_cast<int>(t.cases.size()));
    for (int row = 0; row < cases->rowCount(); ++row) {
        const auto &c = t.cases[static_cast<size_t>(row)];
        QString reason = qs(c.reason);
        if (c.gradualExitEnded)
            reason = tr("Gradual exit ended");
        if (c.movedCommunity)
            reason = reason.isEmpty() ? tr("Moved to another community")
                                      : tr("%1 (moved to another community)").arg(reason);
        setRow(cases, row,
               {lookup(v.communityNames, c.communityId), PayrollText::programme(c.programme),
                lookup(v.householdNumbers, c.householdId), lookup(v.headNames, c.householdId),
                PayrollText::changeKind(c.kind), money(c.before), money(c.after),
                c.decisionKind ? PayrollText::decisionKind(*c.decisionKind) : QString(), reason},
               9);
        cases->item(row, 5)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        cases->item(row, 6)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_ui->changeTabs->setTabText(1, tr("Cases (%1)").arg(t.cases.size()));
    sizeColumnsToContents(groups);
    sizeColumnsToContents(balances);
    sizeColumnsToContents(cases);
}

PrintJob ChangeTableDialog::printJob() const
{
    PrintJob job;
    job.title = tr("Change table %1").arg(PayrollText::month(m_month));
    job.html = m_html;
    job.landscape = true;
    job.fileName = reports::ChangeTableReport::fileName(m_month);
    if (m_view)
        job.footerNote = reports::ChangeTableReport::footerNote(*m_view);
    return job;
}

QPrintPreviewDialog *ChangeTableDialog::openPreview()
{
    return ReportOutput::openPreview(this, m_context, printJob());
}

QFileDialog *ChangeTableDialog::openSavePdf()
{
    return ReportOutput::openSavePdf(this, m_context, printJob());
}

} // namespace relief::gui
