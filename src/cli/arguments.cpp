#include "arguments.h"

#include <QStandardPaths>

namespace relief::cli {

namespace {
// "--db=FILE" or "--db FILE": the value, advancing i past it; null when missing.
QString takeValue(const QStringList &args, qsizetype &i, const QString &name, bool &missing)
{
    const QString &arg = args[i];
    const QString prefix = name + QLatin1Char('=');
    if (arg.startsWith(prefix))
        return arg.mid(prefix.size());
    if (i + 1 >= args.size()) {
        missing = true;
        return {};
    }
    return args[++i];
}

bool matches(const QString &arg, const QString &name)
{
    return arg == name || arg.startsWith(name + QLatin1Char('='));
}
} // namespace

Arguments Arguments::parse(const QStringList &args)
{
    Arguments a;
    const QString db = QStringLiteral("--db");
    const QString lang = QStringLiteral("--lang");
    const QString as = QStringLiteral("--as");
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        bool missing = false;
        if (matches(arg, db)) {
            a.m_options.databasePath = takeValue(args, i, db, missing);
        } else if (matches(arg, lang)) {
            const QString value = takeValue(args, i, lang, missing);
            if (!missing) {
                if (value == QLatin1String("zh") || value == QLatin1String("zh_CN"))
                    a.m_options.language = QStringLiteral("zh");
                else if (value == QLatin1String("en"))
                    a.m_options.language = QStringLiteral("en");
                else if (a.m_problem == Problem::None) {
                    a.m_problem = Problem::BadLanguage;
                    a.m_problemDetail = value;
                }
            }
        } else if (matches(arg, as)) {
            a.m_options.asUser = takeValue(args, i, as, missing);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            a.m_help = true;
        } else if (arg == QLatin1String("--version")) {
            a.m_version = true;
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            if (a.m_problem == Problem::None) {
                a.m_problem = Problem::UnknownOption;
                a.m_problemDetail = arg;
            }
            // Keep reading: a later --lang still decides the message's language.
        } else {
            a.m_command = args.mid(i);
            break;
        }
        if (missing && a.m_problem == Problem::None) {
            a.m_problem = Problem::MissingValue;
            a.m_problemDetail = arg.section(QLatin1Char('='), 0, 0);
        }
    }
    return a;
}

QString Arguments::problemMessage() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::MissingValue:
        return tr("The option %1 needs a value.").arg(m_problemDetail);
    case Problem::UnknownOption:
        return tr("Unknown option %1. Global options are --db, --lang, --as, --help and "
                  "--version, given before the command.")
            .arg(m_problemDetail);
    case Problem::BadLanguage:
        return tr("Unknown language %1: use zh or en.").arg(m_problemDetail);
    }
    return {};
}

QString Arguments::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
        QStringLiteral("/reliefdesk.db");
}

void Arguments::resolveDatabasePath()
{
    if (!m_options.databasePath.isEmpty())
        return;
    m_options.databasePath = qEnvironmentVariable("RELIEFDESK_DB");
    if (m_options.databasePath.isEmpty())
        m_options.databasePath = defaultDatabasePath();
}

} // namespace relief::cli
