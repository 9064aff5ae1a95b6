#include "message_boxes.h"

#include "display_text.h"

#include <QMessageBox>

namespace relief::gui {

namespace {
QMessageBox *openBox(QWidget *parent, QMessageBox::Icon icon, const QString &objectName,
                     const QString &title, const QString &message)
{
    auto *box = new QMessageBox(icon, title, message, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}
} // namespace

QMessageBox *showError(QWidget *parent, const QString &title, const Error &error)
{
    return showError(parent, title, qs(error.message));
}

QMessageBox *showError(QWidget *parent, const QString &title, const QString &message)
{
    return openBox(parent, QMessageBox::Warning, QStringLiteral("errorMessageBox"), title, message);
}

QMessageBox *showInfo(QWidget *parent, const QString &title, const QString &message)
{
    return openBox(parent, QMessageBox::Information, QStringLiteral("infoMessageBox"), title,
                   message);
}

} // namespace relief::gui
