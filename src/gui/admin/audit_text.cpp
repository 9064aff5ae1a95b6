#include "audit_text.h"

#include "gui/widgets/display_text.h"
#include "services/actions.h"
#include "services/applications/application_text.h"

#include "domain/accounts/role.h"
#include "domain/applications/application_workflow.h"

#include <QCoreApplication>
#include <QStringList>
#include <nlohmann/json.hpp>

#include <optional>

namespace relief::gui {

namespace {
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    static QString label(const std::string &key)
    {
        struct Name
        {
            const char *key;
            const char *text;
        };
        static const Name names[] = {
            {"application_no", QT_TRANSLATE_NOOP("AuditText", "Application No.")},
            {"username", QT_TRANSLATE_NOOP("AuditText", "User name")},
            {"display_name", QT_TRANSLATE_NOOP("AuditText", "Name")},
            {"roles", QT_TRANSLATE_NOOP("AuditText", "Roles")},
            {"office_name", QT_TRANSLATE_NOOP("AuditText", "Office")},
            {"area_code", QT_TRANSLATE_NOOP("AuditText", "Area code")},
            {"on", QT_TRANSLATE_NOOP("AuditText", "Date")},
            {"note", QT_TRANSLATE_NOOP("AuditText", "Note")},
            {"holidays_added", QT_TRANSLATE_NOOP("AuditText", "Holidays added")},
            {"holidays_removed", QT_TRANSLATE_NOOP("AuditText", "Holidays removed")},
            {"workdays_added", QT_TRANSLATE_NOOP("AuditText", "Working days added")},
            {"workdays_removed", QT_TRANSLATE_NOOP("AuditText", "Working days removed")},
        };
        for (const Name &n : names)
            if (key == n.key)
                return QCoreApplication::translate("AuditText", n.text);
        return QString::fromStdString(key);
    }
    static QString status() { return tr("Status"); }
    static QString change() { return tr("Change"); }
    static QString separator() { return tr("; "); }
};

std::optional<ApplicationState> stateOf(const std::string &key)
{
    for (size_t i = 0; i < kApplicationStateKeys.size(); ++i)
        if (kApplicationStateKeys[i] == key)
            return static_cast<ApplicationState>(i);
    return std::nullopt;
}

QString valueText(const std::string &key, const nlohmann::json &value,
                  bool applicationState = false)
{
    if (value.is_string()) {
        const auto s = value.get<std::string>();
        if (applicationState)
            if (auto st = stateOf(s))
                return services::ApplicationText::state(*st);
        return QString::fromStdString(s);
    }
    if (value.is_array()) {
        QStringList parts;
        for (const auto &v : value) {
            if (key == "roles" || key == "from" || key == "to")
                if (v.is_string())
                    if (auto r = parseRole(v.get<std::string>())) {
                        parts << roleName(*r);
                        continue;
                    }
            parts << valueText(key, v);
        }
        return parts.join(QStringLiteral(", "));
    }
    return QString::fromStdString(value.dump());
}
} // namespace

QString auditActionText(const storage::AuditRecord &record)
{
    return services::auditActionName(record.action);
}

QString auditChangeText(const storage::AuditRecord &record)
{
    const auto doc = nlohmann::json::parse(record.details, nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return QString::fromStdString(record.details);
    QStringList parts;
    if (doc.contains("from") && doc.contains("to")) {
        const bool state = record.entity == "application";
        parts << (state ? AuditText::status() : AuditText::change()) + QStringLiteral(": ") +
                valueText("from", doc["from"], state) + QStringLiteral(" → ") +
                valueText("to", doc["to"], state);
    }
    for (const auto &[key, value] : doc.items()) {
        if (key == "from" || key == "to")
            continue;
        if (value.is_null() || (value.is_string() && value.get<std::string>().empty()) ||
            (value.is_array() && value.empty()))
            continue;
        parts << AuditText::label(key) + QStringLiteral(": ") + valueText(key, value);
    }
    return parts.join(AuditText::separator());
}

QString auditRawDetails(const storage::AuditRecord &record)
{
    const auto doc = nlohmann::json::parse(record.details, nullptr, false);
    return QString::fromStdString(doc.is_discarded() ? record.details : doc.dump(2));
}

} // namespace relief::gui
