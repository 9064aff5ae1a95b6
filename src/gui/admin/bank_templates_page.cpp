#include "bank_templates_page.h"

#include "ui_bank_templates_page.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"

#include "domain/bank_account.h"
#include "services/bank/bank_encoding.h"
#include "services/csv_writer.h"
#include "services/output_file.h"
#include "services/permissions.h"
#include "services/policy/policy_service.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QInputDialog>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QTimer>

#include <algorithm>

namespace relief::gui {

using bank::BankTemplate;
using bank::FileFormat;

namespace {

constexpr int kPreviewDelayMs = 250;

QString key(std::string_view k)
{
    return QString::fromUtf8(k.data(), static_cast<qsizetype>(k.size()));
}

template<class Enum> void selectData(QComboBox *combo, Enum value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

template<class Enum> Enum dataOf(const QComboBox *combo)
{
    return static_cast<Enum>(combo->currentData().toInt());
}

QString joinWords(const std::vector<std::string> &words)
{
    QStringList out;
    for (const auto &w : words)
        out << qs(w);
    return out.join(QStringLiteral(", "));
}

// Commas, Chinese commas or the enumeration comma separate the words.
std::vector<std::string> splitWords(const QString &text)
{
    std::vector<std::string> out;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[,\uFF0C\u3001]")), Qt::SkipEmptyParts))
        if (const QString w = part.trimmed(); !w.isEmpty())
            out.push_back(ss(w));
    return out;
}

QString errorText(const Error &e)
{
    return e.field.empty() ? qs(e.message)
                           : BankTemplatesPage::tr("%1: %2").arg(qs(e.field), qs(e.message));
}

// The text of one laid-out row as the file holds it (before encoding): CSV through the
// project's writer, delimited joined by the separator, fixed joined by nothing.
std::string rowText(const BankTemplate &t, const bank::Row &row)
{
    std::string out;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        if (t.format == FileFormat::Csv) {
            if (i)
                out += ',';
            services::appendCsvField(out, row.cells[i].text);
        } else {
            if (i && t.format == FileFormat::Delimited)
                out += t.separator;
            out += row.cells[i].text;
        }
    }
    return out;
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

} // namespace

BankTemplatesPage::BankTemplatesPage(AppContext &context, services::Session session,
                                     QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::BankTemplatesPage>())
    , m_context(context)
    , m_session(std::move(session))
    , m_canManage(services::rolesAllow(m_session.roles, services::Action::ManageBankTemplates))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("bankTemplatesPage"));
    if (auto settings = m_context.officeSettings().load(); settings.ok())
        m_office = settings->officeName;

    m_ui->formatCombo->addItem(tr("xlsx workbook"), static_cast<int>(FileFormat::Xlsx));
    m_ui->formatCombo->addItem(tr("CSV (comma-separated)"), static_cast<int>(FileFormat::Csv));
    m_ui->formatCombo->addItem(tr("Delimited text"), static_cast<int>(FileFormat::Delimited));
    m_ui->formatCombo->addItem(tr("Fixed-width text"), static_cast<int>(FileFormat::Fixed));
    for (std::size_t i = 0; i < bank::kEncodingKeys.size(); ++i)
        m_ui->encodingCombo->addItem(key(bank::kEncodingKeys[i]), static_cast<int>(i));
    m_ui->lineEndingCombo->addItem(tr("CRLF (Windows)"), static_cast<int>(bank::LineEnding::Crlf));
    m_ui->lineEndingCombo->addItem(tr("LF"), static_cast<int>(bank::LineEnding::Lf));
    m_ui->resultUnitCombo->addItem(tr("Yuan (123.45)"), static_cast<int>(bank::AmountUnit::Yuan));
    m_ui->resultUnitCombo->addItem(tr("Fen (12345)"), static_cast<int>(bank::AmountUnit::Fen));
    for (const QString &s : {QStringLiteral("|"), QStringLiteral(";"), tr("Tab"),
                             QStringLiteral("^"), QStringLiteral("~"), QStringLiteral("#")})
        m_ui->separatorCombo->addItem(s);
    m_ui->separatorCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->separatorCombo->lineEdit()->setMaxLength(8);
    m_ui->headerFields->setPerPayment(false);
    m_ui->trailerFields->setPerPayment(false);
    m_ui->detailFields->setPerPayment(true);

