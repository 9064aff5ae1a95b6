#include "office_settings_page.h"

#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relief::gui {

OfficeSettingsPage::OfficeSettingsPage(services::OfficeSettingsService &settings,
                                       services::Session session, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("officeSettingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setVerticalSpacing(10);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("officeNameEdit"));
    m_nameEdit->setMinimumWidth(360);
    m_areaEdit = new QLineEdit(this);
    m_areaEdit->setObjectName(QStringLiteral("areaCodeEdit"));
    m_areaEdit->setMaxLength(12);
    m_areaEdit->setMinimumWidth(200);
    m_areaEdit->setPlaceholderText(tr("6 to 12 digits, e.g. 110105"));
    m_idleSpin = new QSpinBox(this);
    m_idleSpin->setObjectName(QStringLiteral("idleLockSpin"));
    m_idleSpin->setRange(0, 240);
    m_idleSpin->setSuffix(tr(" min"));
    m_idleSpin->setSpecialValueText(tr("Never"));
    m_idleSpin->setMinimumWidth(120);
    m_approvalCombo = new QComboBox(this);
    m_approvalCombo->setObjectName(QStringLiteral("approvalModeCombo"));
    m_approvalCombo->addItem(tr("The street office approves (delegated authority)"), true);
    m_approvalCombo->addItem(tr("The county approves; the street office records the decision"),
                             false);
    form->addRow(tr("Office name:"), m_nameEdit);
    form->addRow(tr("Area code:"), m_areaEdit);
    form->addRow(tr("Lock after idle:"), m_idleSpin);
    form->addRow(tr("Approval:"), m_approvalCombo);
    layout->addLayout(form);

    auto *hint = new QLabel(tr("The idle lock applies from the next sign-in on every desk; "
                               "on this desk it applies at once."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("settingsMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    auto *buttons = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveSettingsButton"));
    auto *revertButton = new QPushButton(tr("Revert"), this);
    revertButton->setObjectName(QStringLiteral("revertSettingsButton"));
    buttons->addWidget(saveButton);
    buttons->addWidget(revertButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();

    connect(saveButton, &QPushButton::clicked, this, &OfficeSettingsPage::save);
    connect(revertButton, &QPushButton::clicked, this, &OfficeSettingsPage::reload);
    reload();
}

void OfficeSettingsPage::reload()
{
    auto s = m_settings.load();
    if (!s.ok()) {
        showMessage(qs(s.error().message), true);
        return;
    }
    m_messageLabel->hide();
    m_nameEdit->setText(qs(s->officeName));
    m_areaEdit->setText(qs(s->areaCode));
    m_idleSpin->setValue(s->idleLockMinutes);
    m_approvalCombo->setCurrentIndex(s->streetApproves ? 0 : 1);
}

void OfficeSettingsPage::save()
{
    services::OfficeSettings s;
    s.officeName = ss(m_nameEdit->text().trimmed());
    s.areaCode = ss(m_areaEdit->text().trimmed());
    s.idleLockMinutes = m_idleSpin->value();
    s.streetApproves = m_approvalCombo->currentData().toBool();
    const auto status = m_settings.save(m_session, s);
    if (!status.ok()) {
        showMessage(qs(status.error().message), true);
        if (status.error().field == "office_name")
            m_nameEdit->setFocus();
        else if (status.error().field == "area_code")
            m_areaEdit->setFocus();
        return;
    }
    showMessage(tr("The office settings have been saved."), false);
    Q_EMIT saved();
}

void OfficeSettingsPage::showMessage(const QString &text, bool error)
{
    ErrorLabel::applyTone(m_messageLabel,
                          error ? ErrorLabel::Tone::Error : ErrorLabel::Tone::Success);
    m_messageLabel->setText(text);
    m_messageLabel->show();
}

} // namespace relief::gui
