#pragma once

// User-facing names of the workflow's vocabulary, translated (services' messages
// and the GUI use the same words).

#include "domain/applications/application_workflow.h"
#include "storage/applications/application_records.h"

#include <QCoreApplication>
#include <QString>

namespace relief::services {

class ApplicationText
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationText)

public:
    static QString programme(ApplicationProgramme p);
    static QString channel(ApplicationChannel c);
    static QString state(ApplicationState s);
    static QString step(ApplicationStep s); // as a verb phrase: "accepted", "approved"…
    static QString material(Material m);
    static QString department(storage::Department d);
    static QString visitKind(storage::VisitKind k);
};

} // namespace relief::services