    QHeaderView *header = m_ui->templateTable->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Stretch);
    // Two lines a row (name and identifier; who saved it and when), with room to spare:
    // a row sized to its contents exactly elides the second line.
    m_ui->templateTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->templateTable->verticalHeader()->setDefaultSectionSize(
        2 * m_ui->templateTable->fontMetrics().lineSpacing() + 12);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->previewText->setFont(mono);
    m_ui->previewText->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(u' ') * 4);
    m_ui->previewTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->previewTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->editorSplitter->setStretchFactor(0, 3);
    m_ui->editorSplitter->setStretchFactor(1, 2);
    m_ui->listErrorLabel->hide();
    m_ui->previewErrorLabel->hide();
    m_ui->previewErrorLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->messageLabel->hide();
    m_ui->dirtyHintLabel->hide();
    m_ui->readOnlyLabel->setVisible(!m_canManage);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->newTemplateButton),
          static_cast<QWidget *>(m_ui->importTemplateButton),
          static_cast<QWidget *>(m_ui->saveButton), static_cast<QWidget *>(m_ui->revertButton)})
        w->setVisible(m_canManage);
    for (BankFieldTable *fields : {m_ui->headerFields, m_ui->detailFields, m_ui->trailerFields})
        fields->setReadOnly(!m_canManage);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &BankTemplatesPage::updatePreview);

    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->titleRowEdit, m_ui->accountColumnEdit,
                            m_ui->amountColumnEdit, m_ui->resultColumnEdit, m_ui->reasonColumnEdit,
                            m_ui->successWordsEdit, m_ui->failureWordsEdit})
        connect(edit, &QLineEdit::textChanged, this, &BankTemplatesPage::edited);
    for (QComboBox *combo :
         {m_ui->formatCombo, m_ui->encodingCombo, m_ui->lineEndingCombo, m_ui->resultUnitCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &BankTemplatesPage::edited);
    connect(m_ui->separatorCombo, &QComboBox::editTextChanged, this, &BankTemplatesPage::edited);
    connect(m_ui->maxRowsSpin, &QSpinBox::valueChanged, this, &BankTemplatesPage::edited);
    connect(m_ui->columnTitlesCheck, &QCheckBox::toggled, this, &BankTemplatesPage::edited);
    for (BankFieldTable *fields : {m_ui->headerFields, m_ui->detailFields, m_ui->trailerFields})
        connect(fields, &BankFieldTable::changed, this, &BankTemplatesPage::edited);

    connect(m_ui->templateTable, &QTableWidget::itemSelectionChanged, this,
            &BankTemplatesPage::loadSelected);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &BankTemplatesPage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &BankTemplatesPage::revert);
    connect(m_ui->newTemplateButton, &QPushButton::clicked, this, &BankTemplatesPage::chooseNewId);
    connect(m_ui->importTemplateButton, &QPushButton::clicked, this,
            &BankTemplatesPage::chooseImportFile);
    connect(m_ui->exportTemplateButton, &QPushButton::clicked, this,
            &BankTemplatesPage::chooseExportFile);
    reload();
}

BankTemplatesPage::~BankTemplatesPage() = default;

bank::LayoutInput BankTemplatesPage::sampleInput(const Date &today, const std::string &office)
{
    bank::LayoutInput input;
    input.month = YearMonth::of(today);
    input.date = today;
    input.office = office.empty() ? "示例街道办事处" : office;
    input.programme = payroll::LineProgramme::Dibao;
    const std::string memo =
        bank::paymentMemo(input.month, input.programme, {{payroll::LineKind::Regular, {}}});
    struct Sample
    {
        const char *name;
        const char *body; // 18 digits; the Luhn check digit is appended
        const char *idNumber;
        std::int64_t fen;
        const char *bank;
    };
    const Sample samples[] = {
        {"王秀英", "622202100012345678", "110105195304121526", 128600, "中国工商银行"},
        {"李建国", "622848040256489001", "110105196811030017", 84550, "中国农业银行"},
        {"赵明", "621700000102030405", "11010520080615002X", 61235, "中国建设银行"},
    };
    for (const Sample &s : samples) {
        bank::Payment p;
        p.name = s.name;
        p.account = std::string(s.body) + BankAccount::luhnCheckDigit(s.body);
        p.idNumber = s.idNumber;
        p.amount = Money::fromFen(s.fen);
        p.memo = memo;
        p.bankName = s.bank;
        p.bankCode = bank::bankCodeOf(p.bankName);
        input.payments.push_back(std::move(p));
    }
    return input;
}

