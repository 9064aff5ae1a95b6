#include "export_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/input_file.h"
#include "cli/option_parser.h"

#include "services/ledger/ledger_import_service.h"
#include "services/output_file.h"

namespace relief::cli {

ExportCommand::ExportCommand()
{
    add(std::make_unique<ExportLedgerCommand>(false));
    add(std::make_unique<ExportLedgerCommand>(true));
}

QString ExportCommand::summary() const
{
    return tr("Export the registry as a ledger CSV: households or persons.");
}

QString ExportLedgerCommand::summary() const
{
    return m_persons ? tr("Write every person once, by name, as ledger rows.")
                     : tr("Write the households, head first, as ledger rows.");
}

QString ExportLedgerCommand::description() const
{
    return tr("The columns are the import's, with the English keys as the header, so an "
              "unmasked export imports back. To a file: UTF-8 with BOM; to standard output "
              "('-'): without BOM; CRLF line ends. Members who moved out or died are left out "
              "unless --all. Signs in with --as USER. ID numbers and bank accounts are masked "
              "unless --unmasked, which needs a role that may see them (caseworker or "
              "supervisor) and is recorded in the audit log. The database's own files are "
              "refused as FILE.");
}

void ExportLedgerCommand::defineOptions(OptionParser &parser) const
{
    parser.addFlag(QStringLiteral("--unmasked"), tr("full ID numbers and bank accounts"));
    parser.addFlag(QStringLiteral("--all"), tr("include members who moved out or died"));
    parser.addPositional(QStringLiteral("FILE"), tr("where to write, or - for standard output"));
}

int ExportLedgerCommand::execute(Context &context, const OptionParser &options)
{
    const bool unmasked = options.isSet(QStringLiteral("--unmasked"));
    const QString target = options.positional(0);
    // Masked or not, an export is a read of the registry by a signed-in user (defect 6).
    int exitCode = 0;
    auto in = context.signedIn<services::LedgerImportService>(exitCode);
    if (!in)
        return exitCode;
    // Refused before anything is read or audited: never over the database (defect 6).
    if (target != QLatin1String("-"))
        if (auto refused = services::refuseDatabaseFile(in->db->path(), target.toStdString());
            !refused.ok())
            return context.fail(refused.error());
    auto csv = in->service->exportCsv(
        &in->session,
        m_persons ? services::LedgerExportKind::Persons : services::LedgerExportKind::Households,
        target == QLatin1String("-") ? services::CsvTarget::StandardOutput
                                     : services::CsvTarget::File,
        unmasked, options.isSet(QStringLiteral("--all")));
    if (!csv.ok())
        return context.fail(csv.error());
    auto written = InputFile::write(target, *csv, QString::fromStdString(in->db->path()));
    if (!written.ok())
        return context.fail(written.error());
    return kExitSuccess;
}

} // namespace relief::cli
