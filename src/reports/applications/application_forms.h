#pragma once

// The paper of the application workflow, filled from an application's record:
// 一次性告知书 (missing materials), 入户调查表 (home visit record, with signature
// lines), 审核确认通知书 (approval notice) and 不予批准告知书 (refusal notice,
// with the reasons and how to ask for review). Each is HTML for PagedDocument.

#include "services/applications/application_types.h"

#include <QCoreApplication>
#include <QString>

namespace relief::reports {

struct OfficeHeading
{
    QString officeName;
    QString date; // the date printed on the form, "2025年9月15日" or ISO
};

class ApplicationForms
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationForms)

public:
    static QString missingMaterialsNotice(const services::ApplicationView &view,
                                          const OfficeHeading &office);
    static QString homeVisitRecord(const services::ApplicationView &view,
                                   const OfficeHeading &office);
    static QString approvalNotice(const services::ApplicationView &view,
                                  const OfficeHeading &office);
    static QString refusalNotice(const services::ApplicationView &view,
                                 const OfficeHeading &office);

    // The applicant as the forms address them: the person applied for, else the head.
    static QString applicantName(const services::ApplicationView &view);
    // "2025年9月15日" in Chinese, ISO otherwise.
    static QString longDate(const Date &date);
};

} // namespace relief::reports
