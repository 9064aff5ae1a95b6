#include "paged_document.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <cmath>

namespace relief::reports {

PagedDocument::PagedDocument(QString html, QString footerDate)
    : m_html(std::move(html))
    , m_footerDate(std::move(footerDate))
{ }

int PagedDocument::print(QPagedPaintDevice *device) const
{
    QTextDocument doc;
    QFont body(QString::fromLatin1(kBodyFamily));
    body.setPointSizeF(11);
    body.setStyleStrategy(QFont::PreferOutline);
    doc.setDefaultFont(body);
    doc.documentLayout()->setPaintDevice(device);
    doc.setHtml(m_html);

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const QRect page = painter.viewport(); // the printable area inside the margins
    QFont footerFont(QString::fromLatin1(kBodyFamily));
    footerFont.setPointSizeF(9);
    const QFontMetricsF fm(footerFont, device);
    const qreal footer = std::ceil(fm.height() * (m_footerNote.isEmpty() ? 2.2 : 3.4));
    const QSizeF bodySize(page.width(), page.height() - footer);
    doc.setPageSize(bodySize);
    const int pages = doc.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !device->newPage())
            return 0;
        painter.save();
        painter.translate(0, -p * bodySize.height());
        doc.drawContents(&painter, QRectF(QPointF(0, p * bodySize.height()), bodySize));
        painter.restore();
        painter.setFont(footerFont);
        const QRectF band(0, bodySize.height(), bodySize.width(), footer);
        if (!m_footerNote.isEmpty())
            painter.drawText(
                QRectF(band.left(), band.bottom() - 2.2 * fm.height(), band.width(), fm.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(m_footerNote, Qt::ElideRight, band.width()));
        painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, tr("Printed %1").arg(m_footerDate));
        painter.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                         tr("Page %1 of %2").arg(p + 1).arg(pages));
    }
    painter.end();
    return pages;
}

bool PagedDocument::writePdf(const QString &path, bool landscape, QString *error) const
{
    QPdfWriter writer(path);
    if (!QFileInfo(path).absoluteDir().exists()) {
        if (error)
            *error = tr("The folder of %1 does not exist.").arg(path);
        return false;
    }
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("ReliefDesk"));
    if (print(&writer) == 0) {
        if (error)
            *error = tr("The PDF %1 could not be written.").arg(path);
        return false;
    }
    return true;
}

} // namespace relief::reports
