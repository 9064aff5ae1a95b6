#include "services/registry_fixture.h"

#include "services/audit_service.h"

#include "storage/statement.h"

#include <nlohmann/json.hpp>

using namespace relief;
using namespace relief::services;
using relief::test::makeIdNumber;

class RegistryServiceTest : public test::RegistryFixture
{
};

TEST_F(RegistryServiceTest, ACaseworkerRegistersAHouseholdOfThree)
{
    auto id = registry->createHousehold(caseworker(), threePeople());
    ASSERT_TRUE(id.ok()) << id.error().message;
    auto view = registry->household(caseworker(), *id);
    ASSERT_TRUE(view.ok()) << view.error().message;
    EXPECT_EQ(view->household.householdNo, "XF00001");
    EXPECT_EQ(view->communityName, "幸福社区");
    ASSERT_EQ(view->members.size(), 3u);
    EXPECT_EQ(view->members[0].membership.relation, Relation::Head);
    EXPECT_EQ(view->members[0].person.person.name, "王秀英");
    // Caseworkers see full numbers on the household page; birth date and sex come from the ID.
    EXPECT_EQ(view->members[0].person.person.idNumber, "11010519491231002X");
    EXPECT_EQ(view->members[0].person.person.birthDate.toString(), "1949-12-31");
    EXPECT_EQ(view->members[1].person.person.sex, Sex::Male);
    EXPECT_EQ(view->members[0].person.age, 75);
    EXPECT_EQ(view->household.headName, "王秀英");
    EXPECT_EQ(view->household.memberCount, 3);

    // The next household in the community gets the next number.
    auto second = threePeople("幸福路2号");
    second.members = {member("赵六", makeIdNumber("110105", "19800101", 31), Relation::Head)};
    auto id2 = registry->createHousehold(caseworker(), second);
    ASSERT_TRUE(id2.ok()) << id2.error().message;
    EXPECT_EQ(registry->household(caseworker(), *id2)->household.householdNo, "XF00002");
}

TEST_F(RegistryServiceTest, TheListFindsByNameIdDigitsNumberAndAddressAndMasks)
{
    ASSERT_TRUE(registry->createHousehold(caseworker(), threePeople()).ok());
    auto other = threePeople("和平街9号");
    other.household.communityId = heping;
    other.members = {member("赵六", makeIdNumber("110105", "19800101", 31), Relation::Head)};
    ASSERT_TRUE(registry->createHousehold(caseworker(), other).ok());

    auto find = [&](const std::string &text) {
        storage::HouseholdFilter f;
        f.text = text;
        auto rows = registry->listHouseholds(caseworker(), f);
        EXPECT_TRUE(rows.ok());
        std::vector<std::string> numbers;
        for (const auto &r : *rows)
            numbers.push_back(r.householdNo);
        return numbers;
    };
    EXPECT_EQ(find("李建"), std::vector<std::string> {"XF00001"});
    EXPECT_EQ(find("440524188001010014"), std::vector<std::string> {"XF00001"});
    EXPECT_EQ(find("0014"), std::vector<std::string> {"XF00001"});
    EXPECT_EQ(find("002x"), std::vector<std::string> {"XF00001"});
    EXPECT_EQ(find("００１４"), std::vector<std::string> {"XF00001"}); // full-width digits
    EXPECT_EQ(find("hp0"), std::vector<std::string> {"HP00001"});
    EXPECT_EQ(find("和平街"), std::vector<std::string> {"HP00001"});
    EXPECT_EQ(find("9号"), std::vector<std::string> {"HP00001"});
    EXPECT_TRUE(find("张").empty());

    storage::HouseholdFilter all;
    all.sort = storage::HouseholdSort::HeadName;
    auto rows = registry->listHouseholds(caseworker(), all);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2u);
    // Lists are masked for everyone.
    EXPECT_EQ((*rows)[0].headIdNumber, "110105********002X");
    EXPECT_EQ(*registry->countHouseholds(caseworker(), all), 2);
    all.communityId = heping;
    EXPECT_EQ(*registry->countHouseholds(caseworker(), all), 1);
    all.communityId.reset();
    all.status = storage::HouseholdStatusFilter::InCare;
    EXPECT_EQ(*registry->countHouseholds(caseworker(), all), 0);
    all.status = storage::HouseholdStatusFilter::NoCase;
    EXPECT_EQ(*registry->countHouseholds(caseworker(), all), 2);
}