void BankTemplatesPage::reload()
{
    const std::string keep = m_loaded && !m_isNew ? m_draft.id : std::string();
    auto list = m_context.bank().templates(m_session);
    QTableWidget *table = m_ui->templateTable;
    {
        const QSignalBlocker blocker(table);
        table->clearSelection();
        table->setRowCount(0);
    }
    if (!list.ok()) {
        m_views.clear();
        m_ui->listErrorLabel->showMessage(qs(list.error().message));
        m_loaded = false;
        m_isNew = false;
        m_ui->templateTitleLabel->clear();
        updateState();
        return;
    }
    m_ui->listErrorLabel->clearMessage();
    m_views = std::move(*list);
    {
        const QSignalBlocker blocker(table);
        table->setRowCount(static_cast<int>(m_views.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const services::BankTemplateView &v = m_views[static_cast<std::size_t>(row)];
            auto *name = new QTableWidgetItem(qs(v.tmpl.name) + u'\n' + qs(v.tmpl.id));
            name->setData(Qt::UserRole, qs(v.tmpl.id));
            QString stored;
            if (!v.saved)
                stored = tr("Shipped");
            else if (v.shipped)
                stored = tr("Shipped, edited by %1\n%2")
                             .arg(qs(v.updatedBy), localTimeFromIsoUtc(v.updatedAt));
            else
                stored =
                    tr("Saved by %1\n%2").arg(qs(v.updatedBy), localTimeFromIsoUtc(v.updatedAt));
            table->setItem(row, 0, name);
            table->setItem(row, 1, new QTableWidgetItem(stored));
        }
    }
    m_loaded = false;
    m_isNew = false;
    if (!keep.empty())
        selectTemplate(keep);
    if (!m_loaded && !m_views.empty())
        selectTemplate(m_views.front().tmpl.id);
    updateState();
}

const services::BankTemplateView *BankTemplatesPage::selectedView() const
{
    const auto rows = m_ui->templateTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const auto row = static_cast<std::size_t>(rows.first().row());
    return row < m_views.size() ? &m_views[row] : nullptr;
}

void BankTemplatesPage::selectTemplate(const std::string &id)
{
    for (int row = 0; row < static_cast<int>(m_views.size()); ++row)
        if (m_views[static_cast<std::size_t>(row)].tmpl.id == id) {
            m_ui->templateTable->selectRow(row);
            loadSelected();
            return;
        }
}

void BankTemplatesPage::loadSelected()
{
    const services::BankTemplateView *v = selectedView();
    if (!v)
        return;
    m_isNew = false;
    m_original = v->tmpl;
    m_ui->messageLabel->clearMessage();
    showTemplate(m_original);
}

void BankTemplatesPage::showTemplate(const BankTemplate &t)
{
    m_loading = true;
    m_ui->nameEdit->setText(qs(t.name));
    m_ui->idValueLabel->setText(qs(t.id));
    selectData(m_ui->formatCombo, t.format);
    m_ui->separatorCombo->setEditText(t.separator == '\t' ? tr("Tab")
                                                          : QString(QLatin1Char(t.separator)));
    selectData(m_ui->encodingCombo, t.encoding);
    selectData(m_ui->lineEndingCombo, t.lineEnding);
    m_ui->maxRowsSpin->setValue(t.maxRows);
    m_ui->columnTitlesCheck->setChecked(t.columnTitles);
    m_ui->titleRowEdit->setText(qs(t.titleRow));
    m_ui->headerFields->setFields(t.header);
    m_ui->detailFields->setFields(t.details);
    m_ui->trailerFields->setFields(t.trailer);
    m_ui->accountColumnEdit->setText(qs(t.results.accountColumn));
    m_ui->amountColumnEdit->setText(qs(t.results.amountColumn));
    m_ui->resultColumnEdit->setText(qs(t.results.resultColumn));
    m_ui->reasonColumnEdit->setText(qs(t.results.reasonColumn));
    selectData(m_ui->resultUnitCombo, t.results.amountUnit);
    m_ui->successWordsEdit->setText(joinWords(t.results.successWords));
    m_ui->failureWordsEdit->setText(joinWords(t.results.failureWords));
    m_loading = false;
    m_draft = t;
    m_loaded = true;
    m_valid = false;
    updatePreview();
}

void BankTemplatesPage::readForm()
{
    BankTemplate &t = m_draft;
    t.name = ss(m_ui->nameEdit->text().trimmed());
    t.format = dataOf<FileFormat>(m_ui->formatCombo);
    if (t.format == FileFormat::Delimited) {
        const QString s = m_ui->separatorCombo->currentText();
        if (s == tr("Tab") || s == QLatin1String("Tab") || s == QLatin1String("\\t") ||
            s == QLatin1String("\t"))
            t.separator = '\t';
        else if (s.size() == 1 && s.at(0).unicode() < 0x80)
            t.separator = static_cast<char>(s.at(0).unicode());
        else
            t.separator = '\0'; // refused by the template's check, which names the field
    } else if (t.format == FileFormat::Csv) {
        t.separator = ',';
    }
    t.encoding = dataOf<bank::Encoding>(m_ui->encodingCombo);
    t.lineEnding = dataOf<bank::LineEnding>(m_ui->lineEndingCombo);
    t.maxRows = m_ui->maxRowsSpin->value();
    t.columnTitles = m_ui->columnTitlesCheck->isChecked();
    // The title row belongs to xlsx; the text stays in the field while another
    // format is tried.
    t.titleRow =
        t.format == FileFormat::Xlsx ? ss(m_ui->titleRowEdit->text().trimmed()) : std::string();
    t.header = m_ui->headerFields->fields();
    t.details = m_ui->detailFields->fields();
    t.trailer = m_ui->trailerFields->fields();
    t.results.accountColumn = ss(m_ui->accountColumnEdit->text().trimmed());
    t.results.amountColumn = ss(m_ui->amountColumnEdit->text().trimmed());
    t.results.resultColumn = ss(m_ui->resultColumnEdit->text().trimmed());
    t.results.reasonColumn = ss(m_ui->reasonColumnEdit->text().trimmed());
    t.results.amountUnit = dataOf<bank::AmountUnit>(m_ui->resultUnitCombo);
    t.results.successWords = splitWords(m_ui->successWordsEdit->text());
    t.results.failureWords = splitWords(m_ui->failureWordsEdit->text());
}

void BankTemplatesPage::edited()
{
    if (m_loading || !m_loaded)
        return;
    readForm();
    updateFormatControls();
    m_valid = false;
    m_ui->messageLabel->clearMessage();
    m_previewTimer->start();
    updateState();
}

bool BankTemplatesPage::previewPending() const
{
    return m_previewTimer->isActive();
}

void BankTemplatesPage::updatePreviewNow()
{
    if (previewPending())
        updatePreview();
}

bool BankTemplatesPage::hasUnsavedChanges() const
{
    return m_loaded && (m_isNew || m_draft != m_original);
}

void BankTemplatesPage::showPreviewError(const Error &error)
{
    m_valid = false;
    m_ui->previewInfoLabel->hide();
    m_ui->previewStack->hide();
    // "details[2].width" → the row of that field, and where it is in words.
    static const QRegularExpression path(QStringLiteral("^(header|details|trailer)\\[(\\d+)\\]"));
    QString where;
    if (const auto m = path.match(qs(error.field)); m.hasMatch()) {
        const QString line = m.captured(1);
        const int index = m.captured(2).toInt();
        BankFieldTable *fields = line == QLatin1String("header") ? m_ui->headerFields
            : line == QLatin1String("details")                   ? m_ui->detailFields
                                                                 : m_ui->trailerFields;
        fields->selectField(index);
        const QString tab = line == QLatin1String("header") ? tr("Header line")
            : line == QLatin1String("details")              ? tr("Detail lines")
                                                            : tr("Trailer line");
        where = tr(" (%1, field %2)").arg(tab).arg(index + 1);
    }
    m_ui->previewErrorLabel->showMessage(
        tr("This template cannot be saved yet. %1%2").arg(errorText(error), where));
    updateState();
}

// What applies to the format only: the separator (delimited), the title row (xlsx),
// encoding and line ending (text files), width, pad and alignment (fixed).
void BankTemplatesPage::updateFormatControls()
{
    const FileFormat format = m_draft.format;
    m_ui->separatorCombo->setEnabled(m_canManage && format == FileFormat::Delimited);
    m_ui->separatorLabel->setEnabled(format == FileFormat::Delimited);
    m_ui->titleRowEdit->setEnabled(m_canManage && format == FileFormat::Xlsx);
    m_ui->titleRowLabel->setEnabled(format == FileFormat::Xlsx);
    m_ui->encodingCombo->setEnabled(m_canManage && format != FileFormat::Xlsx);
    m_ui->lineEndingCombo->setEnabled(m_canManage && format != FileFormat::Xlsx);
    for (BankFieldTable *fields : {m_ui->headerFields, m_ui->detailFields, m_ui->trailerFields})
        fields->setFixedWidth(format == FileFormat::Fixed);
}

void BankTemplatesPage::updatePreview()
{
    m_previewTimer->stop();
    const BankTemplate &t = m_draft;
    const FileFormat format = t.format;
    updateFormatControls();
    if (!m_loaded) {
        m_ui->previewText->clear();
        m_ui->previewTable->clear();
        m_ui->previewTable->setRowCount(0);
        m_valid = false;
        updateState();
        return;
    }
    const Lang lang = services::currentLang();
    if (auto s = bank::validateTemplate(t, lang); !s.ok())
        return showPreviewError(s.error());
    const bank::LayoutInput input = sampleInput(m_context.clock().today(), m_office);
    auto files = bank::layoutFiles(t, input, lang, services::bankByteWidth(t.encoding));
    if (!files.ok())
        return showPreviewError(files.error());
    if (files->empty())
        return showPreviewError(Error::invalid({}, ss(tr("The layout gave no file."))));
    m_ui->previewErrorLabel->clearMessage();
    const bank::LaidOutFile &file = files->front();

    QStringList info;
    if (format == FileFormat::Xlsx) {
        info << tr("An xlsx workbook of one sheet; the cells as the bank will read them.");
    } else {
        const QString eol = t.lineEnding == bank::LineEnding::Crlf ? tr("CRLF (shown as \\r\\n)")
                                                                   : tr("LF (shown as \\n)");
        info << tr("Encoding %1; every line ends with %2.")
                    .arg(key(bank::kEncodingKeys[static_cast<std::size_t>(t.encoding)]), eol);
    }
    if (files->size() > 1)
        info << tr("%1 rows per file: the %2 sample payments make %3 files; the first is shown.")
                    .arg(t.maxRows)
                    .arg(input.payments.size())
                    .arg(files->size());
    info << tr("This file: %1 payments, total %2 yuan.")
                .arg(file.count)
                .arg(qs(file.total.toString()));
    if (format == FileFormat::Fixed) {
        // Where each detail field sits, in bytes of the file's encoding (1-based, inclusive).
        QStringList spans;
        int at = 1;
        for (const bank::Field &f : t.details) {
            const QString name = f.source == bank::Source::Literal ? tr("\"%1\"").arg(qs(f.literal))
                                                                   : key(bank::sourceKey(f));
            spans << tr("%1 %2–%3").arg(name).arg(at).arg(at + f.width - 1);
            at += f.width;
        }
        info << tr("A detail line is %1 bytes in %2: %3.")
                    .arg(at - 1)
                    .arg(key(bank::kEncodingKeys[static_cast<std::size_t>(t.encoding)]),
                         spans.join(QStringLiteral(" · ")));
    }
    m_ui->previewInfoLabel->setText(info.join(u' '));
    m_ui->previewInfoLabel->show();

    if (format == FileFormat::Xlsx) {
        QTableWidget *table = m_ui->previewTable;
        table->clear();
        table->clearSpans();
        int columns = 0;
        for (const bank::Row &row : file.rows)
            columns = std::max(columns, static_cast<int>(row.cells.size()));
        table->setColumnCount(columns);
        table->setRowCount(static_cast<int>(file.rows.size()));
        QStringList names;
        for (int c = 0; c < columns; ++c)
            names << columnName(c);
        table->setHorizontalHeaderLabels(names);
        QFont bold = table->font();
        bold.setBold(true);
        for (int r = 0; r < table->rowCount(); ++r) {
            const bank::Row &row = file.rows[static_cast<std::size_t>(r)];
            for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
                const bank::Cell &cell = row.cells[static_cast<std::size_t>(c)];
                auto *item = new QTableWidgetItem(qs(cell.text));
                if (cell.type == bank::CellType::Number)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (row.kind == bank::RowKind::Title || row.kind == bank::RowKind::ColumnTitles)
                    item->setFont(bold);
                table->setItem(r, c, item);
            }
            if (row.kind == bank::RowKind::Title && columns > 1)
                table->setSpan(r, 0, 1, columns);
        }
        m_ui->previewStack->setCurrentWidget(table);
    } else {
        // Each line as the file holds it, then its line ending in grey: \r\n or \n.
        const QString eol = t.lineEnding == bank::LineEnding::Crlf ? QStringLiteral("\\r\\n")
                                                                   : QStringLiteral("\\n");
        QTextCharFormat plain;
        QTextCharFormat marker;
        marker.setForeground(palette().brush(QPalette::PlaceholderText));
        QPlainTextEdit *text = m_ui->previewText;
        const int scroll = text->horizontalScrollBar()->value();
        text->clear();
        QTextCursor cursor(text->document());
        for (std::size_t i = 0; i < file.rows.size(); ++i) {
            if (i)
                cursor.insertBlock();
            cursor.insertText(qs(rowText(t, file.rows[i])), plain);
            cursor.insertText(eol, marker);
        }
        text->horizontalScrollBar()->setValue(scroll);
        m_ui->previewStack->setCurrentWidget(m_ui->previewText);
    }
    m_ui->previewStack->show();
    m_valid = true;
    updateState();
}

