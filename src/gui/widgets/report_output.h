#pragma once

// Printing the workflow's paper: a print preview on A4 (QPrintPreviewDialog,
// window-modal, deleted on close) that paints reports::PagedDocument page by
// page, and "Save as PDF…" through a file dialog opened with open().

#include <QCoreApplication>
#include <QString>

class QFileDialog;
class QPrintPreviewDialog;
class QWidget;

namespace relief::gui {

class AppContext;

struct PrintJob
{
    QString title; // the preview's window title
    QString html; // from reports::ApplicationForms or NoticeListReport
    bool landscape = false;
    QString fileName; // suggested PDF file name, without folder
    QString footerNote; // printed on every page above the date (e.g. a roll's lock record)
};

class ReportOutput
{
    Q_DECLARE_TR_FUNCTIONS(ReportOutput)

public:
    // objectName "printPreviewDialog".
    static QPrintPreviewDialog *openPreview(QWidget *parent, AppContext &context,
                                            const PrintJob &job);
    // objectName "pdfFileDialog"; writes the file chosen and says where, or why not.
    static QFileDialog *openSavePdf(QWidget *parent, AppContext &context, const PrintJob &job);
    // The PDF itself (A4, TrueType CJK faces, the footer dated today).
    static bool writePdf(AppContext &context, const PrintJob &job, const QString &path,
                         QString *error);
};

} // namespace relief::gui
