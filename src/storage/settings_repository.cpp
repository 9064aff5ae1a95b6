#include "settings_repository.h"

#include "database.h"
#include "statement.h"

namespace relief::storage {

std::optional<std::string> SettingsRepository::get(const std::string &key)
{
    Statement st(m_db, "SELECT value FROM office_settings WHERE key = ?1");
    st.bind(1, key);
    if (st.step())
        return st.text(0);
    return std::nullopt;
}

void SettingsRepository::set(const std::string &key, const std::string &value)
{
    Statement st(m_db,
                 "INSERT INTO office_settings(key, value) VALUES (?1, ?2) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value).exec();
}

std::map<std::string, std::string> SettingsRepository::all()
{
    std::map<std::string, std::string> out;
    Statement st(m_db, "SELECT key, value FROM office_settings");
    while (st.step())
        out[st.text(0)] = st.text(1);
    return out;
}

} // namespace relief::storage
