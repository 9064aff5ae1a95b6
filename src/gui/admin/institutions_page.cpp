#include "institutions_page.h"

#include "ui_institutions_page.h"

#include "gui/registry/registry_text.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/field_errors.h"
#include "gui/widgets/record_table.h"

#include "services/registry/registry_service.h"

#include <QHeaderView>
#include <QPushButton>

namespace relief::gui {

namespace {
enum Column {
    NameColumn,
    KindColumn,
    PhoneColumn,
    BankColumn,
    AccountColumn,
    HolderColumn,
    StatusColumn,
    ColumnCount
};

bool isMasked(const std::string &account)
{
    return account.find('*') != std::string::npos;
}
} // namespace

InstitutionsPage::InstitutionsPage(services::RegistryService &registry, services::Session session,
                                   QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::InstitutionsPage>())
    , m_errors(std::make_unique<FieldErrors>())
    , m_registry(registry)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("institutionsPage"));
    m_errors->collect(this, m_ui->institutionMessageLabel);
    m_ui->listErrorLabel->hide();
    m_ui->institutionMessageLabel->hide();
    for (InstitutionKind kind : {InstitutionKind::CareHome, InstitutionKind::WelfareInstitution})
        m_ui->institutionKindCombo->addItem(institutionKindName(kind), static_cast<int>(kind));
    QHeaderView *header = m_ui->institutionTable->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);

    connect(m_ui->institutionTable, &QTableWidget::itemSelectionChanged, this,
            &InstitutionsPage::loadSelected);
    connect(m_ui->newInstitutionButton, &QPushButton::clicked, this, &InstitutionsPage::startNew);
    connect(m_ui->saveInstitutionButton, &QPushButton::clicked, this, &InstitutionsPage::save);
    for (QLineEdit *edit : {m_ui->institutionNameEdit, m_ui->institutionAddressEdit,
                            m_ui->institutionPhoneEdit, m_ui->institutionBankNameEdit,
                            m_ui->institutionBankAccountEdit, m_ui->institutionHolderEdit})
        connect(edit, &QLineEdit::returnPressed, this, &InstitutionsPage::save);
    refresh();
    startNew();
}

InstitutionsPage::~InstitutionsPage() = default;

void InstitutionsPage::refresh()
{
    const std::int64_t keep = m_editing;
    auto list = m_registry.institutions(m_session);
    if (!list.ok()) {
        m_ui->listErrorLabel->setText(qs(list.error().message));
        m_ui->listErrorLabel->show();
        return;
    }
    m_ui->listErrorLabel->hide();
    m_institutions = std::move(*list);
    QTableWidget *table = m_ui->institutionTable;
    const QSignalBlocker blocker(table);
    table->clearSelection();
    table->setRowCount(static_cast<int>(m_institutions.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const storage::InstitutionRecord &i = m_institutions[static_cast<size_t>(row)];
        const QString cells[ColumnCount] = {qs(i.name),
                                            institutionKindName(i.kind),
                                            qs(i.phone),
                                            qs(i.bankName),
                                            qs(i.bankAccount),
                                            qs(i.accountHolder),
                                            i.active ? tr("In use") : tr("No longer in use")};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (!i.active)
                item->setForeground(palette().brush(QPalette::PlaceholderText));
            if (col == NameColumn && !i.address.empty())
                item->setToolTip(qs(i.address));
            table->setItem(row, col, item);
        }
    }
    if (keep)
        selectInstitution(keep);
}

const storage::InstitutionRecord *InstitutionsPage::selected() const
{
    return selectedRecord(m_ui->institutionTable, m_institutions);
}

void InstitutionsPage::selectInstitution(std::int64_t id)
{
    selectRecordRow(m_ui->institutionTable, m_institutions, id);
}

void InstitutionsPage::startNew()
{
    m_ui->institutionTable->clearSelection();
    m_editing = 0;
    m_accountMasked = false;
    clearErrors();
    m_ui->institutionMessageLabel->hide();
    m_ui->institutionBox->setTitle(tr("New institution"));
    for (QLineEdit *edit : {m_ui->institutionNameEdit, m_ui->institutionAddressEdit,
                            m_ui->institutionPhoneEdit, m_ui->institutionBankNameEdit,
                            m_ui->institutionBankAccountEdit, m_ui->institutionHolderEdit})
        edit->clear();
    m_ui->institutionBankAccountEdit->setPlaceholderText(tr("16 to 19 digits"));
    m_ui->institutionBankAccountEdit->setToolTip(QString());
    m_ui->institutionKindCombo->setCurrentIndex(0);
    m_ui->institutionActiveCheck->setChecked(true);
    m_ui->saveInstitutionButton->setText(tr("&Add institution"));
    m_ui->institutionNameEdit->setFocus();
}

