#include "option_parser.h"

#include "text_table.h"

namespace relief::cli {

void OptionParser::addOption(const QString &name, const QString &valueName,
                             const QString &description, bool required)
{
    m_specs.push_back({name, valueName, description, required, false, false, {}});
}

void OptionParser::addFlag(const QString &name, const QString &description)
{
    m_specs.push_back({name, {}, description, false, false, false, {}});
}

void OptionParser::addPositional(const QString &name, const QString &description, bool required)
{
    m_specs.push_back({name, name, description, required, true, false, {}});
}

OptionParser::Spec *OptionParser::find(const QString &name)
{
    for (Spec &s : m_specs)
        if (!s.positional && s.name == name)
            return &s;
    return nullptr;
}

bool OptionParser::parse(const QStringList &args)
{
    auto nextPositional = m_specs.begin();
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (!optionsEnded && (arg == QLatin1String("--help") || arg == QLatin1String("-h"))) {
            m_help = true;
            continue;
        }
        if (!optionsEnded && arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        // "-" alone is a value (standard input), not an option.
        if (!optionsEnded && arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            const QString name = arg.section(QLatin1Char('='), 0, 0);
            Spec *spec = find(name);
            if (!spec) {
                const bool global = name == QLatin1String("--db") ||
                    name == QLatin1String("--lang") || name == QLatin1String("--as");
                m_error = global ? tr("The global option %1 goes before the command.").arg(name)
                                 : tr("Unknown option %1.").arg(arg);
                return false;
            }
            if (spec->set) {
                m_error = tr("The option %1 is given twice.").arg(name);
                return false;
            }
            spec->set = true;
            if (spec->valueName.isEmpty()) {
                if (name != arg) {
                    m_error = tr("The option %1 takes no value.").arg(name);
                    return false;
                }
                continue;
            }
            if (name != arg) {
                spec->value = arg.mid(name.size() + 1);
            } else if (i + 1 < args.size()) {
                spec->value = args[++i];
            } else {
                m_error = tr("The option %1 needs a value (%2).").arg(name, spec->valueName);
                return false;
            }
            continue;
        }
        while (nextPositional != m_specs.end() && !nextPositional->positional)
            ++nextPositional;
        if (nextPositional == m_specs.end()) {
            m_error = tr("Unexpected argument %1.").arg(arg);
            return false;
        }
        nextPositional->set = true;
        nextPositional->value = arg;
        ++nextPositional;
    }
    if (m_help)
        return true; // --help wins over anything missing
    for (const Spec &s : m_specs) {
        if (!s.required || s.set)
            continue;
        m_error = s.positional ? tr("Missing argument %1.").arg(s.name)
                               : tr("Missing option %1 %2.").arg(s.name, s.valueName);
        return false;
    }
    return true;
}

bool OptionParser::isSet(const QString &name) const
{
    for (const Spec &s : m_specs)
        if (s.name == name)
            return s.set;
    return false;
}

QString OptionParser::value(const QString &name) const
{
    for (const Spec &s : m_specs)
        if (s.name == name)
            return s.value;
    return {};
}

QString OptionParser::positional(int index) const
{
    int n = 0;
    for (const Spec &s : m_specs)
        if (s.positional && n++ == index)
            return s.value;
    return {};
}

QString OptionParser::synopsis() const
{
    QStringList parts;
    for (const Spec &s : m_specs) {
        QString part = s.positional ? s.name
            : s.valueName.isEmpty() ? s.name
                                    : s.name + QLatin1Char(' ') + s.valueName;
        parts << (s.required ? part : QLatin1Char('[') + part + QLatin1Char(']'));
    }
    return parts.join(QLatin1Char(' '));
}

QString OptionParser::optionsHelp() const
{
    TextTable table;
    table.setIndent(2);
    for (const Spec &s : m_specs) {
        const QString left = s.positional || s.valueName.isEmpty()
            ? s.name
            : s.name + QLatin1Char(' ') + s.valueName;
        table.addRow({left, s.description});
    }
    table.addRow({QStringLiteral("--help"), tr("Show this help.")});
    return table.render();
}

} // namespace relief::cli
