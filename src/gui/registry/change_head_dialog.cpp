#include "change_head_dialog.h"

#include "ui_change_head_dialog.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "registry_text.h"

#include "domain/registry/relations.h"

#include <QPushButton>
#include <QStandardItemModel>

namespace relief::gui {

ChangeHeadDialog::ChangeHeadDialog(AppContext &context, services::Session session,
                                   std::int64_t membershipId, Relation relation,
                                   const QString &newHeadName, const QString &householdNo,
                                   const QString &formerHeadName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_ChangeHeadDialog>())
    , m_context(context)
    , m_session(std::move(session))
    , m_membershipId(membershipId)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("%1 becomes the head of household %2.").arg(newHeadName, householdNo));
    QComboBox *combo = m_ui->formerHeadRelationCombo;
    fillRelations(combo);
    if (auto *model = qobject_cast<QStandardItemModel *>(combo->model()))
        model->item(combo->findData(static_cast<int>(Relation::Head)))->setEnabled(false);
    combo->setCurrentIndex(combo->findData(static_cast<int>(reverseRelation(relation))));
    if (formerHeadName.isEmpty())
        m_ui->formerHeadBox->hide();
    else
        m_ui->formerHeadCaption->setText(
            tr("%1, the head until now, becomes:").arg(formerHeadName));
    m_ui->errorLabel->hide();
    QPushButton *save = m_ui->buttonBox->addButton(tr("Make head"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangeHeadDialog::attemptSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ChangeHeadDialog::~ChangeHeadDialog() = default;

Relation ChangeHeadDialog::formerHeadRelation() const
{
    return static_cast<Relation>(m_ui->formerHeadRelationCombo->currentData().toInt());
}

void ChangeHeadDialog::attemptSave()
{
    m_ui->errorLabel->hide();
    const auto status =
        m_context.registry().changeHead(m_session, m_membershipId, formerHeadRelation());
    if (!status.ok()) {
        m_ui->errorLabel->setText(qs(status.error().message));
        m_ui->errorLabel->show();
        return;
    }
    accept();
}

} // namespace relief::gui
