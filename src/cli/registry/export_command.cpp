#include "export_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/input_file.h"
#include "cli/option_parser.h"

#include "services/ledger/ledger_import_service.h"

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
              "unless --all. ID numbers and bank accounts are masked (no sign-in needed) unless "
              "--unmasked, which needs --as USER with a role that may see them (caseworker or "
              "supervisor) and is recorded in the audit log.");
}

void ExportLedgerCommand::defineOptions(OptionParser &parser) const
{
    parser.addFlag(QStringLiteral("--unmasked"),
                   tr("full ID numbers and bank accounts (signs in with --as)"));
    parser.addFlag(QStringLiteral("--all"), tr("include members who moved out or died"));
    parser.addPositional(QStringLiteral("FILE"), tr("where to write, or - for standard output"));
}

int ExportLedgerCommand::execute(Context &context, const OptionParser &options)
{
    const bool unmasked = options.isSet(QStringLiteral("--unmasked"));
    const QString target = options.positional(0);
    std::optional<services::Session> session;
    if (unmasked) {
        auto signedIn = context.signIn();
        if (!signedIn.ok())
            return context.fail(signedIn.error());
        session = *signedIn;
    }
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto csv = services::LedgerImportService(**db, context.clock())
                   .exportCsv(session ? &*session : nullptr,
                              m_persons ? services::LedgerExportKind::Persons
                                        : services::LedgerExportKind::Households,
                              target == QLatin1String("-") ? services::CsvTarget::StandardOutput
                                                           : services::CsvTarget::File,
                              unmasked, options.isSet(QStringLiteral("--all")));
    if (!csv.ok())
        return context.fail(csv.error());
    auto written = InputFile::write(target, *csv);
    if (!written.ok())
        return context.fail(written.error());
    return kExitSuccess;
}

} // namespace relief::cli
