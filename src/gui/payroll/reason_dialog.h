#pragma once

// Asks for a reason and hands it to a service call (hold a roll line, return a
// submitted roll): the service's refusal shows in the dialog's ErrorLabel and the
// dialog stays open with what was typed; on success it closes (accepted).

#include "domain/result.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <string>

namespace relief::gui {

class Ui_ReasonDialog;

class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Status(const std::string &reason)>;

    // `title` for the window, `subject` says what the reason is for, `okText` the button.
    ReasonDialog(const QString &title, const QString &subject, const QString &okText, Submit submit,
                 QWidget *parent = nullptr);
    ~ReasonDialog() override;

    void setReason(const QString &reason);
    QString errorText() const;

private:
    void attempt();

    std::unique_ptr<Ui_ReasonDialog> m_ui;
    Submit m_submit;
};

} // namespace relief::gui