TEST_F(RegistryServiceTest, APersonIsActiveInOneHouseholdOnly)
{
    auto first = registry->createHousehold(caseworker(), threePeople());
    ASSERT_TRUE(first.ok());
    auto other = threePeople("和平街9号");
    other.household.communityId = heping;
    other.members = {member("赵六", makeIdNumber("110105", "19800101", 31), Relation::Head),
                     member("李建国", "440524188001010014", Relation::Spouse)};
    auto refused = registry->createHousehold(caseworker(), other);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(refused.error().field, "members[1].id_number");
    EXPECT_NE(refused.error().message.find("XF00001"), std::string::npos)
        << refused.error().message;
    // Nothing of the refused household was written.
    storage::HouseholdFilter all;
    EXPECT_EQ(*registry->countHouseholds(caseworker(), all), 1);

    // Typing the known number offers the existing record and where they live.
    auto match = registry->findPersonByIdNumber(caseworker(), "440524188001010014");
    ASSERT_TRUE(match.ok());
    ASSERT_TRUE(match->has_value());
    EXPECT_EQ((*match)->person.name, "李建国");
    EXPECT_EQ((*match)->householdNo, "XF00001");
    EXPECT_FALSE(registry->findPersonByIdNumber(caseworker(), "11010519491231003X").ok());
    auto none = registry->findPersonByIdNumber(caseworker(), makeIdNumber("110105", "19700101", 1));
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());

    // Adding them to the other household with addMember is refused as well.
    other.members.pop_back();
    auto second = registry->createHousehold(caseworker(), other);
    ASSERT_TRUE(second.ok());
    auto add = registry->addMember(caseworker(), *second,
                                   member("李建国", "440524188001010014", Relation::Spouse));
    ASSERT_FALSE(add.ok());
    EXPECT_EQ(add.error().field, "id_number");
    EXPECT_NE(add.error().message.find("XF00001"), std::string::npos);
}

TEST_F(RegistryServiceTest, MovingOutAndDyingKeepTheHistory)
{
    auto first = registry->createHousehold(caseworker(), threePeople());
    ASSERT_TRUE(first.ok());
    auto other = threePeople("和平街9号");
    other.household.communityId = heping;
    other.members = {member("赵六", makeIdNumber("110105", "19800101", 31), Relation::Head)};
    auto second = registry->createHousehold(caseworker(), other);
    ASSERT_TRUE(second.ok());

    auto view = registry->household(caseworker(), *first);
    const auto spouse = view->members[1].membership;
    clock.advance(std::chrono::hours(24));
    ASSERT_TRUE(registry
                    ->leaveHousehold(caseworker(), spouse.id, LeaveReason::MovedOut,
                                     *Date::parse("2025-09-01"), "搬到和平街")
                    .ok());
    // Now he can join the other household, as the same person.
    auto joined = registry->addMember(caseworker(), *second,
                                      member("李建国", "440524188001010014", Relation::Spouse));
    ASSERT_TRUE(joined.ok()) << joined.error().message;

    view = registry->household(caseworker(), *first);
    ASSERT_EQ(view->members.size(), 2u);
    ASSERT_EQ(view->formerMembers.size(), 1u);
    EXPECT_EQ(view->formerMembers[0].membership.leftReason, LeaveReason::MovedOut);
    EXPECT_EQ(view->formerMembers[0].membership.leftOn->toString(), "2025-09-01");
    EXPECT_EQ(view->household.memberCount, 2);
    auto otherView = registry->household(caseworker(), *second);
    ASSERT_EQ(otherView->members.size(), 2u);
    EXPECT_EQ(otherView->members[1].person.person.id, spouse.personId);

    // The head dies: the membership ends, the date of death is recorded, the list
    // still shows the household under its last head.
    ASSERT_TRUE(registry
                    ->leaveHousehold(caseworker(), view->members[0].membership.id,
                                     LeaveReason::Died, *Date::parse("2025-09-10"))
                    .ok());
    view = registry->household(caseworker(), *first);
    EXPECT_EQ(view->members.size(), 1u);
    EXPECT_EQ(view->formerMembers.size(), 2u);
    EXPECT_EQ(view->household.headName, "王秀英");
    auto dead = registry->findPersonByIdNumber(caseworker(), "11010519491231002X");
    EXPECT_EQ((*dead)->person.deceasedOn->toString(), "2025-09-10");
    EXPECT_FALSE((*dead)->householdId.has_value());
    // The remaining member becomes the head.
    ASSERT_TRUE(
        registry->changeHead(caseworker(), view->members[0].membership.id, Relation::Other).ok());
    EXPECT_EQ(registry->household(caseworker(), *first)->household.headName, "李小明");

    // History cannot be deleted behind the program's back either.
    EXPECT_THROW(db->exec("DELETE FROM memberships"), storage::DatabaseError);
    // The rules see the household as it was on a date.
    auto before = registry->toDomainHousehold(caseworker(), *first, *Date::parse("2025-08-31"));
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->members.size(), 3u);
    auto after = registry->toDomainHousehold(caseworker(), *first, *Date::parse("2025-09-15"));
    EXPECT_EQ(after->members.size(), 1u);
}

