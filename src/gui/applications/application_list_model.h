#pragma once

// The applications list as a table, fetched a page at a time through the
// application service: newest first, each page after the last application
// fetched (keyset on the id), so changes in between shift nothing. The filter picks states and, for
// the 近亲属 register, only the applicants related to staff.

#include "gui/widgets/paged_table_model.h"
#include "services/applications/application_service.h"
#include "services/session.h"

#include <memory>
#include <vector>

namespace relief::gui {

class ApplicationListModel : public PagedTableModel<services::ApplicationListRow>
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        ApplicantColumn,
        CommunityColumn,
        ProgrammeColumn,
        StateColumn,
        ReceivedColumn,
        StaffRelationColumn, // the 近亲属 relation; empty for everyone else
        ColumnCount
    };
    // The application id of a row, in every column (qint64).
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int kPageSize = 200;

    ApplicationListModel(services::ApplicationService &applications, services::Session session,
                         QObject *parent = nullptr);
    ~ApplicationListModel() override;

    // Starts over with this filter: the count and the first page.
    void setFilter(const storage::ApplicationListFilter &filter);
    const storage::ApplicationListFilter &filter() const { return *m_filter; }
    // The application id of a row, or 0.
    std::int64_t applicationId(int row) const;
    // The row of an application, fetching further pages while it may still come
    // (the list is newest first, so it cannot be past the first older id); -1
    // when the filter does not show it.
    int rowOf(std::int64_t applicationId);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<std::int64_t> countRows() override;
    Result<std::vector<services::ApplicationListRow>>
    fetchPage(const services::ApplicationListRow *after, int position, int limit) override;

private:
    services::ApplicationService &m_applications;
    services::Session m_session;
    std::unique_ptr<storage::ApplicationListFilter> m_filter;
};

} // namespace relief::gui
