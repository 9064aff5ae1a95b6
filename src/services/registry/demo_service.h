#pragma once

// Demo data for training and screenshots: a fictional street office with five
// communities, two institutions and N households of Chinese names, valid ID
// numbers and Luhn-valid bank cards, with every programme and a realistic mix
// of cases. Deterministic (same seed, same office), clearly marked (is_demo on
// every household and person, office setting demo_data = 1), written in one
// transaction by an administrator, and only into a registry without real data.

#include "services/service_base.h"

#include <QCoreApplication>

namespace relief::services {

struct DemoReport
{
    int households = 0;
    int persons = 0;
    int cases = 0;
};

class DemoService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(DemoService)
public:
    DemoService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    static constexpr int kMaxHouseholds = 1'000'000;

    Result<DemoReport> generate(const Session &session, int households,
                                std::uint64_t seed = 20250915);
};

} // namespace relief::services
