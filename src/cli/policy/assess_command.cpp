#include "assess_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/input_file.h"
#include "cli/option_parser.h"

#include "domain/rules/assess.h"
#include "services/policy/policy_service.h"

namespace relief::cli {

QString AssessCommand::summary() const
{
    return tr("Judge one household by the rules and print the result as JSON.");
}

QString AssessCommand::description() const
{
    return tr("Reads the household (data-formats §2) from FILE, or from standard input for '-', "
              "and prints one JSON object on standard output. Without an inline \"policy\" the "
              "parameter set in force on as_of in the database is used (none: exit 1). Bad "
              "input: exit 2, a message naming the field on standard error, nothing on standard "
              "output.");
}

void AssessCommand::defineOptions(OptionParser &parser) const
{
    parser.addPositional(QStringLiteral("FILE"), tr("the household JSON, or - for standard input"));
}

int AssessCommand::execute(Context &context, const OptionParser &options)
{
    const Lang lang = context.english() ? Lang::En : Lang::Zh;
    auto text = InputFile::read(options.positional(0));
    if (!text.ok())
        return context.fail(text.error());
    auto request = parseAssessInput(*text, lang);
    if (!request.ok()) {
        const Error &e = request.error();
        context.console().error(e.field.empty()
                                    ? QString::fromStdString(e.message)
                                    : tr("%1: %2").arg(QString::fromStdString(e.field),
                                                       QString::fromStdString(e.message)));
        return kExitUsage;
    }
    std::optional<PolicyParameters> inForce;
    if (!request->policy) {
        auto db = context.database();
        if (!db.ok())
            return context.fail(db.error());
        auto set = services::PolicyService(**db, context.clock()).inForceOn(request->asOf);
        if (!set.ok()) {
            context.console().error(QString::fromStdString(set.error().message));
            return kExitFailure;
        }
        inForce = std::move(*set);
    }
    auto assessment = assess(*request, inForce ? &*inForce : nullptr, lang);
    if (!assessment.ok()) {
        const Error &e = assessment.error();
        context.console().error(e.field.empty()
                                    ? QString::fromStdString(e.message)
                                    : tr("%1: %2").arg(QString::fromStdString(e.field),
                                                       QString::fromStdString(e.message)));
        return e.code == ErrorCode::InvalidInput ? kExitUsage : kExitFailure;
    }
    context.console().outLine(QString::fromStdString(assessmentToJson(*assessment, lang)));
    return kExitSuccess;
}

} // namespace relief::cli
