#pragma once

// Building blocks of the printed forms' HTML: escaping, the title block with the
// office's name, labelled rows, signature lines. QTextDocument renders a subset
// of HTML 4 and CSS; these keep to it.

#include <QString>
#include <QStringList>

#include <string>

namespace relief::reports::html {

QString esc(const QString &text);
QString esc(const std::string &text);
// <html><body> with the print faces and sizes; close with end().
QString begin();
QString end();
// The office's name over the form's title, in 黑体, centred.
QString title(const QString &officeName, const QString &formTitle);
// A right-aligned line, e.g. the application number.
QString reference(const QString &text);
QString paragraph(const QString &text); // text already escaped
// A two-column table of label / value pairs (values escaped here).
QString fields(const QList<QPair<QString, QString>> &rows);
// A bordered table with a header row; cells escaped here.
QString table(const QStringList &header, const QList<QStringList> &rows,
              const QList<int> &widthsPct = {});
// "label: ________" lines for hand signatures, side by side.
QString signatures(const QStringList &labels);
// The issuing office and date at the bottom right.
QString issuer(const QString &officeName, const QString &date);

} // namespace relief::reports::html
