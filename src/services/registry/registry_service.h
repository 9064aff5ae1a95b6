#pragma once

// The household registry (家庭档案): communities and institutions (administrators),
// households, members with their membership history, incomes, assets, vehicles
// and obligors (caseworkers), the household list and page, and the mapping of a
// registered household to the rules' model. Every edit is one transaction, role
// checked, validated field by field and audited with personal numbers masked.
//
// A person (ID number) is an active member of one household only: adding one
// who is active elsewhere is refused, naming that household; findPersonByIdNumber
// lets a form offer the existing record. Nothing is deleted: leaving a household
// (moved out, died) ends the membership with its date.

#include "registry_types.h"
#include "services/service_base.h"

#include "storage/registry/household_query.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace relief::services {

struct CheckedPerson;

class RegistryService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(RegistryService)
public:
    RegistryService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // Communities (administrators keep them; everyone signed in reads them).
    Result<std::vector<storage::CommunityRecord>> communities(const Session &session);
    Result<std::int64_t> addCommunity(const Session &session, const CommunityInput &input);
    Status updateCommunity(const Session &session, std::int64_t id, const CommunityInput &input);

    // Institutions (administrators).
    Result<std::vector<storage::InstitutionRecord>> institutions(const Session &session);
    Result<std::int64_t> addInstitution(const Session &session, const InstitutionInput &input);
    Status updateInstitution(const Session &session, std::int64_t id,
                             const InstitutionInput &input);

    // Households. The number is generated from the community's code. Errors name
    // the field: "address", "members[1].id_number", "assets.vehicles[0].value".
    Result<std::int64_t> createHousehold(const Session &session, const NewHousehold &input);
    Status updateHousehold(const Session &session, std::int64_t householdId,
                           const HouseholdInput &input);
    Status setAssets(const Session &session, std::int64_t householdId, const AssetsInput &input);

    // Members. Errors name the field without a prefix ("id_number").
    Result<std::int64_t> addMember(const Session &session, std::int64_t householdId,
                                   const MemberInput &input); // the membership id
    Status updatePerson(const Session &session, std::int64_t personId, const PersonInput &input);
    // Relation, counting and date joined of an active membership. Making a member
    // the head needs the household's head to become someone else first, or changeHead.
    Status updateMembership(const Session &session, std::int64_t membershipId, Relation relation,
                            bool counted, std::optional<NotCountedReason> notCountedReason,
                            std::optional<Date> joinedOn);
    // The member becomes the head; the old head takes `formerHeadRelation`.
    Status changeHead(const Session &session, std::int64_t membershipId,
                      Relation formerHeadRelation);
    // Ends the membership (history kept). Died also records the date of death.
    Status leaveHousehold(const Session &session, std::int64_t membershipId, LeaveReason reason,
                          const Date &on, const std::string &note = {});
    Status setIncomes(const Session &session, std::int64_t personId,
                      const std::vector<IncomeInput> &incomes);
    Status setObligors(const Session &session, std::int64_t personId,
                       const std::vector<ObligorInput> &obligors);
    // Everything the member dialog edits, in one transaction: the person, the
    // membership (relation, counting, date joined), incomes and obligors. Errors
    // name the field without a prefix ("id_number", "obligors[1].birth_date"); the
    // relation rules are updateMembership's. Nothing changed: nothing written.
    Status updateMember(const Session &session, std::int64_t membershipId,
                        const MemberInput &input);

    // Reading.
    Result<HouseholdView> household(const Session &session, std::int64_t householdId);
    // One person with incomes, obligors and institution (numbers masked as on the
    // household page): what a form loads when it takes over a record on file.
    Result<PersonView> person(const Session &session, std::int64_t personId);
    // The person with this ID number and their active household, if any
    // (nothing when there is no such person). A malformed number is an error.
    Result<std::optional<PersonMatch>> findPersonByIdNumber(const Session &session,
                                                            const std::string &idNumber);
    // A page of the household list; head ID numbers always masked.
    Result<std::vector<storage::HouseholdListRecord>>
    listHouseholds(const Session &session, const storage::HouseholdFilter &filter);
    Result<std::int64_t> countHouseholds(const Session &session,
                                         const storage::HouseholdFilter &filter);

    // The household as the rules see it on a date: members active that day
    // (joined on or before it, not yet left, alive), with incomes, obligors
    // (ages on the date), institutional support, and the assets. A read of the
    // registry: the session's role must allow ViewRegistry (defect 13).
    Result<Household> toDomainHousehold(const Session &session, std::int64_t householdId,
                                        const Date &asOf);
    // assess() with the parameter set in force on the date.
    Result<HouseholdAssessment> assessHousehold(const Session &session, std::int64_t householdId,
                                                const Date &asOf);

private:
    Error notFound(const char *field, const QString &what) const;
    Result<std::optional<std::int64_t>> reusablePerson(const CheckedPerson &checked,
                                                       std::int64_t householdId,
                                                       const std::string &field);
    Result<std::int64_t> insertMember(std::int64_t householdId, const MemberInput &input,
                                      const CheckedPerson &checked,
                                      std::optional<std::int64_t> existingPerson);
    Status checkInstitution(const std::optional<std::int64_t> &id, const std::string &field);
    PersonView personView(const storage::PersonRecord &person, bool full);
};

} // namespace relief::services
