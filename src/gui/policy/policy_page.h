#pragma once

// Administration › Policy parameters: every stored set with the date it came
// into force. A set is never edited: a new version starts from a copy of the
// selected one. Sets move in and out as data-formats §1 JSON.

#include "services/session.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace relief {
struct PolicyParameters;
namespace services {
class PolicyService;
struct PolicyVersion;
} // namespace services
} // namespace relief

namespace relief::gui {

class AppContext;

class PolicyPage : public QWidget
{
    Q_OBJECT
public:
    PolicyPage(services::PolicyService &policy, services::Session session,
               QWidget *parent = nullptr);
    // With the context: also "Standard change…" on the selected set (DA-4) for a
    // user who may propose one.
    PolicyPage(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~PolicyPage() override;

    void reload();
    // Opens the editor for a new version (tests drive it by objectName).
    void newVersion();
    // Opens the standard-change dialog for the selected set (tests drive it too).
    void standardChange();

private:
    void showSelected();
    void importFile();
    void exportSelected();
    const PolicyParameters *selected() const;
    QString standardChangeHint() const;

    services::PolicyService &m_policy;
    services::Session m_session;
    std::vector<services::PolicyVersion> m_versions;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_jsonView = nullptr;
    QTextBrowser *m_formView = nullptr;
    QLabel *m_inForceLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
    AppContext *m_context = nullptr;
    QPushButton *m_standardChangeButton = nullptr;
};

} // namespace relief::gui
