#include "services/bank/bank_xlsx_reader.h"

#include "services/bank/zip_reader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace relief::services {

namespace {

class BankXlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(BankXlsxReader)
};

Error bad(const QString &why)
{
    return Error::invalid(
        "file",
        BankXlsxReader::tr("The xlsx file cannot be read: %1. Save it again from Excel, or as CSV.")
            .arg(why)
            .toStdString());
}

// One part of the archive, at most kMaxXlsxPartBytes once inflated (a zip bomb stops
// there); empty when the part is missing and not required.
Result<QByteArray> readPart(ZipReader &zip, const QString &name, bool required)
{
    auto bytes = zip.read(name.toStdString(), kMaxXlsxPartBytes);
    if (!bytes) {
        if (!zip.ok())
            return bad(BankXlsxReader::tr("the archive is damaged (%1)")
                           .arg(QString::fromStdString(zip.error())));
        if (required)
            return bad(BankXlsxReader::tr("it has no %1").arg(name));
        return QByteArray();
    }
    return QByteArray::fromStdString(*bytes);
}

// The text of an <si> or <is> element: its <t> children, rich runs included, phonetic
// runs (<rPh>) left out.
QString stringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

// "BC12" → 54 (0-based column); -1 when the reference is not one.
int columnOf(QStringView ref)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i) {
        const char16_t c = ref[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            return -1;
        col = col * 26 + (c - u'A' + 1);
        if (col > kMaxXlsxColumns)
            return -1;
    }
    return i == 0 ? -1 : col - 1;
}

// The first sheet's part name, from the workbook and its relationships; the usual
// name when they do not say.
QString firstSheetPart(ZipReader &zip)
{
    const QString fallback = QStringLiteral("xl/worksheets/sheet1.xml");
    auto workbook = readPart(zip, QStringLiteral("xl/workbook.xml"), false);
    if (!workbook.ok() || workbook->isEmpty())
        return fallback;
    auto rels = readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), false);
    if (!rels.ok() || rels->isEmpty())
        return fallback;
    QString rid;
    QXmlStreamReader wx(*workbook);
    while (!wx.atEnd() && rid.isEmpty()) {
        wx.readNext();
        if (wx.isStartElement() && wx.name() == QLatin1String("sheet"))
            for (const auto &a : wx.attributes())
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
    }
    QXmlStreamReader rx(*rels);
    while (!rx.atEnd() && !rid.isEmpty()) {
        rx.readNext();
        if (rx.isStartElement() && rx.name() == QLatin1String("Relationship") &&
            rx.attributes().value(QLatin1String("Id")) == rid) {
            QString target = rx.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(u'/'))
                return target.mid(1);
            if (target.contains(QLatin1String("..")) || target.isEmpty())
                return fallback;
            return QStringLiteral("xl/") + target;
        }
    }
    return fallback;
}

} // namespace

bool looksLikeXlsx(const std::string &bytes)
{
    return bytes.size() >= 4 && bytes.compare(0, 4, "PK\x03\x04") == 0;
}

Result<std::vector<std::vector<std::string>>> readXlsxCells(const std::string &bytes)
{
    ZipReader zip(bytes);
    if (!zip.ok())
        return bad(BankXlsxReader::tr("it is not a readable zip archive (%1)")
                       .arg(QString::fromStdString(zip.error())));

    std::vector<QString> shared;
    auto sst = readPart(zip, QStringLiteral("xl/sharedStrings.xml"), false);
    if (!sst.ok())
        return sst.error();
    if (!sst->isEmpty()) { // optional: a sheet of inline strings and numbers has none
        QXmlStreamReader xml(*sst);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                shared.push_back(stringItem(xml));
                if (shared.size() > kMaxXlsxCells)
                    return bad(BankXlsxReader::tr("it has too many strings"));
            }
        }
        if (xml.hasError())
            return bad(BankXlsxReader::tr("xl/sharedStrings.xml: %1").arg(xml.errorString()));
    }

    const QString sheetName = firstSheetPart(zip);
    auto sheet = readPart(zip, sheetName, true);
    if (!sheet.ok())
        return sheet.error();
    std::vector<std::vector<std::string>> rows;
    std::size_t cells = 0;
    QXmlStreamReader xml(*sheet);
    std::size_t rowIndex = 0; // 0-based; rows may skip numbers
    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const auto r = xml.attributes().value(QLatin1String("r")).toULongLong(&ok);
            rowIndex = ok && r >= 1 ? static_cast<std::size_t>(r - 1) : rows.size();
            if (rowIndex < rows.size() || rowIndex > 1'048'575)
                return bad(BankXlsxReader::tr("its rows are out of order"));
            rows.resize(rowIndex + 1);
            nextColumn = 0;
            continue;
        }
        if (xml.name() != QLatin1String("c") || rows.empty())
            continue;
        const auto attrs = xml.attributes();
        int col = nextColumn;
        if (attrs.hasAttribute(QLatin1String("r"))) {
            col = columnOf(attrs.value(QLatin1String("r")));
            if (col < 0)
                return bad(BankXlsxReader::tr("a cell reference is not valid"));
        }
        if (col >= kMaxXlsxColumns)
            return bad(BankXlsxReader::tr("a row has more than 16384 columns"));
        nextColumn = col + 1;
        const QString type = attrs.value(QLatin1String("t")).toString();
        QString value;
        bool isInline = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                value = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                value = stringItem(xml);
                isInline = true;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                break;
        }
        if (type == QLatin1String("s") && !isInline) {
            bool ok = false;
            const auto i = value.toULongLong(&ok);
            if (!ok || i >= shared.size())
                return bad(BankXlsxReader::tr("a cell names a string that does not exist"));
            value = shared[static_cast<std::size_t>(i)];
        }
        // Every cell the rows hold counts, the empty ones before a cell too: one cell a row
        // at column XFD would otherwise make 16,384 strings a row from a few bytes.
        auto &row = rows[rowIndex];
        const std::size_t width = static_cast<std::size_t>(col) + 1;
        cells += width > row.size() ? width - row.size() : 1;
        if (cells > kMaxXlsxCells)
            return bad(BankXlsxReader::tr("it has more than 20,000,000 cells"));
        if (row.size() < width)
            row.resize(width);
        row[static_cast<std::size_t>(col)] = value.toStdString();
    }
    if (xml.hasError())
        return bad(BankXlsxReader::tr("%1: %2").arg(sheetName, xml.errorString()));
    return rows;
}

} // namespace relief::services
