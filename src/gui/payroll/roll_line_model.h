#pragma once

// The lines of a month's roll, a page at a time by key (PayrollService::lines with
// id > the last row read), the filter applied in SQL (RollLineFilter), so that a
// roll of 100,000 lines opens at once (issue 11 §2).

#include "gui/widgets/paged_table_model.h"
#include "services/payroll/payroll_service.h"

#include <optional>

namespace relief::gui {

class RollLineModel : public PagedTableModel<services::RollLineView>
{
    Q_OBJECT
public:
    enum Column {
        HouseholdColumn,
        NameColumn, // the head, or the case's person
        CommunityColumn,
        ProgrammeColumn,
        KindColumn,
        ForMonthColumn,
        AmountColumn,
        PersonsColumn,
        MemoColumn,
        HeldColumn, // the reason when held
        PayeeColumn,
        AccountColumn, // bank and account, masked as the service returns it
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    RollLineModel(services::PayrollService &payroll, services::Session session,
                  QObject *parent = nullptr);

    // Starts over with M's lines under `filter`; nothing shown without a month.
    void setQuery(std::optional<YearMonth> month, const services::RollLineFilter &filter);
    void refresh() { reload(); }
    const services::RollLineView *line(int row) const { return rowAt(row); }
    // The loaded row of the line, -1 when it is not loaded.
    int rowOf(std::int64_t lineId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<std::int64_t> countRows() override;
    Result<std::vector<services::RollLineView>> fetchPage(const services::RollLineView *after,
                                                          int position, int limit) override;

private:
    services::PayrollService &m_payroll;
    services::Session m_session;
    std::optional<YearMonth> m_month;
    services::RollLineFilter m_filter;
};

} // namespace relief::gui
