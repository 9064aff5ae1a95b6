#include "roll_register_report.h"

#include "payroll_text.h"
#include "reports/paged_document.h" // the print faces

#include "domain/money_in_words.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <map>
#include <utility>

namespace relief::reports {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString money(const Money &m)
{
    return qs(m.toString());
}

QString utcText(const std::string &iso)
{
    // "2025-12-20T08:30:00.123Z" → "2025-12-20 08:30 UTC"
    if (iso.size() < 16)
        return qs(iso);
    return qs(iso.substr(0, 10) + " " + iso.substr(11, 5)) + QStringLiteral(" UTC");
}

struct Sum
{
    int lines = 0;
    int persons = 0;
    Money amount;
    void add(const services::RollLineView &l)
    {
        ++lines;
        persons += l.persons;
        amount = amount + l.amount;
    }
    void add(const Sum &o)
    {
        lines += o.lines;
        persons += o.persons;
        amount = amount + o.amount;
    }
};

struct Community
{
    std::int64_t id = 0;
    QString name;
    Sum total;
    std::map<payroll::LineProgramme, Sum> byProgramme;
};

// A row of the summary: a label in the first two columns, then the sums.
struct SummaryRow
{
    QString community;
    QString programme;
    Sum sum;
    bool bold = false;
};

enum Column { No, Household, Name, Programme, Persons, Amount, Account, Memo, Signature };
constexpr int kColumns = 9;
// Widths in mm of the 273 mm of a landscape A4 inside 12 mm margins.
constexpr double kWidthsMm[kColumns] = {11, 24, 34, 38, 15, 24, 46, 47, 34};

// The painter and the page's geometry, in device pixels.
class Pages
{
public:
    Pages(QPainter &painter, QPagedPaintDevice &device, const RollRegisterOptions &options,
          const services::RollSummary &roll, int totalPages)
        : m_painter(painter)
        , m_device(device)
        , m_options(options)
        , m_roll(roll)
        , m_total(totalPages)
        , m_body(QString::fromLatin1(kBodyFamily))
        , m_bold(QString::fromLatin1(kBodyFamily))
        , m_title(QString::fromLatin1(kTitleFamily))
        , m_small(QString::fromLatin1(kBodyFamily))
    {
        const QRectF area = painter.viewport();
        const QRectF mmArea = device.pageLayout().paintRect(QPageLayout::Millimeter);
        m_mm = mmArea.width() > 0 ? area.width() / mmArea.width() : 1.0;
        m_width = area.width();
        m_height = area.height();
        for (QFont *f : {&m_body, &m_bold, &m_title, &m_small}) {
            f->setStyleStrategy(QFont::PreferOutline);
            f->setPointSizeF(9);
        }
        m_bold.setBold(true);
        m_title.setPointSizeF(15);
        m_small.setPointSizeF(8);
        const QFontMetricsF body(m_body, &device);
        m_draft = roll.lockedAt.empty();
        m_headerHeight = QFontMetricsF(m_title, &device).height() * 1.5 + body.height() * 1.6;
        if (m_draft) // a line of its own for the mark
            m_headerHeight += QFontMetricsF(m_bold, &device).height() * 1.4;
        m_footerHeight = QFontMetricsF(m_small, &device).height() * 3.6;
        // The column heads, the rows, the page subtotal and the community total.
        m_rowHeight =
            (m_height - m_headerHeight - m_footerHeight) / (options.rowsPerPage + 3 + 0.5);
        // The widths in proportion: they fill the width of any page (a portrait page
        // chosen in the print dialog gets narrower columns, elided).
        double sumMm = 0;
        for (const double w : kWidthsMm)
            sumMm += w;
        double x = 0;
        for (int c = 0; c < kColumns; ++c) {
            const double w = kWidthsMm[c] / sumMm * m_width;
            m_columns[c] = {x, w};
            x += w;
        }
    }

    int page() const { return m_page; }

    // Starts page N (header and footer); the table's rows follow from row 0.
    bool begin(const QString &subtitle)
    {
        if (m_page > 0 && !m_device.newPage())
            return false;
        ++m_page;
        m_row = 0;
        paintHeader(subtitle);
        paintFooter();
        return true;
    }

    void columnHeads(const QStringList &heads) { paintRow(heads, &m_bold, true); }