TEST_F(RegistryServiceTest, EveryValidationMessageNamesItsField)
{
    auto expectField = [&](const NewHousehold &h, const std::string &field) {
        auto r = registry->createHousehold(caseworker(), h);
        ASSERT_FALSE(r.ok()) << "expected an error on " << field;
        EXPECT_EQ(r.error().field, field) << r.error().message;
        EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
        EXPECT_FALSE(r.error().message.empty());
    };
    auto h = threePeople();
    h.household.communityId = 0;
    expectField(h, "community");
    h = threePeople();
    h.household.communityId = 999;
    expectField(h, "community");
    h = threePeople("  ");
    expectField(h, "address");
    h = threePeople();
    h.household.phone = "call me";
    expectField(h, "phone");
    h = threePeople();
    h.household.bankAccount = "6222021234567890123";
    expectField(h, "bank_account");
    h = threePeople();
    h.household.bankAccount = "6222021234567890128";
    expectField(h, "bank_name");
    h = threePeople();
    h.household.lastReviewDate = Date::parse("2026-01-01");
    expectField(h, "last_review_date");
    h = threePeople();
    h.members.clear();
    expectField(h, "members");
    h = threePeople();
    h.members[1].person.idNumber = "440524188001010015";
    expectField(h, "members[1].id_number");
    h = threePeople();
    h.members[2].person.idNumber = h.members[1].person.idNumber;
    expectField(h, "members[2].id_number");
    h = threePeople();
    h.members[1].person.name = "";
    expectField(h, "members[1].name");
    h = threePeople();
    h.members[1].relation = Relation::Head;
    expectField(h, "members[1].relation");
    h = threePeople();
    h.members[0].relation = Relation::Spouse;
    expectField(h, "members[0].relation");
    h = threePeople();
    h.members[2].person.idNumber.clear();
    expectField(h, "members[2].birth_date");
    h = threePeople();
    h.members[2].person.idNumber.clear();
    h.members[2].person.birthDate = Date::parse("2015-01-01");
    expectField(h, "members[2].sex");
    h = threePeople();
    h.members[1].person.birthDate = Date::parse("1880-01-02");
    expectField(h, "members[1].birth_date");
    h = threePeople();
    h.members[1].person.disability = Disability {DisabilityKind::Physical, 5};
    expectField(h, "members[1].disability.grade");
    h = threePeople();
    h.members[1].person.selfCareItems = 64;
    expectField(h, "members[1].self_care_items");
    h = threePeople();
    h.members[1].person.phone = "12";
    expectField(h, "members[1].phone");
    h = threePeople();
    h.members[1].counted = false;
    expectField(h, "members[1].not_counted_reason");
    h = threePeople();
    h.members[1].joinedOn = Date::parse("2030-01-01");
    expectField(h, "members[1].joined_on");
    h = threePeople();
    h.members[1].incomes.push_back(
        {IncomeKind::Wage, IncomeEntry::Monthly, Money::fromFen(-1), ""});
    expectField(h, "members[1].incomes[0].amount");
    h = threePeople();
    h.members[0].obligors.push_back({});
    expectField(h, "members[0].obligors[0].birth_date");
    h = threePeople();
    h.members[0].person.institutionId = 42;
    expectField(h, "members[0].institution");
    h = threePeople();
    h.assets.vehicles.push_back({Money::fromFen(-100), false, ""});
    expectField(h, "assets.vehicles[0].value");
    h = threePeople();
    h.assets.homes = -1;
    expectField(h, "assets.homes");

    // Single-member calls name the field without a prefix.
    auto id = registry->createHousehold(caseworker(), threePeople());
    ASSERT_TRUE(id.ok());
    auto bad = member("张三", "11010519491231003X", Relation::Child);
    auto r = registry->addMember(caseworker(), *id, bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "id_number");
    auto head = member("张三", makeIdNumber("110105", "19900101", 11), Relation::Head);
    r = registry->addMember(caseworker(), *id, head);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "relation");
    EXPECT_EQ(registry->addCommunity(admin, {"X-1", "新社区", true}).error().field, "code");
    EXPECT_EQ(registry->addCommunity(admin, {"xf", "新社区", true}).error().field, "code");
    EXPECT_EQ(registry->addCommunity(admin, {"NEW", "幸福社区", true}).error().field, "name");
    InstitutionInput inst;
    inst.name = "示例敬老院";
    inst.bankAccount = "123";
    EXPECT_EQ(registry->addInstitution(admin, inst).error().field, "bank_account");
}

