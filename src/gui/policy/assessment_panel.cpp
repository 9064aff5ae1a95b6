#include "assessment_panel.h"

#include "ui_assessment_panel.h"

#include "domain/rules/assessment.h"

#include "services/policy/policy_service.h"

#include <QHeaderView>
#include <QLabel>

namespace relief::gui {

namespace {
QString yuan(const Money &m)
{
    return QString::fromStdString(m.toString());
}
} // namespace

AssessmentPanel::AssessmentPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AssessmentPanel>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("assessmentPanel"));
    QFont big = m_ui->classificationLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_ui->classificationLabel->setFont(big);
    m_ui->totalLabel->setFont(big);
    // The panel shares the page with the member table: its lines wrap rather than
    // widen it (issue 18: no sideways scrolling at 1366 wide).
    for (QLabel *label : findChildren<QLabel *>())
        if (!label->objectName().endsWith(QLatin1String("Caption")))
            label->setWordWrap(true);
    m_ui->assessmentNoteLabel->hide();
    // Never fewer than three programme rows and four reasons in view (issue 18).
    const int row = m_ui->amountTable->verticalHeader()->defaultSectionSize();
    m_ui->amountTable->setMinimumHeight(m_ui->amountTable->horizontalHeader()->sizeHint().height() +
                                        3 * row + 2 * m_ui->amountTable->frameWidth());
    m_ui->reasonsList->setMinimumHeight(4 * fontMetrics().lineSpacing() +
                                        2 * m_ui->reasonsList->frameWidth());
    auto *header = m_ui->amountTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

AssessmentPanel::~AssessmentPanel() = default;

QString AssessmentPanel::classificationName(Classification c)
{
    switch (c) {
    case Classification::Dibao:
        return tr("Dibao household");
    case Classification::SinglePerson:
        return tr("Individual inclusion (single-person dibao)");
    case Classification::Marginal:
        return tr("Marginal household (near the dibao line)");
    case Classification::None:
        return tr("Not a dibao household");
    }
    return {};
}

QString AssessmentPanel::memberName(int member) const
{
    if (member < 0)
        return tr("Whole household");
    if (member < m_names.size() && !m_names.at(member).isEmpty())
        return m_names.at(member);
    return tr("Member %1").arg(member + 1);
}

void AssessmentPanel::addAmount(const QString &programme, int member, const Money &amount)
{
    auto *table = m_ui->amountTable;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(programme));
    table->setItem(row, 1, new QTableWidgetItem(memberName(member)));
    auto *value = new QTableWidgetItem(yuan(amount));
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, 2, value);
}

void AssessmentPanel::setAssessment(const Assessment &a, const QStringList &memberNames)
{
    m_names = memberNames;
    const Lang lang = services::currentLang();
    m_ui->classificationLabel->setText(classificationName(a.classification));
    m_ui->standardValue->setText(
        tr("%1 yuan per person per month (parameters of %2)")
            .arg(yuan(a.standard), QString::fromStdString(a.policyEffectiveFrom.toString())));
    m_ui->membersValue->setText(tr("%1 / %2").arg(a.countedMembers).arg(a.dibaoMembers));
    m_ui->incomeValue->setText(
        tr("%1 yuan / %2 yuan per person").arg(yuan(a.incomeCounted), yuan(a.perCapitaIncome)));
    if (a.assetsOk) {
        m_ui->assetsValue->setText(tr("within the limits"));
    } else {
        QStringList failures;
        for (AssetFailure f : a.assetFailures)
            failures << QString::fromStdString(renderTerm(std::string(assetFailureKey(f)), lang));
        m_ui->assetsValue->setText(tr("over the limit: %1").arg(failures.join(tr(", "))));
    }
    m_ui->scheduleValue->setText(a.reviewIntervalMonths
                                     ? tr("%1 / every %2 months")
                                           .arg(QString::fromStdString(a.firstMonth.toString()))
                                           .arg(*a.reviewIntervalMonths)
                                     : tr("%1 / no re-verification due")
                                           .arg(QString::fromStdString(a.firstMonth.toString())));

    m_ui->amountTable->setRowCount(0);
    if (a.dibao.eligible)
        addAmount(tr("Dibao"), -1, a.dibao.monthly);
    for (const auto &s : a.singlePerson)
        addAmount(tr("Single-person dibao"), s.member, s.monthly);
    for (const auto &t : a.tekun)
        if (t.eligible)
            addAmount(tr("Extreme-poverty support (tekun)"), t.member, t.monthly);
    for (const auto &c : a.childAllowance)
        addAmount(tr("Child allowance"), c.member, c.monthly);
    for (const auto &d : a.disabilityLiving)
        addAmount(tr("Disability living subsidy"), d.member, d.monthly);
    for (const auto &d : a.disabilityCare)
        addAmount(tr("Severe disability care subsidy"), d.member, d.monthly);
    if (a.priceSubsidy && a.priceSubsidy->triggered)
        addAmount(tr("Price subsidy"), -1, a.priceSubsidy->monthly);
    if (a.temporary && a.temporary->eligible)
        addAmount(tr("Temporary assistance (one-off)"), -1, a.temporary->amount);
    m_ui->totalLabel->setText(tr("Total per month: %1 yuan").arg(yuan(a.totalMonthly)));

    m_ui->reasonsList->clear();
    for (const Explanation &e : a.reasons) {
        // Sentences about one member already name them.
        const QString text = QString::fromStdString(e.render(lang));
        // Words first, the rule's code after them (issue 18).
        m_ui->reasonsList->addItem(tr("%1 (%2)").arg(text, QString::fromStdString(e.rule)));
    }
}

void AssessmentPanel::setNote(const QString &html)
{
    m_ui->assessmentNoteLabel->setText(html);
    m_ui->assessmentNoteLabel->setVisible(!html.isEmpty());
}

void AssessmentPanel::showMessage(const QString &message)
{
    m_ui->classificationLabel->setText(message);
    for (QLabel *l : {m_ui->standardValue, m_ui->membersValue, m_ui->incomeValue, m_ui->assetsValue,
                      m_ui->scheduleValue, m_ui->totalLabel})
        l->clear();
    m_ui->amountTable->setRowCount(0);
    m_ui->reasonsList->clear();
}

} // namespace relief::gui
