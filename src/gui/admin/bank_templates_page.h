#pragma once

// 系统管理 › 银行模板 (issue 12 §1): the bank templates — the three shipped ones (as
// the office edited them) and the office's own — with an editor for the selected one
// and a live preview of the first file it lays out from three sample payments
// (debounced; the template's own check or the layout's refusal shows instead of the
// preview, naming the field, and Save waits until it is valid). Save, Import JSON and
// New (a copy under a new identifier) go through BankService, which lets only an
// administrator write; others see the page read-only. Export JSON writes the
// template shown, never over the database (saveOutputFile).

#include "domain/bank/bank_layout.h"
#include "domain/bank/bank_template.h"
#include "services/bank/bank_service.h"
#include "services/session.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace Ui {
class BankTemplatesPage;
}

namespace relief::gui {

class AppContext;

class BankTemplatesPage : public QWidget
{
    Q_OBJECT
public:
    BankTemplatesPage(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~BankTemplatesPage() override;

    void reload();
    // The template in the editor, as edited.
    const bank::BankTemplate &draft() const { return m_draft; }
    bool hasUnsavedChanges() const;
    // Whether the draft passed the template's check and the layout (the preview is shown).
    bool isValid() const { return m_valid && !previewPending(); }
    bool previewPending() const;
    // Runs the pending preview update at once (the timer does it otherwise).
    void updatePreviewNow();

    // The sample payments the preview lays out (valid 19-digit accounts, one amount
    // with fen).
    static bank::LayoutInput sampleInput(const Date &today, const std::string &office);

    // What the buttons do after their file dialog (public for the tests).
    void importFile(const QString &path);
    void exportFile(const QString &path);
    // A copy of the template in the editor under the identifier `id` (New…).
    void startCopy(const QString &id);

private:
    void selectTemplate(const std::string &id);
    void loadSelected();
    void showTemplate(const bank::BankTemplate &t);
    void readForm();
    void edited();
    void updateFormatControls();
    void updatePreview();
    void showPreviewError(const Error &error);
    void updateState();
    void save();
    void revert();
    void chooseNewId();
    void chooseImportFile();
    void chooseExportFile();
    void showMessage(const QString &text, bool error);
    const services::BankTemplateView *selectedView() const;

    std::unique_ptr<::Ui::BankTemplatesPage> m_ui;
    AppContext &m_context;
    services::Session m_session;
    bool m_canManage = false;
    std::vector<services::BankTemplateView> m_views;
    bank::BankTemplate m_original; // as loaded (or as copied, for a new one)
    bank::BankTemplate m_draft;
    bool m_isNew = false; // a copy not yet saved
    bool m_loaded = false; // a template is in the editor
    bool m_loading = false; // filling the form: edits are not the user's
    bool m_valid = false;
    QTimer *m_previewTimer = nullptr;
    std::string m_office;
};

} // namespace relief::gui