TEST_F(RegistryServiceTest, RolesDecideWhoEditsAndWhoSeesFullNumbers)
{
    const auto statistician = addUser("tong", {Role::Statistician});
    auto refused = registry->createHousehold(statistician, threePeople());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(registry->addCommunity(caseworker(), {"NEW", "新社区", true}).error().code,
              ErrorCode::PermissionDenied);
    InstitutionInput inst;
    inst.name = "示例敬老院";
    EXPECT_EQ(registry->addInstitution(caseworker(), inst).error().code,
              ErrorCode::PermissionDenied);
    ASSERT_TRUE(registry->addInstitution(admin, inst).ok());

    auto h = threePeople();
    h.household.bankName = "农业银行";
    h.household.bankAccount = "6222021234567890128";
    h.household.accountHolder = "王秀英";
    auto id = registry->createHousehold(caseworker(), h);
    ASSERT_TRUE(id.ok()) << id.error().message;
    auto masked = registry->household(statistician, *id);
    ASSERT_TRUE(masked.ok());
    EXPECT_FALSE(masked->fullNumbers);
    EXPECT_EQ(masked->members[0].person.person.idNumber, "110105********002X");
    EXPECT_EQ(masked->household.bankAccount, "***************0128");
    auto full = registry->household(caseworker(), *id);
    EXPECT_TRUE(full->fullNumbers);
    EXPECT_EQ(full->household.bankAccount, "6222021234567890128");
    // A statistician may not change a household.
    EXPECT_EQ(registry->setAssets(statistician, *id, {}).error().code, ErrorCode::PermissionDenied);
}