void BankTemplatesPage::updateState()
{
    const bool dirty = hasUnsavedChanges();
    const bool valid = isValid();
    m_ui->editorTabs->setEnabled(m_loaded);
    m_ui->previewBox->setEnabled(m_loaded);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->formatCombo),
          static_cast<QWidget *>(m_ui->maxRowsSpin),
          static_cast<QWidget *>(m_ui->columnTitlesCheck),
          static_cast<QWidget *>(m_ui->accountColumnEdit),
          static_cast<QWidget *>(m_ui->amountColumnEdit),
          static_cast<QWidget *>(m_ui->resultColumnEdit),
          static_cast<QWidget *>(m_ui->reasonColumnEdit),
          static_cast<QWidget *>(m_ui->resultUnitCombo),
          static_cast<QWidget *>(m_ui->successWordsEdit),
          static_cast<QWidget *>(m_ui->failureWordsEdit)})
        w->setEnabled(m_canManage);
    m_ui->saveButton->setEnabled(m_canManage && m_loaded && valid && dirty);
    m_ui->revertButton->setEnabled(m_canManage && dirty);
    m_ui->templateTable->setEnabled(!dirty);
    m_ui->dirtyHintLabel->setVisible(dirty);
    m_ui->newTemplateButton->setEnabled(m_canManage && m_loaded && !dirty);
    m_ui->importTemplateButton->setEnabled(m_canManage && !dirty);
    m_ui->exportTemplateButton->setEnabled(m_loaded && valid);
    if (!m_loaded) {
        m_ui->templateTitleLabel->clear();
        return;
    }
    QString title = QStringLiteral("<b>%1</b> (%2)")
                        .arg(qs(m_draft.name).toHtmlEscaped(), qs(m_draft.id).toHtmlEscaped());
    if (m_isNew)
        title += tr(" — a new template, not saved yet");
    else if (dirty)
        title += tr(" — changed, not saved yet");
    m_ui->templateTitleLabel->setText(title);
}

