#pragma once

// What every window and page needs, passed in (no singletons): the open
// database, the clock, the services, and where things live.

#include "services/accounts/account_service.h"
#include "services/applications/application_service.h"
#include "services/applications/reserve_fund_service.h"
#include "services/audit_service.h"
#include "services/bank/bank_service.h"
#include "services/clock.h"
#include "services/ledger/ledger_import_service.h"
#include "services/office/holiday_service.h"
#include "services/office/office_settings_service.h"
#include "services/payroll/payroll_service.h"
#include "services/payroll/standard_change_service.h"
#include "services/policy/policy_service.h"
#include "services/registry/registry_service.h"
#include "storage/connection_factory.h"

#include <QString>

namespace relief::gui {

class AppContext
{
public:
    AppContext(storage::Database &db, const services::Clock &clock, QString logFile = {})
        : m_db(db)
        , m_clock(clock)
        , m_logFile(std::move(logFile))
        , m_connections(db.path())
        , m_accounts(db, clock)
        , m_settings(db, clock)
        , m_holidays(db, clock)
        , m_audit(db, clock)
        , m_policy(db, clock)
        , m_registry(db, clock)
        , m_ledger(db, clock)
        , m_applications(db, clock)
        , m_reserveFund(db, clock)
        , m_payroll(db, clock)
        , m_priceIndices(db, clock)
        , m_standardChanges(db, clock)
        , m_bank(db, clock)
    { }

    storage::Database &database() const { return m_db; }
    const services::Clock &clock() const { return m_clock; }
    QString databasePath() const { return QString::fromStdString(m_db.path()); }
    QString logFile() const { return m_logFile; }
    // More connections to the same data, for work on other threads (JobRunner).
    const storage::ConnectionFactory &connections() const { return m_connections; }

    services::AccountService &accounts() { return m_accounts; }
    services::OfficeSettingsService &officeSettings() { return m_settings; }
    services::HolidayService &holidays() { return m_holidays; }
    services::AuditService &audit() { return m_audit; }
    services::PolicyService &policy() { return m_policy; }
    services::RegistryService &registry() { return m_registry; }
    services::LedgerImportService &ledger() { return m_ledger; }
    services::ApplicationService &applications() { return m_applications; }
    services::ReserveFundService &reserveFund() { return m_reserveFund; }
    services::PayrollService &payroll() { return m_payroll; }
    services::PriceIndexService &priceIndices() { return m_priceIndices; }
    services::StandardChangeService &standardChanges() { return m_standardChanges; }
    services::BankService &bank() { return m_bank; }

private:
    storage::Database &m_db;
    const services::Clock &m_clock;
    QString m_logFile;
    storage::SqliteFileFactory m_connections;
    services::AccountService m_accounts;
    services::OfficeSettingsService m_settings;
    services::HolidayService m_holidays;
    services::AuditService m_audit;
    services::PolicyService m_policy;
    services::RegistryService m_registry;
    services::LedgerImportService m_ledger;
    services::ApplicationService m_applications;
    services::ReserveFundService m_reserveFund;
    services::PayrollService m_payroll;
    services::PriceIndexService m_priceIndices;
    services::StandardChangeService m_standardChanges;
    services::BankService m_bank;
};

} // namespace relief::gui
