#pragma once

// The public notice list (公示名单, ui/notice_list_dialog.ui): the applications on
// notice of one community or all, as they will be posted (names masked), with a
// print preview and "Save as PDF…".

#include "services/session.h"

#include <QDialog>

#include <memory>

class QFileDialog;
class QPrintPreviewDialog;

namespace relief::gui {

class Ui_NoticeListDialog;

class AppContext;
struct PrintJob;

class NoticeListDialog : public QDialog
{
    Q_OBJECT
public:
    NoticeListDialog(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~NoticeListDialog() override;

    void refresh();
    QPrintPreviewDialog *openPreview();
    QFileDialog *openSavePdf();

private:
    PrintJob job() const;

    std::unique_ptr<Ui_NoticeListDialog> m_ui;
    AppContext &m_context;
    services::Session m_session;
    QString m_html;
};

} // namespace relief::gui