void BankTemplatesPage::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->showMessage(text,
                                    error ? ErrorLabel::Tone::Error : ErrorLabel::Tone::Success);
}

void BankTemplatesPage::save()
{
    updatePreviewNow();
    if (!m_canManage || !m_loaded || !m_valid)
        return;
    const BankTemplate t = m_draft;
    auto saved = m_context.bank().saveTemplate(m_session, t);
    if (!saved.ok())
        return showMessage(tr("The template was not saved. %1").arg(errorText(saved.error())),
                           true);
    m_isNew = false;
    m_original = saved->tmpl;
    m_draft = saved->tmpl;
    reload(); // selects it again, as stored
    showMessage(tr("The template %1 was saved.").arg(qs(t.name)), false);
}

void BankTemplatesPage::revert()
{
    if (m_isNew) {
        m_isNew = false;
        if (selectedView())
            loadSelected();
        else
            reload();
        return;
    }
    m_ui->messageLabel->clearMessage();
    showTemplate(m_original);
}

void BankTemplatesPage::chooseNewId()
{
    if (!m_loaded)
        return;
    QString suggestion = qs(m_draft.id) + QStringLiteral("-copy");
    for (int n = 2; std::any_of(m_views.begin(), m_views.end(),
                                [&](const auto &v) { return qs(v.tmpl.id) == suggestion; });
         ++n)
        suggestion = qs(m_draft.id) + QStringLiteral("-copy-%1").arg(n);
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newTemplateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New bank template"));
    dialog->setLabelText(tr("A copy of %1 under a new identifier\n"
                            "(lower-case letters a–z, digits, - and _; at most 40):")
                             .arg(qs(m_draft.name)));
    dialog->setTextValue(suggestion);
    connect(dialog, &QInputDialog::textValueSelected, this, &BankTemplatesPage::startCopy);
    dialog->open();
}

