#include "office_settings_service.h"

#include "storage/settings_repository.h"

namespace relief::services {

Result<OfficeSettings> OfficeSettingsService::load()
{
    try {
        storage::SettingsRepository repo(m_db);
        OfficeSettings s;
        const auto all = repo.all();
        auto get = [&](const char *key) -> std::string {
            auto it = all.find(key);
            return it == all.end() ? std::string() : it->second;
        };
        s.officeName = get("office_name");
        s.areaCode = get("area_code");
        if (const auto idle = get("idle_lock_minutes"); !idle.empty())
            s.idleLockMinutes = std::stoi(idle);
        s.streetApproves = get("approval_mode") != "county";
        return s;
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    } catch (const std::exception &) {
        return OfficeSettings {};
    }
}

Status OfficeSettingsService::save(const Session &session, const OfficeSettings &s)
{
    const QString name = QString::fromStdString(s.officeName).trimmed();
    if (name.isEmpty())
        return Error::invalid("office_name", toStd(tr("Enter the office's name.")));
    const QString area = QString::fromStdString(s.areaCode).trimmed();
    bool areaOk = area.isEmpty() || (area.size() >= 6 && area.size() <= 12);
    for (QChar c : area)
        areaOk = areaOk && c.isDigit() && c.unicode() < 128;
    if (!areaOk)
        return Error::invalid("area_code",
                              toStd(tr("The area code is the 6 to 12 digit "
                                       "administrative division code, e.g. 110105.")));
    if (s.idleLockMinutes < 0 || s.idleLockMinutes > 240)
        return Error::invalid(
            "idle_lock_minutes",
            toStd(tr("The idle lock must be between 0 (never) and 240 minutes.")));
    return write(session, Action::EditOfficeSettings, [&](AuditLog &audit) -> Status {
        storage::SettingsRepository repo(m_db);
        const auto before = repo.all();
        const std::map<std::string, std::string> after {
            {"office_name", toStd(name)},
            {"area_code", toStd(area)},
            {"idle_lock_minutes", std::to_string(s.idleLockMinutes)},
            {"approval_mode", s.streetApproves ? "street" : "county"},
        };
        nlohmann::json changes = nlohmann::json::object();
        for (const auto &[key, value] : after) {
            auto it = before.find(key);
            if (it == before.end() || it->second != value) {
                nlohmann::json from =
                    it == before.end() ? nlohmann::json() : nlohmann::json(it->second);
                changes[key] = nlohmann::json {{"from", from}, {"to", value}};
                repo.set(key, value);
            }
        }
        if (!changes.empty())
            audit.append(session,
                         {AuditAction::SettingsUpdate, "office_settings", "office", changes});
        return okStatus();
    });
}

} // namespace relief::services
