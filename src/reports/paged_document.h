#pragma once

// A flowing document (HTML) printed page by page: A4, the body in AR PL UMing
// (TrueType, so the PDF's text extracts as the characters printed, not Kangxi
// radicals), a footer with the printing date and "page n of N" on every page.

#include <QCoreApplication>
#include <QString>

#include <utility>

class QPagedPaintDevice;

namespace relief::reports {

// The design brief's print faces: TrueType only (Noto CJK is CFF and turns
// 示 into ⽰ when the PDF's text is extracted).
inline constexpr const char *kBodyFamily = "AR PL UMing CN";
inline constexpr const char *kTitleFamily = "WenQuanYi Zen Hei";

class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)

public:
    // `footerDate` is printed in every page's footer ("printed 2025-09-15").
    PagedDocument(QString html, QString footerDate);

    // A line printed above the date on every page (a roll's state and lock record),
    // elided to the page's width; empty: none.
    void setFooterNote(QString note) { m_footerNote = std::move(note); }

    // Paints every page onto the device (a QPrinter or a QPdfWriter), which must
    // be set to its page size and margins; returns the number of pages, 0 on
    // failure.
    int print(QPagedPaintDevice *device) const;

    // A4 portrait, 20 mm margins (landscape for wide lists).
    bool writePdf(const QString &path, bool landscape = false, QString *error = nullptr) const;

    const QString &html() const { return m_html; }

private:
    QString m_html;
    QString m_footerDate;
    QString m_footerNote;
};

} // namespace relief::reports
