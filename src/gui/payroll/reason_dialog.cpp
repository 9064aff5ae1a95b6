#include "reason_dialog.h"

#include "ui_reason_dialog.h"

#include "gui/widgets/display_text.h"
#include "gui/widgets/screen_fit.h"

#include <QPushButton>

namespace relief::gui {

ReasonDialog::ReasonDialog(const QString &title, const QString &subject, const QString &okText,
                           Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_ReasonDialog>())
    , m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->subjectLabel->setText(subject);
    m_ui->subjectLabel->setVisible(!subject.isEmpty());
    m_ui->errorLabel->clearMessage();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReasonDialog::attempt);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resizeToFit(this, QSize(460, 240));
}

ReasonDialog::~ReasonDialog() = default;

void ReasonDialog::setReason(const QString &reason)
{
    m_ui->reasonEdit->setPlainText(reason);
}

QString ReasonDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() || !m_ui->errorLabel->text().isEmpty()
        ? m_ui->errorLabel->text()
        : QString();
}

void ReasonDialog::attempt()
{
    m_ui->errorLabel->clearMessage();
    const Status status = m_submit(ss(m_ui->reasonEdit->toPlainText().trimmed()));
    if (!status.ok()) {
        m_ui->errorLabel->showMessage(qs(status.error().message));
        m_ui->reasonEdit->setFocus();
        // The message fully visible: grow (never shrink) to the form's new height.
        if (layout())
            layout()->activate();
        const int wanted = layout() ? layout()->heightForWidth(width()) : -1;
        if (wanted > height())
            resizeToFit(this, QSize(width(), wanted));
        return;
    }
    accept();
}

} // namespace relief::gui
