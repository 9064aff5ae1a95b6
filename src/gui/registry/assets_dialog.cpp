#include "assets_dialog.h"

#include "ui_assets_dialog.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "registry_text.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace relief::gui {

namespace {
enum VehicleColumn { ValueColumn, ExemptColumn, DescriptionColumn };
}

AssetsDialog::AssetsDialog(AppContext &context, services::Session session,
                           const services::HouseholdView &household, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_AssetsDialog>())
    , m_context(context)
    , m_session(std::move(session))
    , m_householdId(household.household.id)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Assets of household %1").arg(qs(household.household.householdNo)));
    clearErrors();
    QHeaderView *header = m_ui->vehicleTable->horizontalHeader();
    header->setSectionResizeMode(ValueColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ExemptColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_ui->vehicleTable->setColumnWidth(ValueColumn, 130);

    const storage::HouseholdRecord &h = household.household;
    m_ui->financialEdit->setText(qs(h.financialAssets.toString()));
    m_ui->homesSpin->setValue(h.homes);
    m_ui->businessCapitalEdit->setText(qs(h.businessCapital.toString()));
    for (const storage::VehicleRecord &v : household.vehicles)
        appendVehicle(qs(v.value.toString()), v.exempt, qs(v.description));

    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AssetsDialog::attemptSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addVehicleButton, &QPushButton::clicked, this, &AssetsDialog::addVehicle);
    connect(m_ui->removeVehicleButton, &QPushButton::clicked, this, &AssetsDialog::removeVehicle);
    m_ui->financialEdit->setFocus();
}

AssetsDialog::~AssetsDialog() = default;

void AssetsDialog::addVehicle()
{
    appendVehicle(QString(), false, QString());
    const int row = m_ui->vehicleTable->rowCount() - 1;
    m_ui->vehicleTable->setCurrentCell(row, ValueColumn);
    m_ui->vehicleTable->cellWidget(row, ValueColumn)->setFocus();
}

void AssetsDialog::appendVehicle(const QString &value, bool exempt, const QString &description)
{
    QTableWidget *table = m_ui->vehicleTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *valueEdit = new QLineEdit(value, table);
    valueEdit->setPlaceholderText(QStringLiteral("0.00"));
    valueEdit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *exemptCheck = new QCheckBox(tr("Exempt"), table);
    exemptCheck->setChecked(exempt);
    auto *descriptionEdit = new QLineEdit(description, table);
    descriptionEdit->setPlaceholderText(tr("e.g. electric tricycle"));
    table->setCellWidget(row, ValueColumn, valueEdit);
    table->setCellWidget(row, ExemptColumn, exemptCheck);
    table->setCellWidget(row, DescriptionColumn, descriptionEdit);
}

void AssetsDialog::removeVehicle()
{
    QTableWidget *table = m_ui->vehicleTable;
    int row = table->currentRow();
    for (int r = 0; row < 0 && r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (QWidget *w = table->cellWidget(r, c); w && w->hasFocus())
                row = r;
    if (row < 0)
        row = table->rowCount() - 1;
    if (row >= 0)
        table->removeRow(row);
}

std::optional<Error> AssetsDialog::unreadableField() const
{
    // An empty amount is nothing (0.00), but a vehicle needs its value.
    auto unreadable = [](const QLineEdit *edit, bool required) {
        return (required || !edit->text().trimmed().isEmpty()) && !parseYuan(edit->text());
    };
    if (unreadable(m_ui->financialEdit, false))
        return Error::invalid("financial", ss(yuanFormatMessage()));
    if (unreadable(m_ui->businessCapitalEdit, false))
        return Error::invalid("business_capital", ss(yuanFormatMessage()));
    for (int row = 0; row < m_ui->vehicleTable->rowCount(); ++row)
        if (auto *value =
                qobject_cast<QLineEdit *>(m_ui->vehicleTable->cellWidget(row, ValueColumn));
            value && unreadable(value, true))
            return Error::invalid("vehicles[" + std::to_string(row) + "].value",
                                  ss(yuanFormatMessage()));
    return std::nullopt;
}

services::AssetsInput AssetsDialog::input() const
{
    services::AssetsInput a;
    a.financial = parseYuan(m_ui->financialEdit->text()).value_or(Money());
    a.homes = m_ui->homesSpin->value();
    a.businessCapital = parseYuan(m_ui->businessCapitalEdit->text()).value_or(Money());
    const QTableWidget *table = m_ui->vehicleTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto *value = qobject_cast<QLineEdit *>(table->cellWidget(row, ValueColumn));
        auto *exempt = qobject_cast<QCheckBox *>(table->cellWidget(row, ExemptColumn));
        auto *description = qobject_cast<QLineEdit *>(table->cellWidget(row, DescriptionColumn));
        services::VehicleInput v;
        v.value = value ? parseYuan(value->text()).value_or(Money()) : Money();
        v.exempt = exempt && exempt->isChecked();
        v.description = description ? ss(description->text().trimmed()) : std::string();
        a.vehicles.push_back(std::move(v));
    }
    return a;
}

void AssetsDialog::clearErrors()
{
    for (QLabel *label :
         {m_ui->fieldError_financial, m_ui->fieldError_homes, m_ui->fieldError_business_capital,
          m_ui->fieldError_vehicles, m_ui->errorLabel}) {
        label->clear();
        label->hide();
    }
}

void AssetsDialog::attemptSave()
{
    clearErrors();
    if (const auto unread = unreadableField())
        return showError(*unread);
    const auto status = m_context.registry().setAssets(m_session, m_householdId, input());
    if (!status.ok())
        return showError(status.error());
    accept();
}

void AssetsDialog::showError(const Error &error)
{
    const QString field = qs(error.field);
    QString message = qs(error.message);
    QLabel *label = m_ui->errorLabel;
    QWidget *focus = nullptr;
    static const QRegularExpression vehicle(QStringLiteral("^vehicles\\[(\\d+)\\]"));
    if (field == QStringLiteral("financial")) {
        label = m_ui->fieldError_financial;
        focus = m_ui->financialEdit;
    } else if (field == QStringLiteral("homes")) {
        label = m_ui->fieldError_homes;
        focus = m_ui->homesSpin;
    } else if (field == QStringLiteral("business_capital")) {
        label = m_ui->fieldError_business_capital;
        focus = m_ui->businessCapitalEdit;
    } else if (const auto m = vehicle.match(field); m.hasMatch()) {
        const int row = m.captured(1).toInt();
        label = m_ui->fieldError_vehicles;
        message = rowError(row, message);
        if (row < m_ui->vehicleTable->rowCount()) {
            m_ui->vehicleTable->setCurrentCell(row, ValueColumn);
            focus = m_ui->vehicleTable->cellWidget(row, ValueColumn);
        }
    }
    label->setText(message);
    label->show();
    if (focus)
        focus->setFocus();
}

} // namespace relief::gui
