#include "field_errors.h"

#include "display_text.h"

#include <QFormLayout>
#include <QLabel>
#include <QWidget>

#include <utility>

namespace relief::gui {

namespace {
const QString kPrefix = QStringLiteral("fieldError_");
}

void FieldErrors::collect(QWidget *form, QLabel *general)
{
    m_general = general;
    for (QLabel *label : form->findChildren<QLabel *>())
        if (label->objectName().startsWith(kPrefix))
            m_labels.insert(label->objectName().mid(kPrefix.size()), label);
    for (QFormLayout *layout : form->findChildren<QFormLayout *>()) {
        for (QLabel *label : std::as_const(m_labels)) {
            int row = -1;
            QFormLayout::ItemRole role = QFormLayout::LabelRole;
            layout->getWidgetPosition(label, &row, &role);
            if (row >= 0 && role == QFormLayout::FieldRole &&
                !layout->itemAt(row, QFormLayout::LabelRole))
                m_rows.insert(label, layout);
        }
    }
    clear();
}

void FieldErrors::alias(const QString &field, const QString &shownAt)
{
    m_aliases.insert(field, shownAt);
}

void FieldErrors::clear()
{
    for (QLabel *label : std::as_const(m_labels)) {
        label->clear();
        setShown(label, false);
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

QLabel *FieldErrors::show(const Error &error)
{
    return show(qs(error.field), qs(error.message));
}

QLabel *FieldErrors::show(const QString &field, const QString &message)
{
    clear();
    QLabel *label = m_labels.value(m_aliases.value(field, field), m_general);
    if (!label)
        return nullptr;
    label->setText(message);
    setShown(label, true);
    if (QWidget *buddy = label->buddy(); buddy && buddy->isEnabled()) {
        buddy->setFocus(Qt::OtherFocusReason);
    }
    return label;
}

void FieldErrors::setShown(QLabel *label, bool shown)
{
    if (QFormLayout *layout = m_rows.value(label))
        layout->setRowVisible(label, shown);
    else
        label->setVisible(shown);
}

} // namespace relief::gui
