#pragma once

// Numbered schema migrations: resources/sql/NNNN_name.sql compiled into the
// library. Migration k brings a database from user_version k-1 to k in one
// transaction; `after` runs seed code in that same transaction.

#include <string>
#include <string_view>
#include <vector>

namespace relief::storage {

class Database;

struct Migration
{
    int version;
    std::string name;
    std::string_view sql;
    void (*after)(Database &);
};

const std::vector<Migration> &migrations();

// The shipped default holiday calendar (resources/holidays-cn.json).
std::string_view defaultHolidayCalendarJson();

} // namespace relief::storage
