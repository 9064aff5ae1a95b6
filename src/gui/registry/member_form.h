#pragma once

// The fields of one household member (ui/member_form.ui), shared by the member
// dialog (adding and editing) and the new-household dialog (where the head is the
// first member): the person, their health and care, incomes by kind, and the
// obligors outside the household. The ID number's birth date, sex and age show as
// soon as a valid number is typed; a number already on file offers that person's
// record instead of a duplicate, and one belonging to an active member of another
// household is refused here already. Amounts are typed in yuan and read exactly
// into fen.

#include "services/session.h"

#include "domain/result.h"

#include <QWidget>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;

namespace relief::services {
struct MemberInput;
struct MemberView;
struct PersonMatch;
struct PersonView;
} // namespace relief::services

namespace relief::gui {

// The form generated from ui/member_form.ui (uic's Ui_ class: no Ui namespace is
// declared here, so that headers naming ::Ui forms keep compiling beside this one).
class Ui_MemberForm;

class AppContext;

class MemberForm : public QWidget
{
    Q_OBJECT
public:
    // householdId: the household the member joins (0 for a new household).
    MemberForm(AppContext &context, services::Session session, std::int64_t householdId,
               QWidget *parent = nullptr);
    ~MemberForm() override;

    // The head of a new household: the relation is fixed.
    void setHeadOnly();
    // Fills the form with a member on file, to edit them. Their own ID number is
    // theirs, not a duplicate; the relation "head" changes only through "make head".
    void setMember(const services::MemberView &member);
    services::MemberInput input() const;
    // The first amount or date the form cannot read (field and message as the
    // service would name it), checked before anything is sent.
    std::optional<Error> unreadableField() const;
    // Whether the typed ID number belongs to an active member elsewhere (or here).
    bool isRefused() const { return m_refused; }
    // Shows the message next to the field it names (without the "members[0]."
    // prefix), on its tab, and moves the focus there; returns false when no field
    // of the form matches.
    bool showFieldError(const Error &error);
    void clearErrors();

Q_SIGNALS:
    void refusedChanged(bool refused);

private:
    // An obligor as typed: texts are kept as they are, so nothing is lost when
    // one cannot be read yet.
    struct ObligorDraft
    {
        QString name;
        QString relation;
        QString idNumber;
        QString birth; // YYYY-MM-DD, used without an ID number
        QString income; // yuan a month
        int status = 0;
        bool disabled = false;
        int disabilityKind = 0;
        int disabilityGrade = 4;
        bool tekun = false;
        bool dibao = false;
        bool assetsOk = false;
        QString phone;
        QString address;
    };

    void onIdNumberChanged();
    void useExistingRecord();
    void loadPerson(const services::PersonView &view);
    void updateSelfCare();
    void selfCareToggled();
    void updateCounted();
    void updateDisability();
    void addIncomeRow();
    void appendIncomeRow(int kind, int entered, const QString &amount, const QString &note);
    // The kind and entry columns as wide as their widest choice (a combo box in
    // a cell does not size a ResizeToContents column).
    void fitIncomeColumns();
    void removeIncomeRow();
    void updateIncomeMonthly(QLineEdit *amount);
    void addObligor();
    void removeObligor();
    void appendObligor(const ObligorDraft &draft);
    void obligorSelected();
    void loadObligor();
    void storeObligor();
    void showObligorRow(int row);
    void selectInstitution(std::optional<std::int64_t> id, const QString &name);
    QWidget *obligorFieldWidget(const QString &field) const;

    std::unique_ptr<Ui_MemberForm> m_ui;
    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_householdId = 0;
    std::int64_t m_personId = 0; // editing: the person on file
    std::unique_ptr<services::PersonMatch> m_match;
    bool m_refused = false;
    // A person on file with the self-care count only (a ledger): kept until the
    // items are ticked one by one.
    std::optional<int> m_selfCareCount;
    bool m_settingSelfCare = false;
    std::vector<ObligorDraft> m_obligors;
    int m_obligorRow = -1;
    bool m_loadingObligor = false;
    std::map<QString, QLabel *> m_errorLabels;
};

} // namespace relief::gui
