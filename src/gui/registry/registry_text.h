#pragma once

// How the registry's vocabulary reads on screen: relations, sexes, disability
// kinds, income kinds, programmes, decisions and the rest, translated. Free
// functions shared by the household list, page and forms.

#include "domain/money.h"
#include "domain/registry/registry_types.h"

#include <QString>

#include <optional>
#include <string>

class QComboBox;

namespace relief::gui {

QString areaName(Area a);
QString relationName(Relation r);
QString sexName(Sex s);
QString disabilityKindName(DisabilityKind k);
QString incomeKindName(IncomeKind k);
QString childStatusName(ChildStatus s);
QString notCountedReasonName(NotCountedReason r);
QString leaveReasonName(LeaveReason r);
QString obligorStatusName(ObligorStatus s);
QString institutionKindName(InstitutionKind k);
QString programmeName(CaseProgramme p);
QString decisionKindName(DecisionKind k);
// "in_care" → "In care"; the list's status keys.
QString householdStatusName(const std::string &status);
// "Grade 2 physical"; empty when none.
QString disabilityText(const std::optional<Disability> &d);

// Fills a combo with every value of the enum (data: the enum as int).
void fillRelations(QComboBox *combo);
void fillDisabilityKinds(QComboBox *combo);
void fillIncomeKinds(QComboBox *combo);
void fillChildStatuses(QComboBox *combo);
void fillNotCountedReasons(QComboBox *combo);
void fillProgrammes(QComboBox *combo);
void fillObligorStatuses(QComboBox *combo);

// Money as typed in a form: yuan with at most two decimals ("1200", "1200.5",
// "1,200.50", full-width digits and a leading ¥ allowed), read exactly into fen
// (never through a double). Nothing for empty or unreadable text.
std::optional<Money> parseYuan(const QString &text);
// "Write the amount in yuan with at most two decimals, for example 1200 or 1200.50."
QString yuanFormatMessage();
// "Row 2: <message>", for an error in a table of a form (row counted from 0).
QString rowError(int row, const QString &message);

} // namespace relief::gui