TEST_F(RegistryServiceTest, EditsAreAuditedWithPersonalNumbersMasked)
{
    auto id = registry->createHousehold(caseworker(), threePeople());
    ASSERT_TRUE(id.ok());
    auto view = registry->household(caseworker(), *id);
    const auto personId = view->members[1].person.person.id;
    ASSERT_TRUE(
        registry
            ->setIncomes(caseworker(), personId,
                         {{IncomeKind::Pension, IncomeEntry::Yearly, Money::fromYuan(14400), ""},
                          {IncomeKind::Wage, IncomeEntry::Monthly, Money::fromYuan(1000), ""}})
            .ok());
    view = registry->household(caseworker(), *id);
    ASSERT_EQ(view->members[1].person.incomes.size(), 2u);
    EXPECT_EQ(view->members[1].person.incomes[0].monthly, Money::fromYuan(1200));
    EXPECT_EQ(view->members[1].person.incomes[0].enteredAs, IncomeEntry::Yearly);

    storage::Statement st(*db,
                          "SELECT action, details FROM audit_log WHERE entity IN "
                          "('household', 'person') ORDER BY id");
    std::vector<std::string> actions;
    while (st.step()) {
        actions.push_back(st.text(0));
        EXPECT_EQ(st.text(1).find("11010519491231002X"), std::string::npos) << st.text(1);
        EXPECT_EQ(st.text(1).find("440524188001010014"), std::string::npos) << st.text(1);
    }
    EXPECT_EQ(actions, (std::vector<std::string> {"household.create", "person.incomes"}));
    // Editing to the same values writes no audit record.
    const auto &h = view->household;
    HouseholdInput same {h.communityId, h.address,     h.area,          h.phone,
                         h.bankName,    h.bankAccount, h.accountHolder, h.lastReviewDate};
    ASSERT_TRUE(registry->updateHousehold(caseworker(), *id, same).ok());
    storage::Statement count(*db,
                             "SELECT count(*) FROM audit_log WHERE action = 'household.update'");
    count.step();
    EXPECT_EQ(count.int64(0), 0);
}

TEST_F(RegistryServiceTest, ARegisteredHouseholdIsAssessedByTheRules)
{
    auto h = threePeople();
    h.members[0].incomes.push_back(
        {IncomeKind::Pension, IncomeEntry::Monthly, Money::fromYuan(300), ""});
    auto id = registry->createHousehold(caseworker(), h);
    ASSERT_TRUE(id.ok());
    auto domain = registry->toDomainHousehold(caseworker(), *id, *Date::parse("2025-09-15"));
    ASSERT_TRUE(domain.ok());
    ASSERT_EQ(domain->members.size(), 3u);
    EXPECT_EQ(domain->members[0].relation, Relation::Head);
    EXPECT_EQ(domain->members[0].incomes[0].monthly, Money::fromYuan(300));
    auto assessed = registry->assessHousehold(caseworker(), *id, *Date::parse("2025-09-15"));
    ASSERT_TRUE(assessed.ok()) << assessed.error().message;
    EXPECT_EQ(assessed->assessment.standard, Money::fromYuan(830));
    EXPECT_EQ(assessed->personIds.size(), 3u);
    EXPECT_EQ(assessed->names[0], "王秀英");
    EXPECT_GT(assessed->assessment.totalMonthly.fen(), 0);
}

TEST_F(RegistryServiceTest, AnInstitutionEditCanKeepTheStoredAccount)
{
    InstitutionInput inst;
    inst.name = "阳光养老院";
    inst.bankName = "农业银行";
    inst.bankAccount = "6222021234567890128";
    inst.accountHolder = "阳光养老院";
    auto id = registry->addInstitution(admin, inst);
    ASSERT_TRUE(id.ok()) << id.error().message;

    // A role that sees the account masked sends no number and asks to keep it.
    InstitutionInput edit = inst;
    edit.bankAccount.clear();
    edit.phone = "01062345679";
    edit.keepStoredAccount = true;
    ASSERT_TRUE(registry->updateInstitution(admin, *id, edit).ok());
    auto stored = registry->institutions(admin);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->front().bankAccount, "6222021234567890128");
    EXPECT_EQ(stored->front().phone, "01062345679");

    // A bad new number is refused at its field, the stored one untouched.
    edit.keepStoredAccount = false;
    edit.bankAccount = "6222021234567890120";
    auto refused = registry->updateInstitution(admin, *id, edit);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "bank_account");
    EXPECT_EQ(registry->institutions(admin)->front().bankAccount, "6222021234567890128");

    // Without the flag an empty number removes the account.
    edit.bankAccount.clear();
    ASSERT_TRUE(registry->updateInstitution(admin, *id, edit).ok());
    EXPECT_EQ(registry->institutions(admin)->front().bankAccount, "");
}

