#pragma once

// The audit log in words (issue 18): what an audit record changed, for the audit page.
// Kept apart from AuditTableModel so the model can move onto a shared paged base.

#include "storage/audit_repository.h"

#include <QString>

namespace relief::gui {

// The action's name from the catalogue (services/actions): "Approved the application".
QString auditActionText(const storage::AuditRecord &record);
// The change in words: "Status: Pending approval → Approved; Application No.: SQ2026-00001".
// Unknown keys are shown as "key: value"; the raw JSON stays in record.details.
QString auditChangeText(const storage::AuditRecord &record);
// The raw details, indented, for the details dialog.
QString auditRawDetails(const storage::AuditRecord &record);

} // namespace relief::gui
