#include "cross_check_dialog.h"

#include "ui_cross_check_dialog.h"

#include "application_display.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/field_errors.h"

#include "services/applications/application_text.h"

#include <QPushButton>

namespace relief::gui {

CrossCheckDialog::CrossCheckDialog(AppContext &context, services::Session session,
                                   const services::ApplicationView &view, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_CrossCheckDialog>())
    , m_errors(std::make_unique<FieldErrors>())
    , m_context(context)
    , m_session(std::move(session))
    , m_applicationId(view.record.id)
{
    m_ui->setupUi(this);
    m_errors->collect(this, m_ui->errorLabel);
    m_ui->applicationLabel->setText(
        tr("Application %1 · %2").arg(qs(view.record.applicationNo), qs(view.headName)));
    ApplicationDisplay::fillDepartments(m_ui->departmentCombo);
    // The next department not yet checked.
    for (int i = 0; i < m_ui->departmentCombo->count(); ++i) {
        bool done = false;
        for (const auto &c : view.checks)
            done = done || static_cast<int>(c.department) == i;
        if (!done) {
            m_ui->departmentCombo->setCurrentIndex(i);
            break;
        }
    }
    for (auto result : {storage::CheckResult::Consistent, storage::CheckResult::Discrepancy})
        m_ui->resultCombo->addItem(ApplicationDisplay::checkResultName(result),
                                   static_cast<int>(result));
    const QDate today = toQDate(m_context.clock().today());
    m_ui->checkedDateEdit->setMaximumDate(today);
    m_ui->checkedDateEdit->setDate(today);
    m_ui->checkedDateEdit->setMinimumWidth(dateEditWidth(*m_ui->checkedDateEdit));

    QPushButton *record = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    record->setObjectName(QStringLiteral("saveButton"));
    record->setText(tr("&Record"));
    record->setDefault(true);
    QPushButton *next =
        m_ui->buttonBox->addButton(tr("Record && &next"), QDialogButtonBox::ApplyRole);
    next->setObjectName(QStringLiteral("saveNextButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(next, &QPushButton::clicked, this, [this] {
        if (!save())
            return;
        const int following = m_ui->departmentCombo->currentIndex() + 1;
        if (following < m_ui->departmentCombo->count())
            m_ui->departmentCombo->setCurrentIndex(following);
        m_ui->resultCombo->setCurrentIndex(0);
        m_ui->checkNoteEdit->clear();
        m_ui->departmentCombo->setFocus();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->departmentCombo->setFocus();
}

CrossCheckDialog::~CrossCheckDialog() = default;

bool CrossCheckDialog::save()
{
    m_errors->clear();
    services::CrossCheckInput in;
    in.department = static_cast<storage::Department>(m_ui->departmentCombo->currentData().toInt());
    in.result = static_cast<storage::CheckResult>(m_ui->resultCombo->currentData().toInt());
    in.note = ss(m_ui->checkNoteEdit->toPlainText().trimmed());
    in.checkedOn = fromQDate(m_ui->checkedDateEdit->date());
    auto stored = m_context.applications().recordCrossCheck(m_session, m_applicationId, in);
    if (!stored.ok()) {
        m_errors->show(stored.error());
        return false;
    }
    Q_EMIT recorded();
    return true;
}

} // namespace relief::gui
