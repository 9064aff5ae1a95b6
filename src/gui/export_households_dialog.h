#pragma once

// Exports the registry as a ledger CSV (data-formats §3): households or persons,
// masked unless the role may see personal numbers and the user ticks unmasked
// (which the service audits).

#include "services/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace relief::gui {

class AppContext;

class ExportHouseholdsDialog : public QDialog
{
    Q_OBJECT
public:
    ExportHouseholdsDialog(AppContext &context, services::Session session,
                           QWidget *parent = nullptr);

    // Writes the export to `path`; false (with the message shown) on failure.
    bool exportTo(const QString &path);

private:
    void chooseFile();

    AppContext &m_context;
    services::Session m_session;
    QComboBox *m_kindCombo = nullptr;
    QCheckBox *m_unmaskedCheck = nullptr;
    QCheckBox *m_formerCheck = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace relief::gui
