#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace relief::services {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    if (language.startsWith(QLatin1String("en"))) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    auto *product = new QTranslator(&app);
    if (product->load(QStringLiteral(":/i18n/reliefdesk_zh_CN.qm")))
        QCoreApplication::installTranslator(product);
    // Qt's own dialogs (buttons, file dialogs) from qt6-translations-l10n.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                 QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    return QStringLiteral("zh_CN");
}

} // namespace relief::services
