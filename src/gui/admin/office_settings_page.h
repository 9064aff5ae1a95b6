#pragma once

// Administration › Office settings: name, area code, idle lock and who approves.

#include "services/office/office_settings_service.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace relief::gui {

class OfficeSettingsPage : public QWidget
{
    Q_OBJECT
public:
    OfficeSettingsPage(services::OfficeSettingsService &settings, services::Session session,
                       QWidget *parent = nullptr);

    void reload();

Q_SIGNALS:
    void saved();

private:
    void save();
    void showMessage(const QString &text, bool error);

    services::OfficeSettingsService &m_settings;
    services::Session m_session;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_areaEdit = nullptr;
    QSpinBox *m_idleSpin = nullptr;
    QComboBox *m_approvalCombo = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace relief::gui
