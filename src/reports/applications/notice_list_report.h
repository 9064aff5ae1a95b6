#pragma once

// The public notice list (公示名单), per community: masked names, household size,
// programme and proposed amount, a mark for applicants related to staff; no ID
// numbers and no health details (policy-rules §7, issue 5).

#include "application_forms.h"

#include <vector>

namespace relief::reports {

class NoticeListReport
{
    Q_DECLARE_TR_FUNCTIONS(NoticeListReport)

public:
    // One section per community (a page break between them).
    static QString html(const std::vector<services::NoticeRow> &rows, const OfficeHeading &office,
                        const QString &phone = {});
};

} // namespace relief::reports