TEST_F(RegistryServiceTest, OneCallSavesEverythingTheMemberDialogEdits)
{
    InstitutionInput inst;
    inst.name = "和平敬老院";
    auto institution = registry->addInstitution(admin, inst);
    ASSERT_TRUE(institution.ok()) << institution.error().message;
    auto id = registry->createHousehold(caseworker(), threePeople());
    ASSERT_TRUE(id.ok()) << id.error().message;
    auto view = registry->household(caseworker(), *id);
    const MemberView spouse = view->members[1];

    MemberInput edit = member("李建国", "440524188001010014", Relation::Spouse);
    edit.person.phone = "13900139000";
    edit.person.disability = Disability {DisabilityKind::Visual, 2};
    edit.person.disabilityCertificate = "44052418800101001442";
    edit.person.selfCareItems = 0b000011;
    edit.person.institutionId = *institution;
    edit.counted = false;
    edit.notCountedReason = NotCountedReason::Missing;
    edit.incomes.push_back(
        {IncomeKind::Pension, IncomeEntry::Yearly, Money::fromYuan(14400), "养老金"});
    ObligorInput son;
    son.name = "李强";
    son.relation = "儿子";
    son.idNumber = makeIdNumber("110105", "19750606", 17);
    son.incomeMonthly = Money::fromFen(350050);
    edit.obligors.push_back(son);
    auto saved = registry->updateMember(caseworker(), spouse.membership.id, edit);
    ASSERT_TRUE(saved.ok()) << saved.error().message;

    view = registry->household(caseworker(), *id);
    const MemberView &after = view->members[1];
    EXPECT_EQ(after.person.person.phone, "13900139000");
    ASSERT_TRUE(after.person.person.disability);
    EXPECT_EQ(after.person.person.disability->kind, DisabilityKind::Visual);
    EXPECT_EQ(after.person.person.selfCareUnmet, 2);
    EXPECT_EQ(after.person.institutionName, "和平敬老院");
    EXPECT_FALSE(after.membership.counted);
    EXPECT_EQ(after.membership.notCountedReason, NotCountedReason::Missing);
    ASSERT_EQ(after.person.incomes.size(), 1u);
    EXPECT_EQ(after.person.incomes[0].monthly, Money::fromYuan(1200));
    ASSERT_EQ(after.person.obligors.size(), 1u);
    EXPECT_EQ(after.person.obligors[0].birthDate.toString(), "1975-06-06");
    EXPECT_EQ(after.person.obligors[0].incomeMonthly, Money::fromFen(350050));

    storage::Statement audit(*db,
                             "SELECT details FROM audit_log WHERE action = "
                             "'household.member_edit'");
    ASSERT_TRUE(audit.step());
    const auto details = nlohmann::json::parse(audit.text(0));
    EXPECT_TRUE(details["changes"].contains("phone"));
    EXPECT_TRUE(details["changes"].contains("obligors"));
    EXPECT_FALSE(details["changes"].contains("name"));
    EXPECT_EQ(audit.text(0).find(son.idNumber), std::string::npos) << audit.text(0);
    EXPECT_FALSE(audit.step());

    // The same values again: nothing written.
    ASSERT_TRUE(registry->updateMember(caseworker(), spouse.membership.id, edit).ok());
    storage::Statement count(*db,
                             "SELECT count(*) FROM audit_log WHERE action = "
                             "'household.member_edit'");
    count.step();
    EXPECT_EQ(count.int64(0), 1);

    // A refusal writes nothing: a bad obligor (no birth date, no ID) after a changed phone.
    MemberInput bad = edit;
    bad.person.phone = "13700137000";
    bad.obligors.push_back(ObligorInput {});
    bad.obligors.back().name = "李丽";
    auto refused = registry->updateMember(caseworker(), spouse.membership.id, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "obligors[1].birth_date");
    EXPECT_EQ(registry->household(caseworker(), *id)->members[1].person.person.phone,
              "13900139000");

    // The relation rules are those of updateMembership; the ID number stays unique.
    bad = edit;
    bad.relation = Relation::Head;
    EXPECT_EQ(registry->updateMember(caseworker(), spouse.membership.id, bad).error().field,
              "relation");
    bad = edit;
    bad.person.idNumber = "11010519491231002X"; // the head's
    auto taken = registry->updateMember(caseworker(), spouse.membership.id, bad);
    EXPECT_EQ(taken.error().code, ErrorCode::Conflict);
    EXPECT_EQ(taken.error().field, "id_number");
    // Statisticians may not, and read the person with numbers masked.
    const auto statistician = addUser("tong", {Role::Statistician});
    EXPECT_EQ(registry->updateMember(statistician, spouse.membership.id, edit).error().code,
              ErrorCode::PermissionDenied);
    auto person = registry->person(statistician, spouse.person.person.id);
    ASSERT_TRUE(person.ok()) << person.error().message;
    ASSERT_EQ(person->obligors.size(), 1u);
    EXPECT_NE(person->obligors[0].idNumber, son.idNumber);
    EXPECT_EQ(person->incomes.size(), 1u);
    EXPECT_EQ(person->institutionName, "和平敬老院");
    EXPECT_EQ(registry->person(caseworker(), 9999).error().code, ErrorCode::NotFound);
}

