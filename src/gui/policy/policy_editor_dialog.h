#pragma once

// A new policy parameter set: every field of policy-rules §2 with its label,
// unit and check, filled from an existing set to start from. The form is built
// from a field table rather than a Designer file because its 48 fields share
// four kinds of editor and the table keeps labels, units and JSON paths together.

#include "domain/date.h"
#include "domain/result.h"
#include "services/session.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QWidget;

namespace relief {
struct PolicyParameters;
namespace services {
class PolicyService;
}
} // namespace relief

namespace relief::gui {

class PolicyEditorDialog : public QDialog
{
    Q_OBJECT
public:
    PolicyEditorDialog(services::PolicyService &policy, const services::Session &session,
                       const PolicyParameters &startFrom, QWidget *parent = nullptr);

    // The set as the form shows it, read-only: one row per field with its label,
    // value and unit, by section (HTML). The policy page shows it; JSON is for files.
    static QString describe(const PolicyParameters &parameters);

    // The editor of a field by its JSON path ("dibao_standard.urban"); tests fill it.
    QWidget *editorFor(const QString &path) const { return m_editors.value(path); }
    // The stored set's effective date after a successful save.
    Date savedEffectiveFrom() const { return m_saved; }

    void accept() override;

private:
    void build(const std::string &startJson);
    std::string collectJson() const;
    void showError(const Error &error);

    services::PolicyService &m_policy;
    services::Session m_session;
    QMap<QString, QWidget *> m_editors;
    QLabel *m_errorLabel = nullptr;
    Date m_saved;
};

} // namespace relief::gui
