#include "household_dialog.h"

#include "gui/app_context.h"
#include "gui/display_text.h"
#include "gui/member_form.h"
#include "gui/registry_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace relief::gui {

HouseholdDialog::HouseholdDialog(AppContext &context, services::Session session, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("newHouseholdDialog"));
    setWindowTitle(tr("New household"));
    build(true);
}

HouseholdDialog::HouseholdDialog(AppContext &context, services::Session session,
                                 const services::HouseholdView &view, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(std::move(session))
    , m_householdId(view.household.id)
{
    setObjectName(QStringLiteral("editHouseholdDialog"));
    setWindowTitle(tr("Edit household %1").arg(qs(view.household.householdNo)));
    build(false);
    const storage::HouseholdRecord &h = view.household;
    m_communityCombo->setCurrentIndex(
        std::max(0, m_communityCombo->findData(QVariant::fromValue<qint64>(h.communityId))));
    m_addressEdit->setText(qs(h.address));
    m_areaCombo->setCurrentIndex(static_cast<int>(h.area));
    m_phoneEdit->setText(qs(h.phone));
    m_bankNameEdit->setText(qs(h.bankName));
    m_bankAccountEdit->setText(qs(h.bankAccount));
    m_holderEdit->setText(qs(h.accountHolder));
}

HouseholdDialog::~HouseholdDialog() = default;

QLabel *HouseholdDialog::addErrorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("fieldError_") + field);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    m_errorLabels[field] = label;
    return label;
}

void HouseholdDialog::build(bool withHead)
{
    auto *layout = new QVBoxLayout(this);
    auto *facts = new QGroupBox(tr("Household"), this);
    auto *form = new QFormLayout(facts);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_communityCombo = new QComboBox(this);
    m_communityCombo->setObjectName(QStringLiteral("communityCombo"));
    if (auto communities = m_context.registry().communities(m_session); communities.ok())
        for (const auto &c : *communities)
            if (c.active)
                m_communityCombo->addItem(qs(c.name), QVariant::fromValue<qint64>(c.id));
    form->addRow(tr("&Community:"), m_communityCombo);
    form->addRow(QString(), addErrorLabel(QStringLiteral("community")));

    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    form->addRow(tr("&Address:"), m_addressEdit);
    form->addRow(QString(), addErrorLabel(QStringLiteral("address")));

    m_areaCombo = new QComboBox(this);
    m_areaCombo->setObjectName(QStringLiteral("areaCombo"));
    m_areaCombo->addItem(areaName(Area::Urban), static_cast<int>(Area::Urban));
    m_areaCombo->addItem(areaName(Area::Rural), static_cast<int>(Area::Rural));
    form->addRow(tr("A&rea:"), m_areaCombo);

    m_phoneEdit = new QLineEdit(this);
    m_phoneEdit->setObjectName(QStringLiteral("householdPhoneEdit"));
    form->addRow(tr("&Phone:"), m_phoneEdit);
    form->addRow(QString(), addErrorLabel(QStringLiteral("phone")));

    m_bankNameEdit = new QLineEdit(this);
    m_bankNameEdit->setObjectName(QStringLiteral("bankNameEdit"));
    form->addRow(tr("&Bank:"), m_bankNameEdit);
    form->addRow(QString(), addErrorLabel(QStringLiteral("bank_name")));
    m_bankAccountEdit = new QLineEdit(this);
    m_bankAccountEdit->setObjectName(QStringLiteral("bankAccountEdit"));
    form->addRow(tr("Account &number:"), m_bankAccountEdit);
    form->addRow(QString(), addErrorLabel(QStringLiteral("bank_account")));
    m_holderEdit = new QLineEdit(this);
    m_holderEdit->setObjectName(QStringLiteral("accountHolderEdit"));
    form->addRow(tr("Account &holder:"), m_holderEdit);
    form->addRow(QString(), addErrorLabel(QStringLiteral("account_holder")));
    layout->addWidget(facts);

    if (withHead) {
        auto *headBox = new QGroupBox(tr("Head of household"), this);
        auto *headLayout = new QVBoxLayout(headBox);
        m_head = new MemberForm(m_context, m_session, 0, headBox);
        m_head->setHeadOnly();
        auto *scroll = new QScrollArea(headBox);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(m_head);
        headLayout->addWidget(scroll);
        layout->addWidget(headBox, 1);
    }

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(withHead ? tr("Register household") : tr("Save"),
                                      QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &HouseholdDialog::attemptSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_head)
        connect(m_head, &MemberForm::refusedChanged, m_saveButton,
                [this](bool refused) { m_saveButton->setEnabled(!refused); });
    resize(withHead ? 640 : 520, withHead ? 760 : 420);
}

services::HouseholdInput HouseholdDialog::householdInput() const
{
    services::HouseholdInput h;
    h.communityId = m_communityCombo->currentData().toLongLong();
    h.address = ss(m_addressEdit->text().trimmed());
    h.area = static_cast<Area>(m_areaCombo->currentData().toInt());
    h.phone = ss(m_phoneEdit->text().trimmed());
    h.bankName = ss(m_bankNameEdit->text().trimmed());
    h.bankAccount = ss(m_bankAccountEdit->text().remove(u' '));
    h.accountHolder = ss(m_holderEdit->text().trimmed());
    return h;
}

void HouseholdDialog::attemptSave()
{
    for (auto &[field, label] : m_errorLabels)
        label->hide();
    m_errorLabel->hide();
    if (m_head)
        m_head->clearErrors();
    if (m_head) {
        services::NewHousehold input;
        input.household = householdInput();
        input.members.push_back(m_head->input());
        auto created = m_context.registry().createHousehold(m_session, input);
        if (!created.ok())
            return showError(created.error());
        m_householdId = *created;
    } else {
        auto status =
            m_context.registry().updateHousehold(m_session, m_householdId, householdInput());
        if (!status.ok())
            return showError(status.error());
    }
    accept();
}

void HouseholdDialog::showError(const Error &error)
{
    const QString field = qs(error.field);
    if (m_head && field.startsWith(QStringLiteral("members[")) && m_head->showFieldError(error))
        return;
    for (auto &[key, label] : m_errorLabels)
        if (field == key || field.startsWith(key + u'.')) {
            label->setText(qs(error.message));
            label->show();
            return;
        }
    m_errorLabel->setText(qs(error.message));
    m_errorLabel->show();
}

} // namespace relief::gui
