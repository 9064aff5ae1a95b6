#pragma once

// The catalogue of audit actions (issue 10 §2 "one catalogue of actions"): every key an
// audit record may carry ("user.add", "application.approve", …) with its name for people,
// defined once in audit_action_list.h. Services name the action by the AuditAction
// enumerator (a typo does not compile); AuditLog::append stores its key; the audit page and
// the CLI show the translated name. The permission enum and its role table are
// services/permissions.h (one table, Action → key → roles); their names for people are
// permissionName() below.

#include "permissions.h"

#include <QString>

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace relief {
enum class ApplicationStep; // domain/applications/application_workflow.h
}

namespace relief::services {

// One enumerator per audit action, in the order of audit_action_list.h.
enum class AuditAction {
#define RELIEF_AUDIT_ACTION(id, key, name) id,
#include "audit_action_list.h"
#undef RELIEF_AUDIT_ACTION
};

// The stored keys, indexed by AuditAction.
inline constexpr std::array kAuditActionKeys {
#define RELIEF_AUDIT_ACTION(id, key, name) std::string_view {key},
#include "audit_action_list.h"
#undef RELIEF_AUDIT_ACTION
};

// The key stored in the audit record ("application.approve").
constexpr std::string_view auditActionKey(AuditAction action)
{
    return kAuditActionKeys[static_cast<std::size_t>(action)];
}

struct AuditActionInfo
{
    AuditAction action;
    std::string_view key;
    const char *name; // English source text; translated in the context "AuditActions"
};

// Every audit action, in the order the admin's audit filter lists them.
std::span<const AuditActionInfo> auditActions();
bool isAuditAction(std::string_view key);
// The translated name ("Approved the application"); the key itself when unknown.
QString auditActionName(std::string_view key);
QString auditActionName(AuditAction action);
// The action a workflow step records ("application.approve" for Approve).
AuditAction auditActionOf(ApplicationStep step);

// Every Action, for checks that walk them all.
std::span<const Action> allActions();
// What the Action allows, in words ("approve or refuse applications"), translated.
QString permissionName(Action action);

} // namespace relief::services
