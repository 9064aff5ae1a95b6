#pragma once

// One application (ui/application_page.ui): who applies for what and in which
// state, the time limits running (red when overdue, amber when due soon), the
// materials checklist, visits, department checks, the street review beside what
// the rules give, the history of its steps and the decision. The step buttons
// follow the workflow (ApplicationView::allowedSteps) and the user's roles; the
// Print menu gives the four forms as a print preview or a PDF.

#include "gui/widgets/report_output.h"
#include "services/session.h"

#include <QWidget>

#include <memory>

class QFileDialog;
class QMenu;
class QMessageBox;
class QPrintPreviewDialog;
class QPushButton;

namespace relief::services {
struct ApplicationView;
}

namespace relief::gui {

class Ui_ApplicationPage;

class AppContext;
class CheckImportDialog;
class CrossCheckDialog;
class MaterialsDialog;
class ReviewDialog;
class StepDialog;
class VisitDialog;
enum class StepKind;

class ApplicationPage : public QWidget
{
    Q_OBJECT
public:
    enum class Form { MissingMaterials, HomeVisit, Approval, Refusal };

    ApplicationPage(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~ApplicationPage() override;

    void showApplication(std::int64_t applicationId);
    std::int64_t applicationId() const { return m_applicationId; }
    // Null when the application could not be read.
    const services::ApplicationView *view() const { return m_view.get(); }
    void refresh();

    // Opened non-modally (open()) so that tests can reach them; null when the step
    // is not possible now.
    MaterialsDialog *openCheckMaterials();
    VisitDialog *openRecordVisit();
    CrossCheckDialog *openCrossCheck();
    CheckImportDialog *openCheckImport();
    ReviewDialog *openReview();
    StepDialog *openStep(StepKind kind);

    bool isFormAvailable(Form form) const;
    PrintJob printJob(Form form) const;
    QPrintPreviewDialog *openPrintPreview(Form form);
    QFileDialog *openSavePdf(Form form);

Q_SIGNALS:
    void backRequested();
    // A step was taken (the list and the workbench refresh).
    void applicationChanged(qint64 applicationId);

private:
    void buildPrintMenu();
    void fillHeader();
    void fillDeadlines();
    void fillMaterials();
    void fillVisits();
    void fillChecks();
    void fillReview();
    void fillHistory();
    void fillDecision();
    void updateActions();
    void changed();
    // A message box offering the form (after a return, approval or refusal).
    QMessageBox *offerPrint(Form form, const QString &message);

    std::unique_ptr<Ui_ApplicationPage> m_ui;
    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_applicationId = 0;
    std::unique_ptr<services::ApplicationView> m_view;
    bool m_canHandle = false;
    bool m_canDecide = false;
    bool m_canWithdraw = false;
    QMenu *m_printMenu = nullptr;
};

} // namespace relief::gui
