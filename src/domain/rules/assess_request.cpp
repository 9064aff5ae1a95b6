#include "assess_request.h"

#include "domain/json_document.h"
#include "domain/json_reader.h"
#include "household_keys.h"

namespace relief {

namespace {

constexpr std::array<std::string_view, 2> kTemporaryTypeKeys = {"emergency", "expenditure"};
constexpr int kMaxAge = 150;
constexpr int kMaxMonths = kMaxParameterMonths;
// A price index is a % change year on year: −100 (everything free) to 1000.
constexpr int kMinIndexPct = -100;
constexpr int kMaxIndexPct = 1000;

std::optional<Disability> readDisability(const JsonReader &parent)
{
    if (!parent.has("disability"))
        return std::nullopt;
    const JsonReader r = parent.object("disability", false);
    Disability d;
    const int kind = r.choice("kind", kDisabilityKindKeys);
    d.kind = kind < 0 ? DisabilityKind::Physical : static_cast<DisabilityKind>(kind);
    d.grade = r.integer("grade", std::nullopt, 1, 4);
    return d;
}

Income readIncome(const JsonReader &r)
{
    Income in;
    const int kind = r.choice("kind", kIncomeKindKeys);
    in.kind = kind < 0 ? IncomeKind::Other : static_cast<IncomeKind>(kind);
    // Net business and property income can be a loss; IN-2 floors hᵢ at 0.
    const bool net = in.kind == IncomeKind::Business || in.kind == IncomeKind::Property;
    in.monthly = r.money("monthly", std::nullopt, net);
    return in;
}

Obligor readObligor(const JsonReader &r)
{
    Obligor o;
    o.relation = r.string("relation", false).value_or("");
    o.age = r.integer("age", std::nullopt, 0, kMaxAge);
    o.isTekun = r.boolean("is_tekun", false);
    o.isDibao = r.boolean("is_dibao", false);
    o.disability = readDisability(r);
    o.incomeMonthly = r.money("income_monthly", Money());
    o.status = static_cast<ObligorStatus>(std::max(
        0, r.choice("status", kObligorStatusKeys, static_cast<int>(ObligorStatus::Normal))));
    o.assetsOk = r.boolean("assets_ok", false);
    return o;
}

Member readMember(const JsonReader &r, const std::optional<Date> &asOf)
{
    const Lang lang = r.lang();
    Member m;
    const auto name = r.string("name", true);
    if (name && name->empty())
        r.fail("name", std::string(tr(lang, "姓名不能为空", "must not be empty")));
    m.name = name.value_or("");

    std::optional<Date> birth;
    if (const auto idText = r.string("id_number", false)) {
        auto id = IdNumber::parse(*idText, lang);
        if (id.ok()) {
            birth = id->birthDate();
            m.idNumber = *id;
        } else {
            r.fail("id_number", id.error().message);
        }
    }
    const auto birthDate = r.date("birth_date", false);
    if (!r.failed()) {
        if (!m.idNumber && !birthDate)
            r.fail("id_number",
                   std::string(tr(lang, "身份证号与出生日期至少填写一项",
                                  "is required when birth_date is not given")));
        else if (m.idNumber && birthDate && *birthDate != *birth)
            r.fail("birth_date",
                   std::string(tr(lang, "与身份证号中的出生日期不一致：",
                                  "does not match the birth date in the ID number: ")) +
                       birthDate->toString() + " / " + birth->toString());
        if (!birth)
            birth = birthDate;
        if (birth && asOf && *birth > *asOf)
            r.fail(m.idNumber ? "id_number" : "birth_date",
                   std::string(tr(lang, "出生日期晚于评估日期：",
                                  "the birth date is after the assessment date: ")) +
                       birth->toString());
    }
    m.birthDate = birth.value_or(Date());

    m.relation = static_cast<Relation>(
        std::max(0, r.choice("relation", kRelationKeys, static_cast<int>(Relation::Other))));
    m.counted = r.boolean("counted", true);
    m.disability = readDisability(r);
    m.seriousIllness = r.boolean("serious_illness", false);
    m.inSchool = r.boolean("in_school", false);
    m.selfCareUnmet = r.integer("self_care_unmet", 0, 0, 6);
    if (r.has("child_status")) {
        const int cs = r.choice("child_status", kChildStatusKeys);
        if (cs >= 0)
            m.childStatus = static_cast<ChildStatus>(cs);
    }
    m.institutional = r.boolean("institutional", false);
    const size_t incomes = r.arraySize("incomes", false);
    for (size_t j = 0; j < incomes && !r.failed(); ++j)
        m.incomes.push_back(readIncome(r.element("incomes", j)));
    const size_t obligors = r.arraySize("obligors", false);
    for (size_t j = 0; j < obligors && !r.failed(); ++j)
        m.obligors.push_back(readObligor(r.element("obligors", j)));
    return m;
}

HouseholdAssets readAssets(const JsonReader &r)
{
    HouseholdAssets a;
    a.financial = r.money("financial", Money());
    a.homes = r.integer("homes", 0, 0, 1000);
    const size_t vehicles = r.arraySize("vehicles", false);
    for (size_t j = 0; j < vehicles && !r.failed(); ++j) {
        const JsonReader v = r.element("vehicles", j);
        a.vehicles.push_back({v.money("value"), v.boolean("exempt", false)});
    }
    a.businessCapital = r.money("business_capital", Money());
    return a;
}

std::optional<PriceIndices> readIndices(const JsonReader &parent)
{
    if (!parent.has("cpi"))
        return std::nullopt;
    const JsonReader r = parent.object("cpi", false);
    PriceIndices p;
    p.month = r.yearMonth("month", false);
    const Decimal low = Decimal::fromInt(kMinIndexPct);
    const Decimal high = Decimal::fromInt(kMaxIndexPct);
    p.cpiYoy = r.decimalInRange("cpi_yoy", true, low, high, &p.cpiText).value_or(Decimal());
    p.foodYoy = r.decimalInRange("food_yoy", true, low, high, &p.foodText).value_or(Decimal());
    return p;
}

std::optional<TemporaryRequest> readTemporary(const JsonReader &parent)
{
    if (!parent.has("temporary"))
        return std::nullopt;
    const JsonReader r = parent.object("temporary", false);
    TemporaryRequest t;
    t.type = static_cast<TemporaryType>(std::max(0, r.choice("type", kTemporaryTypeKeys)));
    t.months = r.integer("months", 0, 0, kMaxMonths);
    t.expense = r.money("expense", Money());
    t.reimbursed = r.money("reimbursed", Money());
    t.otherAid = r.money("other_aid", Money());
    t.special = r.boolean("special", false);
    return t;
}

} // namespace

Result<AssessRequest> parseAssessInput(std::string_view json, Lang lang)
{
    const auto doc = parseJsonDocument(json, lang);
    if (!doc.ok())
        return doc.error();
    JsonReader::Sink sink {lang, std::nullopt};
    const JsonReader r = JsonReader::root(*doc, sink);

    AssessRequest req;
    const auto asOf = r.date("as_of", true);
    req.asOf = asOf.value_or(Date());
    req.household.area = static_cast<Area>(std::max(0, r.choice("area", kAreaKeys)));
    if (r.has("policy"))
        req.policy = PolicyParameters::read(r.object("policy", false));
    req.cpi = readIndices(r);
    req.temporary = readTemporary(r);

    const size_t members = r.arraySize("members", true);
    if (!r.failed() && members == 0)
        r.fail("members",
               std::string(tr(lang, "至少需要一名家庭成员", "must list at least one member")));
    for (size_t i = 0; i < members && !r.failed(); ++i)
        req.household.members.push_back(readMember(r.element("members", i), asOf));
    req.household.assets = readAssets(r.object("assets", false));

    if (sink.error)
        return *sink.error;
    return req;
}

} // namespace relief