void BankTemplatesPage::startCopy(const QString &id)
{
    if (!m_canManage || !m_loaded)
        return;
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9_-]{1,40}$"));
    const QString trimmed = id.trimmed();
    if (!valid.match(trimmed).hasMatch())
        return showMessage(tr("The identifier \"%1\" is not valid: use 1 to 40 lower-case "
                              "letters a–z, digits, - and _.")
                               .arg(trimmed),
                           true);
    if (std::any_of(m_views.begin(), m_views.end(),
                    [&](const auto &v) { return qs(v.tmpl.id) == trimmed; }))
        return showMessage(
            tr("There is a template \"%1\" already; choose another identifier.").arg(trimmed),
            true);
    BankTemplate copy = m_draft;
    copy.id = ss(trimmed);
    copy.name = ss(tr("%1 (copy)").arg(qs(m_draft.name)));
    {
        const QSignalBlocker blocker(m_ui->templateTable);
        m_ui->templateTable->clearSelection();
    }
    m_isNew = true;
    m_original = copy;
    showTemplate(copy);
    m_isNew = true;
    showMessage(tr("Change the copy as needed and save it to add it."), false);
    m_ui->editorTabs->setCurrentWidget(m_ui->fileTab);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void BankTemplatesPage::chooseImportFile()
{
    auto *files =
        new QFileDialog(this, tr("Import bank template"), QString(), tr("JSON files (*.json)"));
    files->setObjectName(QStringLiteral("importTemplateFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptOpen);
    files->setFileMode(QFileDialog::ExistingFile);
    connect(files, &QFileDialog::fileSelected, this, &BankTemplatesPage::importFile);
    files->open();
}

void BankTemplatesPage::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showMessage(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
    // One byte over the limit is enough for the import to refuse the size.
    const std::string json =
        file.read(static_cast<qint64>(bank::kMaxTemplateBytes) + 1).toStdString();
    auto imported = m_context.bank().importTemplate(m_session, json);
    if (!imported.ok())
        return showMessage(tr("%1 was not imported. %2")
                               .arg(QDir::toNativeSeparators(path), errorText(imported.error())),
                           true);
    const std::string id = imported->tmpl.id;
    const bool replaced = std::any_of(m_views.begin(), m_views.end(), [&](const auto &v) {
        return v.tmpl.id == id && (v.saved || v.shipped);
    });
    m_loaded = false;
    reload();
    selectTemplate(id);
    showMessage(replaced
                    ? tr("The template %1 (%2) was imported; it replaces the one stored "
                         "under that identifier.")
                          .arg(qs(imported->tmpl.name), qs(id))
                    : tr("The template %1 (%2) was imported.").arg(qs(imported->tmpl.name), qs(id)),
                false);
}

void BankTemplatesPage::chooseExportFile()
{
    if (!m_loaded)
        return;
    auto *files =
        new QFileDialog(this, tr("Export bank template"), QString(), tr("JSON files (*.json)"));
    files->setObjectName(QStringLiteral("exportTemplateFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("json"));
    files->selectFile(qs(m_draft.id) + QStringLiteral(".json"));
    connect(files, &QFileDialog::fileSelected, this, &BankTemplatesPage::exportFile);
    files->open();
}

void BankTemplatesPage::exportFile(const QString &path)
{
    updatePreviewNow();
    if (!m_loaded || !m_valid)
        return;
    const std::string json = bank::templateToJson(m_draft).dump(2) + "\n";
    // Through QSaveFile, never over the database's own files (defect 6).
    if (auto s = services::saveOutputFile(ss(m_context.databasePath()), ss(path), json); !s.ok())
        return showMessage(tr("The template was not exported. %1").arg(qs(s.error().message)),
                           true);
    showMessage(tr("The template %1 was written to %2.")
                    .arg(qs(m_draft.name), QDir::toNativeSeparators(path)),
                false);
}

} // namespace relief::gui