void InstitutionsPage::loadSelected()
{
    const storage::InstitutionRecord *i = selected();
    if (!i)
        return;
    m_editing = i->id;
    clearErrors();
    m_ui->institutionMessageLabel->hide();
    m_ui->institutionBox->setTitle(tr("Institution %1").arg(qs(i->name)));
    m_ui->institutionNameEdit->setText(qs(i->name));
    m_ui->institutionKindCombo->setCurrentIndex(
        m_ui->institutionKindCombo->findData(static_cast<int>(i->kind)));
    m_ui->institutionAddressEdit->setText(qs(i->address));
    m_ui->institutionPhoneEdit->setText(qs(i->phone));
    m_ui->institutionBankNameEdit->setText(qs(i->bankName));
    m_ui->institutionHolderEdit->setText(qs(i->accountHolder));
    m_ui->institutionActiveCheck->setChecked(i->active);
    m_accountMasked = isMasked(i->bankAccount);
    if (m_accountMasked) {
        m_ui->institutionBankAccountEdit->clear();
        m_ui->institutionBankAccountEdit->setPlaceholderText(
            tr("Ending %1; leave empty to keep it").arg(qs(i->bankAccount).right(4)));
        m_ui->institutionBankAccountEdit->setToolTip(
            tr("Your role sees the account on file only masked (%1). Leave the field empty "
               "to keep it, or type a new full number to replace it.")
                .arg(qs(i->bankAccount)));
    } else {
        m_ui->institutionBankAccountEdit->setText(qs(i->bankAccount));
        m_ui->institutionBankAccountEdit->setPlaceholderText(tr("16 to 19 digits"));
        m_ui->institutionBankAccountEdit->setToolTip(QString());
    }
    m_ui->saveInstitutionButton->setText(tr("&Save changes"));
}

void InstitutionsPage::clearErrors()
{
    m_errors->clear();
}

void InstitutionsPage::showError(const Error &error)
{
    // Errors without a field of their own show at the message line, in red.
    ErrorLabel::applyTone(m_ui->institutionMessageLabel, ErrorLabel::Tone::Error);
    if (QLabel *shown = m_errors->show(error); shown && shown != m_ui->institutionMessageLabel)
        if (auto *edit = qobject_cast<QLineEdit *>(shown->buddy()))
            edit->selectAll();
}

void InstitutionsPage::showMessage(const QString &message, bool problem)
{
    ErrorLabel::applyTone(m_ui->institutionMessageLabel,
                          problem ? ErrorLabel::Tone::Error : ErrorLabel::Tone::Plain);
    m_ui->institutionMessageLabel->setText(message);
    m_ui->institutionMessageLabel->show();
}

void InstitutionsPage::save()
{
    clearErrors();
    m_ui->institutionMessageLabel->hide();
    services::InstitutionInput input;
    input.name = ss(m_ui->institutionNameEdit->text().trimmed());
    input.kind = static_cast<InstitutionKind>(m_ui->institutionKindCombo->currentData().toInt());
    input.address = ss(m_ui->institutionAddressEdit->text().trimmed());
    input.phone = ss(m_ui->institutionPhoneEdit->text().trimmed());
    input.bankName = ss(m_ui->institutionBankNameEdit->text().trimmed());
    input.bankAccount = ss(m_ui->institutionBankAccountEdit->text().remove(u' ').remove(u'-'));
    input.accountHolder = ss(m_ui->institutionHolderEdit->text().trimmed());
    input.active = m_ui->institutionActiveCheck->isChecked();
    // A role that sees the account only masked leaves the field empty to keep it.
    input.keepStoredAccount = m_editing != 0 && m_accountMasked && input.bankAccount.empty();
    std::int64_t id = m_editing;
    if (id == 0) {
        auto added = m_registry.addInstitution(m_session, input);
        if (!added.ok())
            return showError(added.error());
        id = *added;
    } else if (auto status = m_registry.updateInstitution(m_session, id, input); !status.ok()) {
        return showError(status.error());
    }
    const bool wasNew = m_editing == 0;
    m_editing = id;
    refresh();
    loadSelected();
    showMessage(wasNew ? tr("The institution %1 was added.").arg(qs(input.name))
                       : tr("The changes were saved."),
                false);
    Q_EMIT institutionsChanged();
}

} // namespace relief::gui
