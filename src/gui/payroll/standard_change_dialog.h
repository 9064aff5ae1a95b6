#pragma once

// Standard change (提标, policy-rules DA-4; ui/payroll/standard_change_dialog.ui):
// for one parameter set, the batch that re-assesses every active case (proposed
// on a JobRunner, with progress and cancel), old → new per case with its outcome,
// the monthly budget difference in total and per programme, and Approve for a
// supervisor who did not propose it (the service's message on a refusal).
// Opens the set's open batch when there is one; otherwise proposes one at once
// (when the user may).

#include "services/payroll/standard_change_service.h"
#include "services/session.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace relief::gui {

class Ui_StandardChangeDialog;

class AppContext;
class JobRunner;
class StandardChangeItemsModel;

class StandardChangeDialog : public QDialog
{
    Q_OBJECT
public:
    StandardChangeDialog(AppContext &context, services::Session session, std::int64_t policySetId,
                         QWidget *parent = nullptr);
    ~StandardChangeDialog() override;

    bool isBusy() const;
    const std::optional<services::StandardChangeBatchView> &batch() const { return m_batch; }

    void propose();
    void approve();

Q_SIGNALS:
    // After an approval recorded its decisions.
    void approved(std::int64_t batchId);

protected:
    void reject() override;
    void closeEvent(QCloseEvent *event) override;

private:
    void discard();
    void showBatch(const services::StandardChangeBatchView &batch);
    void setBusy(bool busy);
    void updateButtons();

    std::unique_ptr<Ui_StandardChangeDialog> m_ui;
    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_policySetId = 0;
    JobRunner *m_runner = nullptr;
    StandardChangeItemsModel *m_items = nullptr;
    std::optional<services::StandardChangeBatchView> m_batch;
};

} // namespace relief::gui
