#pragma once

// Shows a service's refusal where it belongs: at the label "fieldError_<field>"
// under the field Error::field names (its buddy gets the focus), else at the
// form's "errorLabel". The form keeps what was typed.

#include "domain/result.h"

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace relief::gui {

class FieldErrors
{
public:
    // Collects the fieldError_* labels under `form` and hides them and the
    // general label.
    void collect(QWidget *form, QLabel *general);
    // An error field that has no label of its own shows at another's
    // ("reasons" at "note").
    void alias(const QString &field, const QString &shownAt);

    void clear();
    // Returns the label used.
    QLabel *show(const Error &error);
    QLabel *show(const QString &field, const QString &message);

private:
    // Hides or shows the label, and its whole row when it sits alone in a form
    // layout's row (so that no empty row keeps its spacing).
    void setShown(QLabel *label, bool shown);

    QHash<QString, QLabel *> m_labels;
    QHash<QLabel *, QFormLayout *> m_rows;
    QHash<QString, QString> m_aliases;
    QLabel *m_general = nullptr;
};

} // namespace relief::gui
