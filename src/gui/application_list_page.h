#pragma once

// The applications list (ui/application_list_page.ui): open ones or those in one
// state, newest first, with the way to the public notice list (公示名单) and the
// reserve fund (备用金).

#include "services/session.h"

#include <QWidget>

#include <memory>

namespace relief::gui {

class Ui_ApplicationListPage;

class AppContext;
class NoticeListDialog;
class ReserveFundDialog;

class ApplicationListPage : public QWidget
{
    Q_OBJECT
public:
    ApplicationListPage(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~ApplicationListPage() override;

    void refresh();
    // Opened non-modally so that tests can reach them.
    NoticeListDialog *openNoticeList();
    ReserveFundDialog *openReserveFund();

Q_SIGNALS:
    void applicationRequested(qint64 applicationId);

private:
    void openSelected();

    std::unique_ptr<Ui_ApplicationListPage> m_ui;
    AppContext &m_context;
    services::Session m_session;
};

} // namespace relief::gui
