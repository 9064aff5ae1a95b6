#pragma once

// The street office's reserve fund (备用金): top-ups by a supervisor, payments
// made by the application service (先行救助, street-level temporary aid). The
// balance never goes below zero.

#include "services/service_base.h"
#include "storage/applications/application_records.h"

#include <QCoreApplication>

#include <vector>

namespace relief::services {

class ReserveFundService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(ReserveFundService)

public:
    ReserveFundService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // Returns the balance after the top-up.
    Result<Money> topUp(const Session &session, Money amount, const Date &on,
                        const std::string &note);
    Result<Money> balance(const Session &session);
    // Newest first.
    Result<std::vector<storage::ReserveEntryRecord>> entries(const Session &session, int limit,
                                                             int offset);
};

} // namespace relief::services
