#include "report_output.h"

#include "display_text.h"
#include "gui/shell/app_context.h"
#include "message_boxes.h"

#include "reports/paged_document.h"

#include <QDir>
#include <QFileDialog>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace relief::gui {

namespace {
QString footerDate(AppContext &context)
{
    return qs(context.clock().today().toString());
}
} // namespace

QPrintPreviewDialog *ReportOutput::openPreview(QWidget *parent, AppContext &context,
                                               const PrintJob &job)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), job.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    printer->setDocName(job.title);
    auto *preview = new QPrintPreviewDialog(printer, parent);
    preview->setObjectName(QStringLiteral("printPreviewDialog"));
    preview->setWindowTitle(tr("Print preview – %1").arg(job.title));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowModality(Qt::WindowModal);
    QObject::connect(preview, &QObject::destroyed, [printer] { delete printer; });
    reports::PagedDocument document(job.html, footerDate(context));
    document.setFooterNote(job.footerNote);
    QObject::connect(preview, &QPrintPreviewDialog::paintRequested, preview,
                     [document](QPrinter *p) { document.print(p); });
    preview->resize(900, 760);
    preview->open();
    return preview;
}

QFileDialog *ReportOutput::openSavePdf(QWidget *parent, AppContext &context, const PrintJob &job)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    auto *dialog = new QFileDialog(parent, tr("Save as PDF"), QDir(folder).filePath(job.fileName),
                                   tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("pdfFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, &QFileDialog::fileSelected, parent, [parent, &context, job](const QString &path) {
            QString error;
            if (!writePdf(context, job, path, &error)) {
                showError(parent, tr("Save as PDF"), error);
                return;
            }
            showInfo(parent, tr("Save as PDF"),
                     tr("%1 was saved as %2.").arg(job.title, QDir::toNativeSeparators(path)));
        });
    dialog->open();
    return dialog;
}

bool ReportOutput::writePdf(AppContext &context, const PrintJob &job, const QString &path,
                            QString *error)
{
    reports::PagedDocument document(job.html, footerDate(context));
    document.setFooterNote(job.footerNote);
    return document.writePdf(path, job.landscape, error);
}

} // namespace relief::gui
