#include "application_text.h"

namespace relief::services {

QString ApplicationText::programme(ApplicationProgramme p)
{
    switch (p) {
    case ApplicationProgramme::Dibao:
        return tr("Minimum living allowance");
    case ApplicationProgramme::Tekun:
        return tr("Extreme poverty support");
    case ApplicationProgramme::ChildAllowance:
        return tr("Child allowance");
    case ApplicationProgramme::DisabilitySubsidy:
        return tr("Disability subsidies");
    case ApplicationProgramme::TemporaryExpenditure:
        return tr("Temporary assistance (expenditure)");
    case ApplicationProgramme::TemporaryEmergency:
        return tr("Temporary assistance (emergency)");
    }
    return {};
}

QString ApplicationText::channel(ApplicationChannel c)
{
    switch (c) {
    case ApplicationChannel::Window:
        return tr("Service window");
    case ApplicationChannel::CommunityPoint:
        return tr("Community service point");
    case ApplicationChannel::Online:
        return tr("Online platform");
    }
    return {};
}

QString ApplicationText::state(ApplicationState s)
{
    switch (s) {
    case ApplicationState::Submitted:
        return tr("Submitted");
    case ApplicationState::Returned:
        return tr("Returned for materials");
    case ApplicationState::Accepted:
        return tr("Accepted");
    case ApplicationState::Investigating:
        return tr("Investigating");
    case ApplicationState::StreetReviewed:
        return tr("Reviewed by the street office");
    case ApplicationState::Notice:
        return tr("Public notice");
    case ApplicationState::PendingApproval:
        return tr("Awaiting approval");
    case ApplicationState::Approved:
        return tr("Approved");
    case ApplicationState::Refused:
        return tr("Refused");
    case ApplicationState::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString ApplicationText::step(ApplicationStep s)
{
    switch (s) {
    case ApplicationStep::Accept:
        return tr("accepted");
    case ApplicationStep::Return:
        return tr("returned for materials");
    case ApplicationStep::StartInvestigation:
        return tr("put under investigation");
    case ApplicationStep::StreetReview:
        return tr("reviewed");
    case ApplicationStep::StartNotice:
        return tr("put on public notice");
    case ApplicationStep::Object:
        return tr("objected to");
    case ApplicationStep::SubmitForApproval:
        return tr("sent for approval");
    case ApplicationStep::Approve:
        return tr("approved");
    case ApplicationStep::Refuse:
        return tr("refused");
    case ApplicationStep::Withdraw:
        return tr("withdrawn");
    }
    return {};
}

QString ApplicationText::material(Material m)
{
    switch (m) {
    case Material::IdCard:
        return tr("Resident identity card");
    case Material::HouseholdRegister:
        return tr("Household register (hukou booklet)");
    case Material::IncomeProof:
        return tr("Proof of income");
    case Material::BankStatement:
        return tr("Bank statements");
    case Material::CheckAuthorization:
        return tr("Signed authorisation for the economic-status check");
    case Material::DisabilityCertificate:
        return tr("Disability certificate");
    case Material::DiagnosisProof:
        return tr("Medical diagnosis");
    case Material::SchoolProof:
        return tr("Proof of school attendance");
    case Material::GuardianshipProof:
        return tr("Proof of the parents' death, disappearance or imprisonment");
    case Material::ExpenseReceipts:
        return tr("Receipts for the expenses");
    case Material::ReimbursementProof:
        return tr("Medical insurance settlement");
    case Material::IncidentProof:
        return tr("Proof of the emergency (fire, accident…)");
    }
    return {};
}

QString ApplicationText::department(storage::Department d)
{
    using storage::Department;
    switch (d) {
    case Department::Police:
        return tr("Public security");
    case Department::Hrss:
        return tr("Human resources and social security");
    case Department::Tax:
        return tr("Taxation");
    case Department::RealEstate:
        return tr("Real estate registration");
    case Department::MarketRegulation:
        return tr("Market regulation");
    case Department::HousingFund:
        return tr("Housing provident fund");
    case Department::Vehicles:
        return tr("Vehicle registration");
    case Department::Finance:
        return tr("Banks and finance");
    }
    return {};
}

QString ApplicationText::visitKind(storage::VisitKind k)
{
    switch (k) {
    case storage::VisitKind::Home:
        return tr("Home visit");
    case storage::VisitKind::Neighbour:
        return tr("Neighbour visit");
    case storage::VisitKind::Letter:
        return tr("Letter enquiry");
    }
    return {};
}

} // namespace relief::services
