#include "household_dialog.h"

#include "ui_household_dialog.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/screen_fit.h"
#include "member_form.h"
#include "registry_text.h"

#include <QPushButton>

namespace relief::gui {

HouseholdDialog::HouseholdDialog(AppContext &context, services::Session session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::HouseholdDialog>())
    , m_context(context)
    , m_session(std::move(session))
{
    build(true, 0);
    setObjectName(QStringLiteral("newHouseholdDialog"));
    setWindowTitle(tr("New household"));
}

HouseholdDialog::HouseholdDialog(AppContext &context, services::Session session,
                                 const services::HouseholdView &view, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::HouseholdDialog>())
    , m_context(context)
    , m_session(std::move(session))
    , m_householdId(view.household.id)
{
    const storage::HouseholdRecord &h = view.household;
    build(false, h.communityId);
    setObjectName(QStringLiteral("editHouseholdDialog"));
    setWindowTitle(tr("Edit household %1").arg(qs(h.householdNo)));
    m_ui->communityCombo->setCurrentIndex(
        std::max(0, m_ui->communityCombo->findData(QVariant::fromValue<qint64>(h.communityId))));
    m_ui->addressEdit->setText(qs(h.address));
    m_ui->areaCombo->setCurrentIndex(m_ui->areaCombo->findData(static_cast<int>(h.area)));
    m_ui->householdPhoneEdit->setText(qs(h.phone));
    m_ui->bankNameEdit->setText(qs(h.bankName));
    m_ui->bankAccountEdit->setText(qs(h.bankAccount));
    m_ui->accountHolderEdit->setText(qs(h.accountHolder));
    m_ui->reviewedCheck->setChecked(h.lastReviewDate.has_value());
    if (h.lastReviewDate)
        m_ui->lastReviewEdit->setDate(toQDate(*h.lastReviewDate));
}

HouseholdDialog::~HouseholdDialog() = default;

// currentCommunity: the household's own community, listed even when no longer in use.
void HouseholdDialog::build(bool withHead, std::int64_t currentCommunity)
{
    m_ui->setupUi(this);
    for (QLabel *label : findChildren<QLabel *>()) {
        const QString name = label->objectName();
        if (name.startsWith(QStringLiteral("fieldError_"))) {
            m_errorLabels[name.mid(11)] = label;
            label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
            label->hide();
        }
    }
    m_ui->errorLabel->hide();

    if (auto communities = m_context.registry().communities(m_session); communities.ok())
        for (const auto &c : *communities)
            if (c.active || c.id == currentCommunity)
                m_ui->communityCombo->addItem(
                    c.active ? qs(c.name) : tr("%1 (no longer in use)").arg(qs(c.name)),
                    QVariant::fromValue<qint64>(c.id));
    m_ui->areaCombo->addItem(areaName(Area::Urban), static_cast<int>(Area::Urban));
    m_ui->areaCombo->addItem(areaName(Area::Rural), static_cast<int>(Area::Rural));
    const QDate today = toQDate(m_context.clock().today());
    m_ui->lastReviewEdit->setMaximumDate(today);
    m_ui->lastReviewEdit->setDate(today);
    m_ui->lastReviewEdit->setMinimumWidth(dateEditWidth(*m_ui->lastReviewEdit));
    connect(m_ui->reviewedCheck, &QCheckBox::toggled, m_ui->lastReviewEdit, &QWidget::setEnabled);

    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setText(withHead ? tr("&Register household") : tr("&Save"));
    save->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    connect(save, &QPushButton::clicked, this, &HouseholdDialog::attemptSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (withHead) {
        m_head = new MemberForm(m_context, m_session, 0);
        m_head->setHeadOnly();
        m_ui->headScroll->setWidget(m_head); // replaces (and deletes) the placeholder
        connect(m_head, &MemberForm::refusedChanged, save,
                [save](bool refused) { save->setEnabled(!refused); });
        // The head's fields come between the household's and the buttons.
        QWidget *previous = m_ui->lastReviewEdit;
        QList<QWidget *> fields;
        for (QWidget *w = m_head->nextInFocusChain(); w != m_head && m_head->isAncestorOf(w);
             w = w->nextInFocusChain())
            fields << w;
        for (QWidget *w : fields) {
            setTabOrder(previous, w);
            previous = w;
        }
        for (QAbstractButton *b : m_ui->buttonBox->buttons()) {
            setTabOrder(previous, b);
            previous = b;
        }
        // The head's form scrolls inside: the dialog fits a 720-line screen.
        resizeToFit(this, {680, 760});
    } else {
        m_ui->headBox->hide();
        adjustSize();
        resize(std::max(width(), 520), height());
    }
    m_ui->communityCombo->setFocus();
}

services::HouseholdInput HouseholdDialog::householdInput() const
{
    services::HouseholdInput h;
    h.communityId = m_ui->communityCombo->currentData().toLongLong();
    h.address = ss(m_ui->addressEdit->text().trimmed());
    h.area = static_cast<Area>(m_ui->areaCombo->currentData().toInt());
    h.phone = ss(m_ui->householdPhoneEdit->text().trimmed());
    h.bankName = ss(m_ui->bankNameEdit->text().trimmed());
    h.bankAccount = ss(m_ui->bankAccountEdit->text().remove(u' '));
    h.accountHolder = ss(m_ui->accountHolderEdit->text().trimmed());
    if (m_ui->reviewedCheck->isChecked())
        h.lastReviewDate = fromQDate(m_ui->lastReviewEdit->date());
    return h;
}

void HouseholdDialog::clearErrors()
{
    for (auto &[field, label] : m_errorLabels)
        label->hide();
    m_ui->errorLabel->hide();
    if (m_head)
        m_head->clearErrors();
}

void HouseholdDialog::attemptSave()
{
    clearErrors();
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
    m_ui->errorLabel->setText(qs(error.message));
    m_ui->errorLabel->show();
}

} // namespace relief::gui
