#include "report_html.h"

#include "paged_document.h"

#include <QCoreApplication>

namespace relief::reports::html {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString esc(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString begin()
{
    return QStringLiteral("<html><body style=\"font-family:'%1'; font-size:11pt;\">")
        .arg(QString::fromLatin1(kBodyFamily));
}

QString end()
{
    return QStringLiteral("</body></html>");
}

QString title(const QString &officeName, const QString &formTitle)
{
    return QStringLiteral("<p align=\"center\" style=\"font-family:'%1'; font-size:12pt; "
                          "margin-bottom:2pt;\">%2</p>"
                          "<p align=\"center\" style=\"font-family:'%1'; font-size:18pt; "
                          "font-weight:bold; margin-top:0; margin-bottom:12pt;\">%3</p>")
        .arg(QString::fromLatin1(kTitleFamily), esc(officeName), esc(formTitle));
}

QString reference(const QString &text)
{
    return QStringLiteral("<p align=\"right\" style=\"font-size:10pt;\">%1</p>").arg(esc(text));
}

QString paragraph(const QString &text)
{
    return QStringLiteral(
               "<p style=\"line-height:150%; margin-top:4pt; margin-bottom:4pt;\">%1</p>")
        .arg(text);
}

QString fields(const QList<QPair<QString, QString>> &rows)
{
    QString out = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                 "cellpadding=\"5\" style=\"border-collapse:collapse;\">");
    for (int i = 0; i < rows.size(); i += 2) {
        out += QStringLiteral("<tr>");
        for (int j = i; j < i + 2; ++j) {
            if (j < rows.size())
                out += QStringLiteral("<td width=\"17%\" bgcolor=\"#f0f0f0\">%1</td>"
                                      "<td width=\"33%\">%2</td>")
                           .arg(esc(rows[j].first), esc(rows[j].second));
            else
                out += QStringLiteral("<td width=\"17%\"></td><td width=\"33%\"></td>");
        }
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

QString table(const QStringList &header, const QList<QStringList> &rows,
              const QList<int> &widthsPct)
{
    QString out =
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                       "cellpadding=\"5\" style=\"border-collapse:collapse;\"><thead><tr>");
    for (int i = 0; i < header.size(); ++i) {
        const QString width =
            i < widthsPct.size() ? QStringLiteral(" width=\"%1%\"").arg(widthsPct[i]) : QString();
        out += QStringLiteral("<th%1 bgcolor=\"#f0f0f0\">%2</th>").arg(width, esc(header[i]));
    }
    out += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (const QString &cell : row)
            out += QStringLiteral("<td>%1</td>").arg(esc(cell));
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

QString signatures(const QStringList &labels)
{
    QString out = QStringLiteral("<table width=\"100%\" cellpadding=\"8\" "
                                 "style=\"margin-top:18pt;\"><tr>");
    for (const QString &label : labels)
        out += QStringLiteral("<td>%1</td>")
                   .arg(esc(
                       QCoreApplication::translate("ReportHtml", "%1: ______________").arg(label)));
    return out + QStringLiteral("</tr></table>");
}

QString issuer(const QString &officeName, const QString &date)
{
    return QStringLiteral("<p align=\"right\" style=\"margin-top:24pt;\">%1</p>"
                          "<p align=\"right\">%2</p>")
        .arg(esc(officeName), esc(date));
}

} // namespace relief::reports::html
