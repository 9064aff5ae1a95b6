#pragma once

// Shows what the rules decided for a household: the classification, each
// programme's monthly amount per person, the total, and the reasons as readable
// sentences with their figures. Intake, review and the household page embed it.
// (Domain types are only declared here: moc in Qt 6.4 cannot parse <concepts>.)

#include <QStringList>
#include <QWidget>

#include <memory>

namespace relief {
struct Assessment;
class Money;
enum class Classification;
} // namespace relief

namespace Ui {
class AssessmentPanel;
}

namespace relief::gui {

class AssessmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AssessmentPanel(QWidget *parent = nullptr);
    ~AssessmentPanel() override;

    // memberNames[i] names member i of the assessed household.
    void setAssessment(const Assessment &assessment, const QStringList &memberNames);
    // Nothing to show, with the reason (no parameter set in force, no members, …).
    void showMessage(const QString &message);
    // A line above the figures saying what they are (a re-assessment, the figure
    // of what is applied for…); rich text; empty hides it.
    void setNote(const QString &html);

    static QString classificationName(Classification c);

private:
    void addAmount(const QString &programme, int member, const Money &amount);
    QString memberName(int member) const;

    std::unique_ptr<Ui::AssessmentPanel> m_ui;
    QStringList m_names;
};

} // namespace relief::gui
