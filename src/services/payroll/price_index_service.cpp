// PriceIndexService: the month's CPI and food price indices (% year on year), entered
// by a supervisor; PS-1 decides from them whether the month's roll adds price subsidies.

#include "payroll_service.h"

#include "services/policy/policy_service.h"
#include "storage/payroll/payroll_repository.h"

#include "domain/rules/benefit_rules.h"

#include <regex>

namespace relief::services {

using storage::PayrollRepository;
using storage::UserRecord;

namespace {

// −99.9 … 999.9, at most one decimal ("3.6", "-0.5", "12").
bool validPercent(const std::string &text)
{
    static const std::regex positive(R"(^(0|[1-9][0-9]{0,2})(\.[0-9])?$)");
    static const std::regex negative(R"(^-(0|[1-9][0-9]?)(\.[0-9])?$)");
    return std::regex_match(text, positive) || std::regex_match(text, negative);
}

} // namespace

namespace {
// Whether the figures trigger PS-1 under the set in force on the month's first day.
bool triggers(storage::Database &db, const Clock &clock, const storage::PriceIndexRecord &r)
{
    auto set = PolicyService(db, clock).inForceForMonth(r.month);
    const auto cpi = Decimal::parse(r.cpi, true);
    const auto food = Decimal::parse(r.food, true);
    if (!set.ok() || !cpi || !food)
        return false;
    PriceIndices pi;
    pi.month = r.month;
    pi.cpiYoy = *cpi;
    pi.foodYoy = *food;
    pi.cpiText = r.cpi;
    pi.foodText = r.food;
    return priceSubsidy(pi, *set, set->standardUrban, 1).triggered ||
        priceSubsidy(pi, *set, set->standardRural, 1).triggered;
}

PriceIndexRecordView viewOf(storage::Database &db, const Clock &clock,
                            const storage::PriceIndexRecord &r)
{
    return {r.month, r.cpi, r.food, r.enteredAt, r.enteredBy, triggers(db, clock, r)};
}
} // namespace

Result<PriceIndexRecordView> PriceIndexService::set(const Session &session, const YearMonth &month,
                                                    const std::string &cpi, const std::string &food)
{
    if (auto actor = authorize(session, Action::EnterPriceIndices); !actor.ok())
        return actor.error();
    const std::string c = toStd(QString::fromStdString(cpi).trimmed());
    const std::string f = toStd(QString::fromStdString(food).trimmed());
    if (!validPercent(c))
        return Error::invalid("cpi",
                              toStd(tr("The CPI change must be a percentage with at most "
                                       "one decimal between -99.9 and 999.9, e.g. 3.6.")));
    if (!validPercent(f))
        return Error::invalid("food",
                              toStd(tr("The food price change must be a percentage with "
                                       "at most one decimal between -99.9 and 999.9, "
                                       "e.g. 6.5.")));
    return writeAs(
        session, Action::EnterPriceIndices,
        [&](AuditLog &audit, const UserRecord &actor) -> Result<PriceIndexRecordView> {
            PayrollRepository repo(m_db);
            if (const auto roll = repo.roll(month); roll && payroll::isLocked(roll->state))
                return Error {ErrorCode::Conflict,
                              toStd(tr("The roll of %1 is locked: its price indices can no longer "
                                       "be changed.")
                                        .arg(QString::fromStdString(month.toString()))),
                              {}};
            const auto before = repo.priceIndices(month);
            storage::PriceIndexRecord r {month, c, f, m_clock.isoUtc(), actor.username};
            repo.putPriceIndices(r);
            nlohmann::json details = {{"month", month.toString()}, {"cpi", c}, {"food", f}};
            if (before) {
                details["cpi_before"] = before->cpi;
                details["food_before"] = before->food;
            }
            const PriceIndexRecordView view = viewOf(m_db, m_clock, r);
            details["triggers"] = view.triggers;
            audit.append(
                session,
                {AuditAction::PriceIndicesSet, "price_indices", month.toString(), details});
            return view;
        });
}

Result<std::optional<PriceIndexRecordView>> PriceIndexService::get(const Session &session,
                                                                   const YearMonth &month)
{
    return read(session, Action::ViewPayroll, [&]() -> Result<std::optional<PriceIndexRecordView>> {
        const auto r = PayrollRepository(m_db).priceIndices(month);
        if (!r)
            return std::optional<PriceIndexRecordView>();
        return std::optional<PriceIndexRecordView>(viewOf(m_db, m_clock, *r));
    });
}

Result<std::vector<PriceIndexRecordView>> PriceIndexService::list(const Session &session)
{
    return read(session, Action::ViewPayroll, [&]() -> Result<std::vector<PriceIndexRecordView>> {
        std::vector<PriceIndexRecordView> out;
        for (const auto &r : PayrollRepository(m_db).allPriceIndices())
            out.push_back(viewOf(m_db, m_clock, r));
        return out;
    });
}

} // namespace relief::services
