#pragma once

// The applications list (ui/application_list_page.ui): open ones or those in one
// state, newest first, fetched a page at a time as it scrolls; the 近亲属 register
// (applicants related to staff only); the way to the public notice list (公示名单)
// and the reserve fund (备用金).

#include "services/session.h"

#include <QWidget>

#include <memory>

namespace relief::gui {

class Ui_ApplicationListPage;

class AppContext;
class ApplicationListModel;
class NoticeListDialog;
class ReserveFundDialog;

class ApplicationListPage : public QWidget
{
    Q_OBJECT
public:
    ApplicationListPage(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~ApplicationListPage() override;

    // Reads the list again with the filter shown; the selected application stays
    // selected while the list still holds it.
    void refresh();
    ApplicationListModel *model() const { return m_model; }
    // Opened non-modally so that tests can reach them.
    NoticeListDialog *openNoticeList();
    ReserveFundDialog *openReserveFund();

Q_SIGNALS:
    void applicationRequested(qint64 applicationId);

private:
    void openSelected();
    void openRow(int row);
    std::int64_t selectedApplicationId() const;
    void updateOpenButton();

    std::unique_ptr<Ui_ApplicationListPage> m_ui;
    AppContext &m_context;
    services::Session m_session;
    ApplicationListModel *m_model = nullptr;
};

} // namespace relief::gui