    // `cells` left to right (a box each); numbers (persons, amount) right-aligned.
    void paintRow(const QStringList &cells, const QFont *font = nullptr, bool heads = false)
    {
        const QFont &f = font ? *font : m_body;
        m_painter.setFont(f);
        const QFontMetricsF fm(f, &m_device);
        const double y = m_headerHeight + m_row * m_rowHeight;
        const double pad = 1.2 * m_mm;
        QPen pen(Qt::black);
        pen.setWidthF(0.2 * m_mm);
        m_painter.setPen(pen);
        for (int c = 0; c < std::min<int>(kColumns, static_cast<int>(cells.size())); ++c) {
            const QRectF cell(m_columns[c].first, y, m_columns[c].second, m_rowHeight);
            m_painter.drawRect(cell);
            if (cells[c].isEmpty())
                continue;
            const QRectF inner = cell.adjusted(pad, 0, -pad, 0);
            const bool number = !heads && (c == No || c == Persons || c == Amount);
            m_painter.drawText(
                inner,
                (heads ? Qt::AlignHCenter : (number ? Qt::AlignRight : Qt::AlignLeft)) |
                    Qt::AlignVCenter,
                fm.elidedText(cells[c], Qt::ElideRight, inner.width()));
        }
        ++m_row;
    }

