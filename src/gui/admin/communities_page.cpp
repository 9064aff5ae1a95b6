#include "communities_page.h"

#include "ui_communities_page.h"

#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/field_errors.h"
#include "gui/widgets/record_table.h"

#include "services/registry/registry_service.h"

#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace relief::gui {

namespace {
enum Column { CodeColumn, NameColumn, NextNumberColumn, StatusColumn, ColumnCount };
} // namespace

CommunitiesPage::CommunitiesPage(services::RegistryService &registry, services::Session session,
                                 QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::CommunitiesPage>())
    , m_errors(std::make_unique<FieldErrors>())
    , m_registry(registry)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("communitiesPage"));
    m_errors->collect(this, m_ui->communityMessageLabel);
    m_ui->listErrorLabel->hide();
    m_ui->communityMessageLabel->hide();
    // Letters and digits only; the service upper-cases and checks again.
    m_ui->communityCodeEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,8}")), m_ui->communityCodeEdit));
    QHeaderView *header = m_ui->communityTable->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    connect(m_ui->communityTable, &QTableWidget::itemSelectionChanged, this,
            &CommunitiesPage::loadSelected);
    connect(m_ui->newCommunityButton, &QPushButton::clicked, this, &CommunitiesPage::startNew);
    connect(m_ui->saveCommunityButton, &QPushButton::clicked, this, &CommunitiesPage::save);
    for (QLineEdit *edit : {m_ui->communityCodeEdit, m_ui->communityNameEdit})
        connect(edit, &QLineEdit::returnPressed, this, &CommunitiesPage::save);
    refresh();
    startNew();
}

CommunitiesPage::~CommunitiesPage() = default;

void CommunitiesPage::refresh()
{
    const std::int64_t keep = m_editing;
    auto list = m_registry.communities(m_session);
    if (!list.ok()) {
        m_ui->listErrorLabel->setText(qs(list.error().message));
        m_ui->listErrorLabel->show();
        return;
    }
    m_ui->listErrorLabel->hide();
    m_communities = std::move(*list);
    QTableWidget *table = m_ui->communityTable;
    const QSignalBlocker blocker(table);
    table->clearSelection();
    table->setRowCount(static_cast<int>(m_communities.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const storage::CommunityRecord &c = m_communities[static_cast<size_t>(row)];
        const QString cells[ColumnCount] = {
            qs(c.code), qs(c.name),
            QStringLiteral("%1%2").arg(qs(c.code)).arg(c.nextSeq, 5, 10, QLatin1Char('0')),
            c.active ? tr("In use") : tr("No longer in use")};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (!c.active)
                item->setForeground(palette().brush(QPalette::PlaceholderText));
            table->setItem(row, col, item);
        }
    }
    if (keep)
        selectCommunity(keep);
}

const storage::CommunityRecord *CommunitiesPage::selected() const
{
    return selectedRecord(m_ui->communityTable, m_communities);
}

void CommunitiesPage::selectCommunity(std::int64_t id)
{
    selectRecordRow(m_ui->communityTable, m_communities, id);
}

void CommunitiesPage::startNew()
{
    m_ui->communityTable->clearSelection();
    m_editing = 0;
    clearErrors();
    m_ui->communityMessageLabel->hide();
    m_ui->communityBox->setTitle(tr("New community"));
    m_ui->communityCodeEdit->clear();
    m_ui->communityNameEdit->clear();
    m_ui->communityActiveCheck->setChecked(true);
    m_ui->codeNoteLabel->hide();
    m_ui->saveCommunityButton->setText(tr("&Add community"));
    m_ui->communityCodeEdit->setFocus();
}

void CommunitiesPage::loadSelected()
{
    const storage::CommunityRecord *c = selected();
    if (!c)
        return;
    m_editing = c->id;
    clearErrors();
    m_ui->communityMessageLabel->hide();
    m_ui->communityBox->setTitle(tr("Community %1").arg(qs(c->name)));
    m_ui->communityCodeEdit->setText(qs(c->code));
    m_ui->communityNameEdit->setText(qs(c->name));
    m_ui->communityActiveCheck->setChecked(c->active);
    m_ui->codeNoteLabel->show();
    m_ui->saveCommunityButton->setText(tr("&Save changes"));
}

void CommunitiesPage::clearErrors()
{
    m_errors->clear();
}

void CommunitiesPage::showError(const Error &error)
{
    // Errors without a field of their own show at the message line, in red.
    ErrorLabel::applyTone(m_ui->communityMessageLabel, ErrorLabel::Tone::Error);
    if (QLabel *shown = m_errors->show(error); shown && shown != m_ui->communityMessageLabel)
        if (auto *edit = qobject_cast<QLineEdit *>(shown->buddy()))
            edit->selectAll();
}

void CommunitiesPage::showMessage(const QString &message)
{
    m_ui->communityMessageLabel->setText(message);
    m_ui->communityMessageLabel->show();
}

void CommunitiesPage::save()
{
    clearErrors();
    m_ui->communityMessageLabel->hide();
    ErrorLabel::applyTone(m_ui->communityMessageLabel, ErrorLabel::Tone::Plain);
    services::CommunityInput input;
    input.code = ss(m_ui->communityCodeEdit->text().trimmed());
    input.name = ss(m_ui->communityNameEdit->text().trimmed());
    input.active = m_ui->communityActiveCheck->isChecked();
    std::int64_t id = m_editing;
    if (id == 0) {
        auto added = m_registry.addCommunity(m_session, input);
        if (!added.ok())
            return showError(added.error());
        id = *added;
    } else if (auto status = m_registry.updateCommunity(m_session, id, input); !status.ok()) {
        return showError(status.error());
    }
    const bool wasNew = m_editing == 0;
    m_editing = id;
    refresh();
    loadSelected();
    showMessage(wasNew ? tr("The community %1 was added.").arg(qs(input.name))
                       : tr("The changes were saved."));
    Q_EMIT communitiesChanged();
}

} // namespace relief::gui
