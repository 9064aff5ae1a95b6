#include "policy_editor_dialog.h"

#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"

#include "domain/rules/policy_parameters.h"
#include "services/policy/policy_service.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

namespace relief::gui {

namespace {
enum class Kind { Date, Unit, Money, Decimal, Int };

struct Field
{
    const char *path;
    const char *section;
    const char *label;
    const char *unit;
    Kind kind;
};

// Labels and units are marked for translation here and translated when shown.
const Field kFields[] = {
    {"effective_from", QT_TRANSLATE_NOOP("PolicyEditorDialog", "General"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "In force from"), "", Kind::Date},
    {"round_unit", QT_TRANSLATE_NOOP("PolicyEditorDialog", "General"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Round final amounts to"), "", Kind::Unit},
    {"dibao_standard.urban", QT_TRANSLATE_NOOP("PolicyEditorDialog", "Dibao"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Urban dibao standard"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "yuan per person per month"), Kind::Money},
    {"dibao_standard.rural", "Dibao",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Rural dibao standard"), "yuan per person per month",
     Kind::Money},
    {"dibao_floor_per_person", "Dibao",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Minimum dibao per covered person"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "yuan per month"), Kind::Money},
    {"employment_cost_deduction", "Dibao",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Employment cost deducted from wages"),
     "yuan per month", Kind::Money},
    {"marginal_multiplier", "Dibao",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Marginal household line"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "× standard"), Kind::Decimal},
    {"gradual_exit_months", "Dibao", QT_TRANSLATE_NOOP("PolicyEditorDialog", "Gradual exit period"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "months"), Kind::Int},
    {"addon_pct.severe_disability", QT_TRANSLATE_NOOP("PolicyEditorDialog", "Classified add-ons"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Severe disability"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "% of standard"), Kind::Int},
    {"addon_pct.disability", "Classified add-ons",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Other disability"), "% of standard", Kind::Int},
    {"addon_pct.serious_illness", "Classified add-ons",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Serious illness"), "% of standard", Kind::Int},
    {"addon_pct.age80", "Classified add-ons",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Aged 80 or over"), "% of standard", Kind::Int},
    {"addon_pct.elderly", "Classified add-ons",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Aged 60 to 79"), "% of standard", Kind::Int},
    {"addon_pct.minor", "Classified add-ons", QT_TRANSLATE_NOOP("PolicyEditorDialog", "Under 18"),
     "% of standard", Kind::Int},
    {"assets.financial_months", QT_TRANSLATE_NOOP("PolicyEditorDialog", "Asset limits"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Financial assets"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "months of standard per counted member"), Kind::Int},
    {"assets.homes_limit", "Asset limits", QT_TRANSLATE_NOOP("PolicyEditorDialog", "Homes"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "at most"), Kind::Int},
    {"assets.vehicle_value_limit", "Asset limits",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Value of a non-exempt vehicle"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "yuan, at most"), Kind::Money},
    {"assets.business_capital_limit", "Asset limits",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Registered business capital"), "yuan, at most",
     Kind::Money},
    {"tekun.basic_multiplier", QT_TRANSLATE_NOOP("PolicyEditorDialog", "Extreme poverty (tekun)"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Basic living"), "× standard", Kind::Decimal},
    {"tekun.care.full", "Extreme poverty (tekun)",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Care: fully self-caring"), "yuan per month",
     Kind::Money},
    {"tekun.care.partial", "Extreme poverty (tekun)",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Care: partly unable"), "yuan per month", Kind::Money},
    {"tekun.care.total", "Extreme poverty (tekun)",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Care: wholly unable"), "yuan per month", Kind::Money},
    {"disposable_income_prev_year", "Extreme poverty (tekun)",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Last year's disposable income per person"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "yuan per year"), Kind::Money},
    {"disability_subsidy.living", QT_TRANSLATE_NOOP("PolicyEditorDialog", "Subsidies"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Disability living subsidy"), "yuan per month",
     Kind::Money},
    {"disability_subsidy.care_grade1", "Subsidies",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Care subsidy, grade 1"), "yuan per month",
     Kind::Money},
    {"disability_subsidy.care_grade2", "Subsidies",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Care subsidy, grade 2"), "yuan per month",
     Kind::Money},
    {"child_allowance.institutional", "Subsidies",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Orphans in an institution"), "yuan per month",
     Kind::Money},
    {"child_allowance.home", "Subsidies",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Orphans at home and unsupported children"),
     "yuan per month", Kind::Money},
    {"price_subsidy.cpi_threshold", QT_TRANSLATE_NOOP("PolicyEditorDialog", "Price subsidy"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "CPI trigger"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "% year on year"), Kind::Decimal},
    {"price_subsidy.food_threshold", "Price subsidy",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Food price trigger"), "% year on year",
     Kind::Decimal},
    {"price_subsidy.floor", "Price subsidy",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Least subsidy per person"), "yuan per month",
     Kind::Money},
    {"temporary.street_max_months", QT_TRANSLATE_NOOP("PolicyEditorDialog", "Temporary assistance"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Street office approves up to"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "months of standard per person"), Kind::Int},
    {"temporary.max_months", "Temporary assistance",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Ordinary ceiling"), "months of standard per person",
     Kind::Int},
    {"temporary.expense_ratio_pct", "Temporary assistance",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Share of uncovered expense paid"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "%"), Kind::Int},
    {"review_months.dibao_stable", QT_TRANSLATE_NOOP("PolicyEditorDialog", "Re-verification"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Dibao, no one able to work"), "months", Kind::Int},
    {"review_months.dibao_unstable", "Re-verification",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Dibao, someone able to work"), "months", Kind::Int},
    {"review_months.tekun", "Re-verification",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Extreme-poverty persons"), "months", Kind::Int},
    {"deadlines.investigation_start", QT_TRANSLATE_NOOP("PolicyEditorDialog", "Deadlines"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Start investigation after acceptance"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "working days"), Kind::Int},
    {"deadlines.street_investigation_tekun", "Deadlines",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Street investigation (tekun, child allowance)"),
     "working days", Kind::Int},
    {"deadlines.notice_calendar_days", "Deadlines",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Public notice"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "calendar days"), Kind::Int},
    {"deadlines.approval_dibao", "Deadlines",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Approval (dibao, temporary)"), "working days",
     Kind::Int},
    {"deadlines.approval_tekun", "Deadlines",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Approval (tekun)"), "working days", Kind::Int},
    {"deadlines.approval_child", "Deadlines",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Approval (child allowance)"), "working days",
     Kind::Int},
    {"deadlines.whole_process", "Deadlines",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Whole process"), "working days", Kind::Int},
    {"deadlines.whole_process_delegated", "Deadlines",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Whole process, street office approves"),
     "working days", Kind::Int},
    {"deadlines.whole_process_extended", "Deadlines",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Whole process with a recorded extension"),
     "working days", Kind::Int},
    {"deadlines.refusal_notice", "Deadlines",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Refusal notice after refusal"), "working days",
     Kind::Int},
    {"deadlines.emergency_response_hours", "Deadlines",
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "Emergency response"),
     QT_TRANSLATE_NOOP("PolicyEditorDialog", "hours"), Kind::Int},
};

// The table's texts were marked under the "PolicyEditorDialog" context.
QString fieldText(const char *text)
{
    return QCoreApplication::translate("PolicyEditorDialog", text);
}

nlohmann::json::json_pointer pointer(const char *path)
{
    std::string p = "/";
    for (const char *c = path; *c; ++c)
        p += *c == '.' ? '/' : *c;
    return nlohmann::json::json_pointer(p);
}
} // namespace

PolicyEditorDialog::PolicyEditorDialog(services::PolicyService &policy,
                                       const services::Session &session,
                                       const PolicyParameters &startFrom, QWidget *parent)
    : QDialog(parent)
    , m_policy(policy)
    , m_session(session)
{
    setObjectName(QStringLiteral("policyEditorDialog"));
    setWindowTitle(tr("New policy parameter set"));
    build(startFrom.toJson());
    resize(640, 720);
}

QString PolicyEditorDialog::describe(const PolicyParameters &parameters)
{
    const auto doc = nlohmann::json::parse(parameters.toJson());
    QString html;
    QString currentSection;
    for (const Field &f : kFields) {
        const QString section = fieldText(f.section);
        if (section != currentSection) {
            if (!currentSection.isEmpty())
                html += QStringLiteral("</table>");
            html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"2\">")
                        .arg(section.toHtmlEscaped());
            currentSection = section;
        }
        const auto value =
            doc.contains(pointer(f.path)) ? doc.at(pointer(f.path)) : nlohmann::json();
        QString text = value.is_string() ? QString::fromStdString(value.get<std::string>())
            : value.is_number()          ? QString::fromStdString(value.dump())
                                         : tr("—");
        if (f.kind == Kind::Unit)
            text = text == QLatin1String("fen") ? tr("fen (0.01 yuan)")
                : text == QLatin1String("jiao") ? tr("jiao (0.10 yuan)")
                                                : tr("yuan");
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td><td>%3</td></tr>")
                    .arg(fieldText(f.label).toHtmlEscaped(), text.toHtmlEscaped(),
                         QString(fieldText(f.unit)).toHtmlEscaped());
    }
    if (!currentSection.isEmpty())
        html += QStringLiteral("</table>");
    return html;
}

void PolicyEditorDialog::build(const std::string &startJson)
{
    const auto start = nlohmann::json::parse(startJson);
    auto *outer = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A stored set is never changed. Enter the figures of the new set "
                                "and the date it comes into force; months from that date are "
                                "judged by it."),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    QFormLayout *form = nullptr;
    QString currentSection;
    const QRegularExpression moneyRe(QStringLiteral("^\\d{1,9}\\.\\d{2}$"));
    const QRegularExpression decimalRe(QStringLiteral("^\\d{1,6}(\\.\\d{1,4})?$"));
    for (const Field &f : kFields) {
        const QString section = fieldText(f.section);
        if (section != currentSection) {
            auto *box = new QGroupBox(section, content);
            form = new QFormLayout(box);
            form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
            column->addWidget(box);
            currentSection = section;
        }
        const auto value =
            start.contains(pointer(f.path)) ? start.at(pointer(f.path)) : nlohmann::json();
        QWidget *editor = nullptr;
        switch (f.kind) {
        case Kind::Date: {
            auto *date = new QDateEdit(content);
            date->setCalendarPopup(true);
            date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            date->setDate(
                QDate::fromString(QString::fromStdString(value.get<std::string>()), Qt::ISODate)
                    .addYears(1));
            editor = date;
            break;
        }
        case Kind::Unit: {
            auto *combo = new QComboBox(content);
            combo->addItem(tr("fen (0.01 yuan)"), QStringLiteral("fen"));
            combo->addItem(tr("jiao (0.10 yuan)"), QStringLiteral("jiao"));
            combo->addItem(tr("yuan"), QStringLiteral("yuan"));
            combo->setCurrentIndex(combo->findData(
                QString::fromStdString(value.is_string() ? value.get<std::string>() : "yuan")));
            editor = combo;
            break;
        }
        case Kind::Money:
        case Kind::Decimal: {
            auto *edit = new QLineEdit(content);
            edit->setValidator(
                new QRegularExpressionValidator(f.kind == Kind::Money ? moneyRe : decimalRe, edit));
            edit->setText(
                QString::fromStdString(value.is_string() ? value.get<std::string>() : ""));
            edit->setAlignment(Qt::AlignRight);
            editor = edit;
            break;
        }
        case Kind::Int: {
            auto *spin = new QSpinBox(content);
            spin->setRange(0, 100000);
            spin->setAlignment(Qt::AlignRight);
            spin->setValue(value.is_number_integer() ? value.get<int>() : 0);
            editor = spin;
            break;
        }
        }
        editor->setObjectName(QString::fromLatin1(f.path));
        // One width for every editor, so the figures line up from group to group.
        editor->setFixedWidth(150);
        m_editors.insert(QString::fromLatin1(f.path), editor);
        auto *row = new QHBoxLayout;
        row->addWidget(editor);
        if (*f.unit)
            row->addWidget(new QLabel(fieldText(f.unit), content));
        row->addStretch();
        form->addRow(fieldText(f.label), row);
    }
    column->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->hide();
    outer->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PolicyEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PolicyEditorDialog::reject);
    outer->addWidget(buttons);
}

std::string PolicyEditorDialog::collectJson() const
{
    nlohmann::json doc = nlohmann::json::object();
    for (const Field &f : kFields) {
        QWidget *w = m_editors.value(QString::fromLatin1(f.path));
        nlohmann::json value;
        switch (f.kind) {
        case Kind::Date:
            value = static_cast<QDateEdit *>(w)->date().toString(Qt::ISODate).toStdString();
            break;
        case Kind::Unit:
            value = static_cast<QComboBox *>(w)->currentData().toString().toStdString();
            break;
        case Kind::Money:
        case Kind::Decimal:
            value = static_cast<QLineEdit *>(w)->text().trimmed().toStdString();
            break;
        case Kind::Int:
            value = static_cast<QSpinBox *>(w)->value();
            break;
        }
        doc[pointer(f.path)] = value;
    }
    return doc.dump(2);
}

void PolicyEditorDialog::showError(const Error &error)
{
    for (QWidget *w : std::as_const(m_editors))
        w->setStyleSheet(QString());
    QString label;
    if (QWidget *w = m_editors.value(QString::fromStdString(error.field))) {
        w->setStyleSheet(QStringLiteral("border: 1px solid %1;")
                             .arg(ErrorLabel::color(ErrorLabel::Tone::Error).name()));
        w->setFocus();
        for (const Field &f : kFields)
            if (error.field == f.path)
                label = fieldText(f.label);
    }
    m_errorLabel->setText(label.isEmpty()
                              ? QString::fromStdString(error.message)
                              : tr("%1: %2").arg(label, QString::fromStdString(error.message)));
    m_errorLabel->show();
}

void PolicyEditorDialog::accept()
{
    auto set = PolicyParameters::fromJson(collectJson(), services::currentLang());
    if (!set.ok()) {
        showError(set.error());
        return;
    }
    auto saved = m_policy.add(m_session, *set);
    if (!saved.ok()) {
        showError(saved.error());
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace relief::gui
