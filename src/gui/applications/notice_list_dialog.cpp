#include "notice_list_dialog.h"

#include "ui_notice_list_dialog.h"

#include "application_display.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/report_output.h"

#include "reports/applications/notice_list_report.h"
#include "services/applications/application_text.h"

#include <QHeaderView>
#include <QPushButton>

namespace relief::gui {

NoticeListDialog::NoticeListDialog(AppContext &context, services::Session session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_NoticeListDialog>())
    , m_context(context)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->noticeCommunityCombo->addItem(tr("All communities"), QVariant::fromValue<qint64>(0));
    if (auto communities = m_context.registry().communities(m_session); communities.ok())
        for (const auto &c : *communities)
            m_ui->noticeCommunityCombo->addItem(qs(c.name), QVariant::fromValue<qint64>(c.id));
    auto *table = m_ui->noticeTable;
    table->setColumnCount(7);
    table->setHorizontalHeaderLabels({tr("Community"), tr("Applicant"), tr("Household size"),
                                      tr("Programme"), tr("Amount (yuan)"), tr("Remark"),
                                      tr("Notice period")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_ui->previewButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->noticeCommunityCombo, &QComboBox::currentIndexChanged, this,
            &NoticeListDialog::refresh);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &NoticeListDialog::openPreview);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &NoticeListDialog::openSavePdf);
    refresh();
}

NoticeListDialog::~NoticeListDialog() = default;

void NoticeListDialog::refresh()
{
    m_ui->errorLabel->hide();
    const qint64 community = m_ui->noticeCommunityCombo->currentData().toLongLong();
    auto rows = m_context.applications().noticeList(
        m_session, community > 0 ? std::optional<std::int64_t>(community) : std::nullopt);
    auto *table = m_ui->noticeTable;
    table->setRowCount(0);
    if (!rows.ok()) {
        m_html.clear();
        m_ui->errorLabel->setText(qs(rows.error().message));
        m_ui->errorLabel->show();
        m_ui->previewButton->setEnabled(false);
        m_ui->savePdfButton->setEnabled(false);
        return;
    }
    table->setRowCount(static_cast<int>(rows->size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto &r = (*rows)[static_cast<size_t>(row)];
        const QStringList cells {
            qs(r.communityName),
            qs(r.maskedName),
            QString::number(r.householdSize),
            services::ApplicationText::programme(r.programme),
            qs(r.amount.toString()),
            r.staffRelated ? tr("Related to staff") : QString(),
            tr("%1 to %2").arg(qs(r.firstDay.toString()), qs(r.lastDay.toString()))};
        for (int col = 0; col < cells.size(); ++col)
            table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_ui->noticeCountLabel->setText(
        tr("%n application(s) on notice", nullptr, static_cast<int>(rows->size())));
    m_html = reports::NoticeListReport::html(*rows, ApplicationDisplay::officeHeading(m_context));
    m_ui->previewButton->setEnabled(true);
    m_ui->savePdfButton->setEnabled(true);
}

PrintJob NoticeListDialog::job() const
{
    PrintJob job;
    job.title = tr("Public notice list");
    job.html = m_html;
    job.landscape = true;
    const QString community = m_ui->noticeCommunityCombo->currentData().toLongLong() > 0
        ? m_ui->noticeCommunityCombo->currentText()
        : tr("all");
    job.fileName = QStringLiteral("公示名单-%1-%2.pdf")
                       .arg(community, qs(m_context.clock().today().toString()));
    return job;
}

QPrintPreviewDialog *NoticeListDialog::openPreview()
{
    return ReportOutput::openPreview(this, m_context, job());
}

QFileDialog *NoticeListDialog::openSavePdf()
{
    return ReportOutput::openSavePdf(this, m_context, job());
}

} // namespace relief::gui
