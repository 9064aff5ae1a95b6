#pragma once

// Loads the product's translation (embedded .qm) and Qt's own, for the app and the CLI.

#include <QString>

class QCoreApplication;

namespace relief::services {

// "zh" or "zh_CN" → Chinese (the default), "en" → English source strings.
// Returns the language actually installed ("zh_CN" or "en").
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace relief::services
