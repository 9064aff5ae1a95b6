#include "application_workflow.h"

#include "domain/rules/household_keys.h"

#include <algorithm>

namespace relief {

std::string_view applicationProgrammeKey(ApplicationProgramme p)
{
    return keyOf(kApplicationProgrammeKeys, p);
}
std::string_view applicationChannelKey(ApplicationChannel c)
{
    return keyOf(kApplicationChannelKeys, c);
}
std::string_view applicationStateKey(ApplicationState s)
{
    return keyOf(kApplicationStateKeys, s);
}
std::string_view applicationStepKey(ApplicationStep s)
{
    return keyOf(kApplicationStepKeys, s);
}
std::string_view materialKey(Material m)
{
    return keyOf(kMaterialKeys, m);
}

const std::vector<Material> &requiredMaterials(ApplicationProgramme p)
{
    using M = Material;
    // Every means-tested programme needs the identity papers and the signed
    // authorisation for the economic-status check (核对授权书).
    static const std::vector<Material> dibao {M::IdCard, M::HouseholdRegister, M::IncomeProof,
                                              M::BankStatement, M::CheckAuthorization};
    static const std::vector<Material> tekun {M::IdCard, M::HouseholdRegister, M::IncomeProof,
                                              M::BankStatement, M::CheckAuthorization};
    static const std::vector<Material> child {M::IdCard, M::HouseholdRegister, M::GuardianshipProof,
                                              M::SchoolProof};
    static const std::vector<Material> disability {M::IdCard, M::HouseholdRegister,
                                                   M::DisabilityCertificate};
    static const std::vector<Material> expenditure {M::IdCard,
                                                    M::HouseholdRegister,
                                                    M::IncomeProof,
                                                    M::BankStatement,
                                                    M::CheckAuthorization,
                                                    M::ExpenseReceipts,
                                                    M::ReimbursementProof,
                                                    M::DiagnosisProof};
    static const std::vector<Material> emergency {M::IdCard, M::IncidentProof};
    switch (p) {
    case ApplicationProgramme::Dibao:
        return dibao;
    case ApplicationProgramme::Tekun:
        return tekun;
    case ApplicationProgramme::ChildAllowance:
        return child;
    case ApplicationProgramme::DisabilitySubsidy:
        return disability;
    case ApplicationProgramme::TemporaryExpenditure:
        return expenditure;
    case ApplicationProgramme::TemporaryEmergency:
        return emergency;
    }
    return dibao;
}

std::vector<Material> missingMaterials(ApplicationProgramme p,
                                       const std::vector<Material> &provided)
{
    std::vector<Material> missing;
    for (Material m : requiredMaterials(p))
        if (std::find(provided.begin(), provided.end(), m) == provided.end())
            missing.push_back(m);
    return missing;
}

bool skipsNotice(ApplicationProgramme p)
{
    return p == ApplicationProgramme::ChildAllowance ||
        p == ApplicationProgramme::TemporaryEmergency;
}

bool isTemporary(ApplicationProgramme p)
{
    return p == ApplicationProgramme::TemporaryExpenditure ||
        p == ApplicationProgramme::TemporaryEmergency;
}

Programme deadlineProgramme(ApplicationProgramme p)
{
    switch (p) {
    case ApplicationProgramme::Tekun:
        return Programme::Tekun;
    case ApplicationProgramme::ChildAllowance:
        return Programme::ChildAllowance;
    case ApplicationProgramme::TemporaryExpenditure:
    case ApplicationProgramme::TemporaryEmergency:
        return Programme::TemporaryExpenditure;
    case ApplicationProgramme::Dibao:
    case ApplicationProgramme::DisabilitySubsidy:
        break;
    }
    return Programme::Dibao;
}

bool needsNotice(ApplicationProgramme p, bool recommendsApproval)
{
    return recommendsApproval && !skipsNotice(p);
}

bool isFinal(ApplicationState s)
{
    return s == ApplicationState::Approved || s == ApplicationState::Refused ||
        s == ApplicationState::Withdrawn;
}

std::optional<ApplicationState> nextState(ApplicationProgramme p, ApplicationState from,
                                          ApplicationStep step, bool recommendsApproval)
{
    using S = ApplicationState;
    using T = ApplicationStep;
    if (isFinal(from))
        return std::nullopt;
    if (step == T::Withdraw)
        return S::Withdrawn;
    switch (from) {
    case S::Submitted:
    case S::Returned:
        if (step == T::Accept)
            return S::Accepted;
        if (step == T::Return)
            return S::Returned;
        break;
    case S::Accepted:
        if (step == T::StartInvestigation)
            return S::Investigating;
        break;
    case S::Investigating:
        if (step == T::StreetReview)
            return S::StreetReviewed;
        break;
    case S::StreetReviewed:
        if (step == T::StartNotice && needsNotice(p, recommendsApproval))
            return S::Notice;
        if (step == T::SubmitForApproval && !needsNotice(p, recommendsApproval))
            return S::PendingApproval;
        break;
    case S::Notice:
        if (step == T::Object)
            return S::Investigating;
        if (step == T::SubmitForApproval)
            return S::PendingApproval;
        break;
    case S::PendingApproval:
        if (step == T::Approve)
            return S::Approved;
        if (step == T::Refuse)
            return S::Refused;
        break;
    case S::Approved:
    case S::Refused:
    case S::Withdrawn:
        break;
    }
    return std::nullopt;
}

std::vector<ApplicationStep> allowedSteps(ApplicationProgramme p, ApplicationState from,
                                          bool recommendsApproval)
{
    std::vector<ApplicationStep> steps;
    for (std::size_t i = 0; i < kApplicationStepKeys.size(); ++i) {
        const auto step = static_cast<ApplicationStep>(i);
        if (nextState(p, from, step, recommendsApproval))
            steps.push_back(step);
    }
    return steps;
}

} // namespace relief
