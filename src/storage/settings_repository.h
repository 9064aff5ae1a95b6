#pragma once

// Office settings: a small key → text store (office name, area code, idle lock…).
// Typed access with defaults lives in services/office_settings.

#include <map>
#include <optional>
#include <string>

namespace relief::storage {

class Database;

class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db)
        : m_db(db)
    { }
    std::optional<std::string> get(const std::string &key);
    void set(const std::string &key, const std::string &value);
    std::map<std::string, std::string> all();

private:
    Database &m_db;
};

} // namespace relief::storage
