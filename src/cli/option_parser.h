#pragma once

// A command's own options and positional arguments: declared once, so that the
// same declaration parses the command line and writes the --help text.
// (QCommandLineParser would print untranslated errors and exit on its own.)

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace relief::cli {

class OptionParser
{
    Q_DECLARE_TR_FUNCTIONS(OptionParser)
public:
    // --name VALUE (also --name=VALUE).
    void addOption(const QString &name, const QString &valueName, const QString &description,
                   bool required = false);
    // --name, no value.
    void addFlag(const QString &name, const QString &description);
    // Positional arguments in order; optional ones only after the required ones.
    void addPositional(const QString &name, const QString &description, bool required = true);

    // False on a usage error (see errorText()). --help / -h is always understood.
    bool parse(const QStringList &args);
    QString errorText() const { return m_error; }
    bool helpRequested() const { return m_help; }

    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QString positional(int index) const;

    // "NAME --roles ROLES [--display-name TEXT]"
    QString synopsis() const;
    // The options and arguments, one per line, aligned.
    QString optionsHelp() const;

private:
    struct Spec
    {
        QString name;
        QString valueName; // empty: a flag
        QString description;
        bool required = false;
        bool positional = false;
        bool set = false;
        QString value;
    };
    Spec *find(const QString &name);

    std::vector<Spec> m_specs;
    QString m_error;
    bool m_help = false;
};

} // namespace relief::cli
