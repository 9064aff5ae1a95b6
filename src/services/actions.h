#pragma once

// The catalogue of audit actions (issue 10 §2 "one catalogue of actions"): every key an
// audit record may carry ("user.add", "application.approve", …) with its name for people,
// defined once here. AuditLog::append checks its key against it; the audit page and
// the CLI show the translated name. The permission enum and its role table are
// services/permissions.h (one table, Action → key → roles); their names for people are
// permissionName() below.

#include "permissions.h"

#include <QString>

#include <span>
#include <string_view>

namespace relief::services {

struct AuditActionInfo
{
    std::string_view key;
    const char *name; // English source text; translated in the context "AuditActions"
};

// Every audit action, in the order the admin's audit filter lists them.
std::span<const AuditActionInfo> auditActions();
bool isAuditAction(std::string_view key);
// The translated name ("Approved the application"); the key itself when unknown.
QString auditActionName(std::string_view key);

// Every Action, for checks that walk them all.
std::span<const Action> allActions();
// What the Action allows, in words ("approve or refuse applications"), translated.
QString permissionName(Action action);

} // namespace relief::services