    // A line of text across the table's width below the rows.
    void paintNote(const QString &text, bool bold = false)
    {
        const QFont &f = bold ? m_bold : m_body;
        m_painter.setFont(f);
        const QFontMetricsF fm(f, &m_device);
        const double y = m_headerHeight + m_row * m_rowHeight + 0.3 * m_rowHeight;
        m_painter.drawText(QRectF(0, y, m_width, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(text, Qt::ElideRight, m_width));
        ++m_row;
    }

private:
    void paintHeader(const QString &subtitle)
    {
        const QFontMetricsF titleMetrics(m_title, &m_device);
        const QFontMetricsF body(m_body, &m_device);
        m_painter.setFont(m_title);
        m_painter.setPen(Qt::black);
        QString title = RollRegisterReport::tr("%1 payment roll of social assistance, %2")
                            .arg(m_options.officeName, PayrollText::month(m_roll.month));
        m_painter.drawText(QRectF(0, 0, m_width, titleMetrics.height() * 1.3), Qt::AlignCenter,
                           titleMetrics.elidedText(title, Qt::ElideRight, m_width));
        const QRectF info(0, titleMetrics.height() * 1.4, m_width, body.height() * 1.2);
        m_painter.setFont(m_body);
        m_painter.drawText(
            info, Qt::AlignLeft | Qt::AlignVCenter,
            RollRegisterReport::tr("Office: %1   Month: %2   %3")
                .arg(m_options.officeName, PayrollText::month(m_roll.month), subtitle));
        if (m_draft) {
            const QFontMetricsF bold(m_bold, &m_device);
            m_painter.setFont(m_bold);
            m_painter.drawText(
                QRectF(0, info.bottom() + bold.height() * 0.1, m_width, bold.height() * 1.2),
                Qt::AlignLeft | Qt::AlignVCenter,
                RollRegisterReport::tr("DRAFT — NOT LOCKED, NOT FOR PAYMENT"));
            m_painter.setFont(m_body);
        }
        m_painter.drawText(info, Qt::AlignRight | Qt::AlignVCenter,
                           RollRegisterReport::tr("Page %1 of %2").arg(m_page).arg(m_total));
    }

    void paintFooter()
    {
        const QFontMetricsF fm(m_small, &m_device);
        m_painter.setFont(m_small);
        m_painter.setPen(Qt::black);
        const double line = fm.height() * 1.15;
        const double top = m_height - 3 * line;
        const QString signatures = RollRegisterReport::tr("Prepared by: %1        Approved by: %2")
                                       .arg(RollRegisterReport::preparedBy(m_roll),
                                            RollRegisterReport::approvedBy(m_roll));
        m_painter.drawText(QRectF(0, top, m_width, line), Qt::AlignLeft | Qt::AlignVCenter,
                           signatures);
        if (!m_options.printedDate.isEmpty())
            m_painter.drawText(QRectF(0, top, m_width, line), Qt::AlignRight | Qt::AlignVCenter,
                               RollRegisterReport::tr("Printed %1").arg(m_options.printedDate));
        m_painter.drawText(
            QRectF(0, top + line, m_width, line), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(RollRegisterReport::lockRecord(m_roll), Qt::ElideRight, m_width));
    }

    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    const RollRegisterOptions &m_options;
    const services::RollSummary &m_roll;
    int m_total = 0;
    int m_page = 0;
    int m_row = 0;
    bool m_draft = false;
    QFont m_body, m_bold, m_title, m_small;
    double m_mm = 1, m_width = 0, m_height = 0;
    double m_headerHeight = 0, m_footerHeight = 0, m_rowHeight = 0;
    std::pair<double, double> m_columns[kColumns];
};

QString nameOf(const services::RollLineView &l)
{
    QString name = qs(l.headName);
    if (!l.personName.empty() && l.personName != l.headName)
        name += QStringLiteral(" / ") + qs(l.personName);
    return name;
}

QString memoOf(const services::RollLineView &l)
{
    QStringList parts;
    if (l.kind != payroll::LineKind::Regular) {
        QString kind = PayrollText::kind(l.kind);
        if (l.forMonth)
            kind += u' ' + PayrollText::month(*l.forMonth);
        parts << kind;
    }
    if (!l.memo.empty())
        parts << qs(l.memo);
    if (l.held)
        parts << RollRegisterReport::tr("Held: %1").arg(qs(l.holdReason));
    if (l.toInstitution && !l.payeeName.empty())
        parts << RollRegisterReport::tr("Payee: %1").arg(qs(l.payeeName));
    return parts.join(QStringLiteral("; "));
}

QString accountOf(const services::RollLineView &l)
{
    if (!l.accountValid)
        return RollRegisterReport::tr("No valid account");
    return qs(l.bankAccount);
}

Error cancelled()
{
    return Error {ErrorCode::Cancelled,
                  RollRegisterReport::tr("Printing the roll was cancelled.").toStdString(),
                  {}};
}

} // namespace

RollRegisterReport::RollRegisterReport(services::RollSummary roll, RollLinePager pager,
                                       RollRegisterOptions options)
    : m_roll(std::move(roll))
    , m_pager(std::move(pager))
    , m_options(std::move(options))
{
    m_options.rowsPerPage = std::clamp(m_options.rowsPerPage, kMinRowsPerPage, kMaxRowsPerPage);
    m_options.fetchSize = std::max(m_options.fetchSize, 1);
}

RollLinePager RollRegisterReport::servicePager(services::PayrollService &service,
                                               const services::Session &session,
                                               const YearMonth &month)
{
    return [&service, &session, month](const services::RollLineFilter &filter, std::int64_t afterId,
                                       int limit) {
        return service.lines(session, month, filter, afterId, limit);
    };
}

void RollRegisterReport::setUpPage(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
}

QString RollRegisterReport::fileName(const YearMonth &month)
{
    return QStringLiteral("%1年%2月发放花名册.pdf").arg(month.year()).arg(month.month());
}

QString RollRegisterReport::preparedBy(const services::RollSummary &roll)
{
    const std::string &who = roll.submittedBy.empty() ? roll.generatedBy : roll.submittedBy;
    return who.empty() ? QStringLiteral("—") : qs(who);
}

QString RollRegisterReport::approvedBy(const services::RollSummary &roll)
{
    return roll.approvedBy.empty() ? QStringLiteral("—") : qs(roll.approvedBy);
}

QString RollRegisterReport::lockRecord(const services::RollSummary &roll)
{
    if (roll.lockedAt.empty())
        return tr("NOT LOCKED (DRAFT): %1, %2 lines, %3 yuan so far; not for payment")
            .arg(PayrollText::state(roll.state))
            .arg(roll.lines)
            .arg(money(roll.amount));
    QString text = tr("Locked %1 by %2").arg(utcText(roll.lockedAt), qs(roll.lockedBy));
    if (roll.lockedLines && roll.lockedAmount)
        text += tr(": %1 lines, %2 yuan").arg(*roll.lockedLines).arg(money(*roll.lockedAmount));
    if (roll.auditHeadId)
        text += tr("; audit head #%1 %2 (first 16 hex digits of its hash)")
                    .arg(*roll.auditHeadId)
                    .arg(qs(roll.auditHeadHash.substr(0, 16)));
    return text;
}

Result<RollRegisterResult> RollRegisterReport::print(QPagedPaintDevice *device,
                                                     services::JobControl &job) const
{
    const int rows = m_options.rowsPerPage;
    const std::int64_t expected = std::max<std::int64_t>(m_roll.lines, 1);

    // Pass 1: each community's lines, persons and amount (per programme), held lines.
    job.stage(tr("Counting the roll's lines…").toStdString());
    std::map<std::int64_t, Community> communities;
    Sum held;
    std::int64_t read = 0;
    for (std::int64_t after = 0;;) {
        if (job.cancelRequested())
            return cancelled();
        auto page = m_pager({}, after, m_options.fetchSize);
        if (!page.ok())
            return page.error();
        for (const auto &l : *page) {
            Community &c = communities[l.communityId];
            if (c.name.isEmpty()) {
                c.id = l.communityId;
                c.name = l.communityName.empty() ? tr("Community %1").arg(l.communityId)
                                                 : qs(l.communityName);
            }
            c.total.add(l);
            c.byProgramme[l.programme].add(l);
            if (l.held)
                held.add(l);
            after = l.id;
        }
        read += static_cast<std::int64_t>(page->size());
        job.progress(read, 2 * expected);
        if (static_cast<int>(page->size()) < m_options.fetchSize)
            break;
    }

    // The summary's rows: community × programme with each community's total, then
    // every programme over the communities, then the grand total.
    std::vector<SummaryRow> summary;
    Sum grand;
    std::map<payroll::LineProgramme, Sum> programmes;
    for (const auto &[id, c] : communities) {
        for (const auto &[p, s] : c.byProgramme) {
            summary.push_back({c.name, PayrollText::programme(p), s, false});
            programmes[p].add(s);
        }
        summary.push_back({c.name, tr("Community total"), c.total, true});
        grand.add(c.total);
    }
    for (const auto &[p, s] : programmes)
        summary.push_back({tr("All communities"), PayrollText::programme(p), s, false});
    summary.push_back({tr("Grand total"), QString(), grand, true});

    // The summary's pages keep a row free for the notes under the table.
    const std::size_t summaryRows = static_cast<std::size_t>(rows - 1);
    int totalPages = static_cast<int>((summary.size() + summaryRows - 1) / summaryRows);
    for (const auto &[id, c] : communities)
        totalPages += std::max(1, (c.total.lines + rows - 1) / rows);

    QPainter painter;
    if (!painter.begin(device))
        return Error {
            ErrorCode::Internal, tr("The printer could not be opened.").toStdString(), {}};
    Pages pages(painter, *device, m_options, m_roll, totalPages);
    const QStringList heads {tr("No."),          tr("Household no."), tr("Head / name"),
                             tr("Programme"),    tr("Persons"),       tr("Amount (yuan)"),
                             tr("Bank account"), tr("Memo"),          tr("Signature")};
    auto fail = [&painter](Error e) {
        painter.end();
        return e;
    };
    QFont bold(QString::fromLatin1(kBodyFamily));
    bold.setStyleStrategy(QFont::PreferOutline);
    bold.setPointSizeF(9);
    bold.setBold(true);

    // Pass 2: each community's lines, `rows` a page.
    job.stage(tr("Laying out the roll…").toStdString());
    for (const auto &[id, c] : communities) {
        services::RollLineFilter filter;
        filter.communityId = id;
        Sum pageSum, communitySum;
        int number = 0;
        const QString subtitle = tr("Community: %1").arg(c.name);
        bool open = false;
        auto closePage = [&](bool last) {
            pages.paintRow({QString(), QString(), tr("Page subtotal"), QString(),
                            QString::number(pageSum.persons), money(pageSum.amount), QString(),
                            tr("%1 lines").arg(pageSum.lines), QString()},
                           &bold);
            if (last)
                pages.paintRow({QString(), QString(), tr("Community total"), c.name,
                                QString::number(communitySum.persons), money(communitySum.amount),
                                QString(), tr("%1 lines").arg(communitySum.lines), QString()},
                               &bold);
            pageSum = {};
        };
        for (std::int64_t after = 0;;) {
            if (job.cancelRequested())
                return fail(cancelled());
            auto page = m_pager(filter, after, m_options.fetchSize);
            if (!page.ok())
                return fail(page.error());
            for (const auto &l : *page) {
                if (open && pageSum.lines == rows) {
                    closePage(false);
                    open = false;
                }
                if (!open) {
                    if (!pages.begin(subtitle))
                        return fail(Error {ErrorCode::Internal,
                                           tr("A new page could not be started.").toStdString(),
                                           {}});
                    pages.columnHeads(heads);
                    open = true;
                }
                pages.paintRow({QString::number(++number), qs(l.householdNumber), nameOf(l),
                                PayrollText::programme(l.programme), QString::number(l.persons),
                                money(l.amount), accountOf(l), memoOf(l), QString()});
                pageSum.add(l);
                communitySum.add(l);
                after = l.id;
            }
            read += static_cast<std::int64_t>(page->size());
            job.progress(std::min(read, 2 * expected), 2 * expected);
            if (static_cast<int>(page->size()) < m_options.fetchSize)
                break;
        }
        if (!open) { // every line of the community went between the passes
            if (!pages.begin(subtitle))
                return fail(Error {
                    ErrorCode::Internal, tr("A new page could not be started.").toStdString(), {}});
            pages.columnHeads(heads);
        }
        closePage(true);
        if (communitySum.lines != c.total.lines || communitySum.amount != c.total.amount)
            return fail(Error {
                ErrorCode::Conflict,
                tr("The roll changed while it was being printed; print it again.").toStdString(),
                {}});
    }

    // The summary.
    const QStringList summaryHeads {QString(),       QString(),     tr("Community"),
                                    tr("Programme"), tr("Persons"), tr("Amount (yuan)"),
                                    tr("Lines")};
    for (std::size_t i = 0; i < summary.size(); ++i) {
        if (i % summaryRows == 0) {
            if (!pages.begin(tr("Summary")))
                return fail(Error {
                    ErrorCode::Internal, tr("A new page could not be started.").toStdString(), {}});
            pages.paintRow(summaryHeads, &bold, true);
        }
        const SummaryRow &r = summary[i];
        // The roll's columns: the name's holds the community, the programme's the
        // programme, the account's the number of lines.
        pages.paintRow({QString(), QString(), r.community, r.programme,
                        QString::number(r.sum.persons), money(r.sum.amount),
                        QString::number(r.sum.lines)},
                       r.bold ? &bold : nullptr);
    }
    pages.paintNote(
        tr("Grand total in words: %1 (%2 yuan, %3 lines)")
            .arg(QString::fromStdString(chineseCapitalAmount(grand.amount)), money(grand.amount))
            .arg(grand.lines),
        true);
    pages.paintNote(tr("Of these held (not paid this month): %1 lines, %2 yuan")
                        .arg(held.lines)
                        .arg(money(held.amount)));
    if (m_roll.lockedLines && m_roll.lockedAmount) {
        const bool matches =
            *m_roll.lockedLines == grand.lines && *m_roll.lockedAmount == grand.amount;
        pages.paintNote(matches ? tr("✓ The printed lines equal the lock record.")
                                : tr("✗ The printed lines differ from the lock record (%1 lines, "
                                     "%2 yuan).")
                                      .arg(*m_roll.lockedLines)
                                      .arg(money(*m_roll.lockedAmount)),
                        !matches);
    }
    painter.end();
    return RollRegisterResult {pages.page(), grand.lines, grand.amount};
}

Result<RollRegisterResult> RollRegisterReport::writePdf(const QString &path,
                                                        services::JobControl &job) const
{
    if (!QFileInfo(path).absoluteDir().exists())
        return Error {ErrorCode::InvalidInput,
                      tr("The folder of %1 does not exist.").arg(path).toStdString(), "path"};
    Result<RollRegisterResult> result = [&]() -> Result<RollRegisterResult> {
        QPdfWriter writer(path);
        setUpPage(&writer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("ReliefDesk"));
        writer.setTitle(tr("Payment roll %1").arg(PayrollText::month(m_roll.month)));
        return print(&writer, job);
    }();
    if (!result.ok())
        QFile::remove(path);
    return result;
}

} // namespace relief::reports
