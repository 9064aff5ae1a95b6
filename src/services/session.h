#pragma once

#include "domain/accounts/role.h"

#include <cstdint>
#include <string>

namespace relief::services {

// Who is signed in. Services re-read the user's roles from the database on
// every write, so a Session that outlived a role change grants nothing extra.
struct Session
{
    std::int64_t userId = 0;
    std::string username;
    std::string displayName;
    RoleSet roles;
    bool mustChangePassword = false;

    bool has(Role r) const { return roles.count(r) != 0; }
};

} // namespace relief::services
