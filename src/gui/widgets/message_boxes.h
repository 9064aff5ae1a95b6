#pragma once

// Message boxes that do not block: they are opened window-modal and delete
// themselves, so no nested event loop runs while a service call's result is
// on screen (and tests can find and close them by objectName).

#include "domain/result.h"

#include <QString>

class QMessageBox;
class QWidget;

namespace relief::gui {

// objectName "errorMessageBox".
QMessageBox *showError(QWidget *parent, const QString &title, const Error &error);
QMessageBox *showError(QWidget *parent, const QString &title, const QString &message);
// objectName "infoMessageBox".
QMessageBox *showInfo(QWidget *parent, const QString &title, const QString &message);

} // namespace relief::gui
