#include "paged_table_model.h"

#include "display_text.h"

namespace relief::gui {

void PagedTableModelBase::reportError(const Error &error)
{
    Q_EMIT errorOccurred(qs(error.message));
}

} // namespace relief::gui