// Defect 11: the form refuses what the ledger refuses — region 000000, a birth date
// in the future (in the ID number), control characters in text — by the same check.
TEST_F(RegistryServiceTest, TheFormRefusesRegionZeroFutureBirthsAndControlCharacters)
{
    const auto refusedField = [&](services::NewHousehold h) {
        auto r = registry->createHousehold(caseworker(), h);
        return r.ok() ? std::string("(accepted)") : r.error().field;
    };
    auto h = threePeople();
    h.members[2].person.idNumber = test::makeIdNumber("000000", "20150101", 1);
    EXPECT_EQ(refusedField(h), "members[2].id_number");
    h = threePeople();
    h.members[2].person.idNumber = test::makeIdNumber("110105", "20300101", 1); // after 2025-09-15
    EXPECT_EQ(refusedField(h), "members[2].id_number");
    h = threePeople();
    h.members[1].person.name = std::string("李建\0国", 10);
    EXPECT_EQ(refusedField(h), "members[1].name");
    h = threePeople();
    h.household.address = "幸福路\x07"
                          "1号";
    EXPECT_EQ(refusedField(h), "address");
    h = threePeople();
    h.household.bankAccount = "6222021234567890128";
    h.household.bankName = "农业银行";
    h.household.accountHolder = "王秀英\n";
    EXPECT_EQ(refusedField(h), "account_holder");
    EXPECT_EQ(refusedField(threePeople()), "(accepted)");
}

// Defect 13: a user who may not write is refused before the input is checked (so
// learns nothing about it), and the rules' view of a household needs a session.
TEST_F(RegistryServiceTest, WritesAuthoriseBeforeTheyValidate)
{
    const auto statistician = addUser("tong", {Role::Statistician});
    auto bad = threePeople();
    bad.household.address.clear();
    auto refused = registry->createHousehold(statistician, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied) << refused.error().message;
    EXPECT_EQ(registry->addCommunity(statistician, {"", "", true}).error().code,
              ErrorCode::PermissionDenied);
    services::HouseholdInput badInput;
    EXPECT_EQ(registry->updateHousehold(statistician, 1, badInput).error().code,
              ErrorCode::PermissionDenied);

    auto id = registry->createHousehold(caseworker(), threePeople());
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_TRUE(registry->toDomainHousehold(caseworker(), *id, *Date::parse("2025-09-15")).ok());
    services::Session forged = caseworker();
    forged.userId = 9999;
    EXPECT_EQ(registry->toDomainHousehold(forged, *id, *Date::parse("2025-09-15")).error().code,
              ErrorCode::PermissionDenied);
}
